import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { requireModerator } from "@/lib/auth/session";
import { formatShortDate } from "@/lib/i18n/format";
import { firstParam, parsePage, type SearchParams } from "@/lib/i18n/page-params";
import { AUDIT_PAGE_SIZE, listAudit } from "@/lib/moderation/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Moderation" });
  return { title: t("auditTitle"), robots: { index: false } };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireModerator(locale, "/moderation/audit");
  const page = parsePage(firstParam(await searchParams, "page"));
  const t = await getTranslations("Moderation");
  const audit = await listAudit({ actor: user, page });
  const time = (d: Date) => `${formatShortDate(d, locale)} ${new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { timeStyle: "short", timeZone: "Europe/Helsinki" }).format(d)}`;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("auditTitle")}</h1>
      <p>{t("auditLead")}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-start text-sm">
          <thead>
            <tr className="border-b-2 border-brand-600">
              {["when", "who", "action", "record"].map((key) => (
                <th key={key} scope="col" className="p-2 text-start">
                  {t(key as "when")}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {audit.items.map((entry) => (
              <tr key={entry.id} className="border-b border-brand-100 align-top">
                <td className="p-2">{time(entry.createdAt)}</td>
                <td className="p-2">
                  <bdi>{entry.actor?.email ?? t("system")}</bdi>
                </td>
                <td className="p-2">
                  <code>{entry.action}</code>
                </td>
                <td className="p-2">
                  <code>
                    {entry.entityType}:{entry.entityId}
                  </code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageSize={AUDIT_PAGE_SIZE} total={audit.total} pathname="/moderation/audit" query={{}} />
    </div>
  );
}
