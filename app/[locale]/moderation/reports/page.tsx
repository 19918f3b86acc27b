import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireModerator } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { isValue, REPORT_ANSWERS } from "@/lib/reference/vocabulary";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";
import { listOpenReports, listRecentCapacity } from "@/lib/reports/queries";
import { capacityShown } from "@/lib/reports/status";
import { ChoiceButtons } from "@/components/reports/choice-buttons";
import { answerReportsAction } from "../../reports/actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Moderation" });
  return { title: t("reportsTitle"), robots: { index: false } };
}

// Open report groups (oldest first) and the latest capacity statuses (docs/decisions/011).
// Visitors' messages are plain text: nothing in them becomes a link.
export default async function ModerationReportsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireModerator(locale, "/moderation/reports");
  const t = await getTranslations("Moderation");
  const tEnum = await getTranslations("Enums");
  const tAnswer = await getTranslations("ReportAnswer");
  const tCapacity = await getTranslations("Capacity");
  const answered = firstParam(await searchParams, "answered") ?? "";
  const [groups, capacity] = await Promise.all([listOpenReports({ actor: user, locale }), listRecentCapacity({ actor: user, locale })]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("reportsTitle")}</h1>
      <p>{t("reportsLead")}</p>
      {isValue("reportAnswer", answered) && (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3">
          {tAnswer(`done${answered}`)}
        </p>
      )}
      <section aria-labelledby="open-reports" className="flex flex-col gap-3">
        <h2 id="open-reports" className="text-2xl font-semibold">
          {t("openReports", { count: groups.length })}
        </h2>
        <ol className="flex flex-col divide-y divide-brand-100">
          {groups.map((group) => (
            <li key={group.id} className="flex flex-col gap-2 py-3" data-testid="report-group">
              <Link href={`/activities/${group.activity.id}`} className="font-semibold text-brand-800 underline">
                <bdi>{group.title || "–"}</bdi>
              </Link>
              <p className="text-sm">
                <bdi>{group.activity.organisation.name}</bdi> · {tAnswer("reported", { count: group.reportCount, date: formatDate(group.openedAt, locale) })}
              </p>
              <ul className="list-disc ps-5 text-sm">
                {group.reports.map((report) => (
                  <li key={report.id}>
                    {formatDate(report.createdAt, locale)}: {tEnum(`reportReason.${report.reason}`)}
                    {report.reporterEmail && (
                      <>
                        {" "}
                        (<bdi>{report.reporterEmail}</bdi>)
                      </>
                    )}
                    {report.message && <span className="block whitespace-pre-line break-words">{report.message}</span>}
                  </li>
                ))}
              </ul>
              <ChoiceButtons
                action={answerReportsAction}
                fields={{ activityId: group.activity.id, returnTo: "/moderation/reports" }}
                name="answer"
                legend={tAnswer("legend")}
                choices={REPORT_ANSWERS.map((value) => ({ value, label: tEnum(`reportAnswer.${value}`) }))}
              />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="capacity-statuses" className="flex flex-col gap-3">
        <h2 id="capacity-statuses" className="text-2xl font-semibold">
          {t("capacityTitle")}
        </h2>
        <ul className="flex flex-col divide-y divide-brand-100">
          {capacity.map((row) => {
            const shown = capacityShown(row.capacityStatus, row.capacitySetAt);
            return (
              <li key={row.id} className="py-2 text-sm">
                <Link href={`/activities/${row.id}`} className="text-brand-800 underline">
                  <bdi>{row.title || "–"}</bdi>
                </Link>{" "}
                · <bdi>{row.organisation.name}</bdi> · {shown ? tCapacity(`shown.${shown.status}`, { date: formatDate(shown.setAt, locale) }) : ""}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
