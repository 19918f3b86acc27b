import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireModerator } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";
import { listQueue } from "@/lib/moderation/queries";
import { countOpenReports } from "@/lib/reports/queries";
import { Badge } from "@/components/ui/badge";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { ImportedClaimQueue } from "@/components/open-data/claim-queue";
import { decideClaimAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Moderation" });
  return { title: t("queueTitle"), robots: { index: false } };
}

export default async function ModerationQueuePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireModerator(locale, "/moderation");
  const done = firstParam(await searchParams, "done");
  const t = await getTranslations("Moderation");
  const queue = await listQueue({ actor: user, locale });
  const openReports = await countOpenReports(user);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("queueTitle")}</h1>
      <p>{t("queueLead")}</p>
      {(done === "approved" || done === "rejected") && (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3">
          {t(done)}
        </p>
      )}
      <p className="rounded border border-amber-700 bg-amber-50 p-3" data-testid="queue-reports">
        {t("openReports", { count: openReports })}{" "}
        <Link href="/moderation/reports" className="font-semibold text-brand-800 underline">
          {t("reportsLink")}
        </Link>
      </p>
      <ImportedClaimQueue actor={user} locale={locale} decideClaimAction={decideClaimAction} />
      {queue.length === 0 ? (
        <p>{t("queueEmpty")}</p>
      ) : (
        <ol className="flex flex-col divide-y divide-brand-100">
          {queue.map((item) => (
            <li key={item.id} className="flex flex-col gap-1 py-3">
              <Link href={`/moderation/notices/${item.id}`} className="font-semibold text-brand-800 underline">
                <bdi>{item.title || "–"}</bdi>
              </Link>
              <span className="flex flex-wrap items-center gap-2 text-sm">
                <Badge tone={item.kind === "new" ? "neutral" : "warning"}>{item.kind === "new" ? t("kindNew") : t("kindEdit")}</Badge>
                <bdi>{item.organisation.name}</bdi>
                {item.organisation.trusted && <Badge tone="positive">{t("trusted")}</Badge>}
                {item.submittedAt && <span>{t("submittedAt", { date: formatDate(item.submittedAt, locale) })}</span>}
              </span>
            </li>
          ))}
        </ol>
      )}
      <SignOutEverywhere />
    </div>
  );
}
