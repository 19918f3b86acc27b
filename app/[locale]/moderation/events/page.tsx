import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { requireModerator } from "@/lib/auth/session";
import { listEventQueue } from "@/lib/events/queries";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Events" });
  return { title: t("queueTitle"), robots: { index: false } };
}

export default async function EventQueuePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireModerator(locale, "/moderation/events");
  const done = firstParam(await searchParams, "done");
  const t = await getTranslations("Events");
  const tm = await getTranslations("Moderation");
  const queue = await listEventQueue({ actor: user, locale });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("queueTitle")}</h1>
      {(done === "approved" || done === "rejected") && (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3">
          {tm(done)}
        </p>
      )}
      {queue.length === 0 ? (
        <p>{t("queueEmpty")}</p>
      ) : (
        <ol className="flex flex-col divide-y divide-brand-100">
          {queue.map((item) => (
            <li key={item.id} className="flex flex-col gap-1 py-3">
              <Link href={`/moderation/events/${item.id}`} className="font-semibold text-brand-800 underline">
                <bdi>{item.title || "–"}</bdi>
              </Link>
              <span className="flex flex-wrap items-center gap-2 text-sm">
                <Badge tone={item.kind === "new" ? "neutral" : "warning"}>{item.kind === "new" ? tm("kindNew") : tm("kindEdit")}</Badge>
                <bdi>{item.organisation.name}</bdi>
                <span>{t("startsOn", { date: formatDate(item.startsAt, locale) })}</span>
                {item.submittedAt && <span>{tm("submittedAt", { date: formatDate(item.submittedAt, locale) })}</span>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
