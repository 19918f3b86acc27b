import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireModerator } from "@/lib/auth/session";
import { getImport } from "@/lib/hsds/import/queries";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { isRecordId } from "@/lib/validation/record-id";
import { confirmImportAction, discardImportAction } from "../actions";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Import" });
  return { title: t("reportTitle"), robots: { index: false } };
}

export default async function ImportReportPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireModerator(locale, "/moderation/import");
  if (!isRecordId(id)) notFound();
  const batch = await getImport({ actor: user, importId: id });
  if (!batch) notFound();
  const t = await getTranslations("Import");
  const { report } = batch;
  const errorText = (code: string) => (t.has(`errors.${code}`) ? t(`errors.${code}`) : code);
  const outcomeLabel = { create: t("outcome.create"), update: t("outcome.update"), duplicate: t("outcome.duplicate"), rejected: t("outcome.rejected") };
  const previewed = batch.status === "PREVIEWED";
  const cell = "border-b border-brand-100 p-2 align-top";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold text-brand-800">{t("reportTitle")}</h1>
        <p className="text-muted">
          <bdi>{batch.fileName}</bdi> · <bdi>{batch.source}</bdi> · {formatDate(batch.createdAt, locale)}
        </p>
      </div>

      {batch.status === "IMPORTED" && batch.outcome && (
        <div role="status" className="flex flex-col gap-2 rounded border border-brand-600 bg-brand-50 p-3">
          <p className="font-semibold">{t("imported", { created: batch.outcome.created.length, updated: batch.outcome.updated.length, skipped: batch.outcome.skipped, rejected: batch.outcome.rejected })}</p>
          <p>
            <Link href="/moderation" className="text-brand-800 underline">
              {t("toQueue")}
            </Link>
          </p>
        </div>
      )}
      {batch.status === "DISCARDED" && <p role="status">{t("discarded")}</p>}

      {!report ? (
        <div role="alert" className="flex flex-col gap-3 rounded border border-red-700 bg-red-50 p-3 text-red-900" data-testid="report-unreadable">
          <p>{t("errors.reportUnreadable")}</p>
          {previewed && (
            <form action={discardImportAction}>
              <input type="hidden" name="importId" value={batch.id} />
              <button type="submit" className="rounded border border-brand-700 bg-white px-5 py-2 font-semibold text-brand-800">
                {t("discard")}
              </button>
            </form>
          )}
        </div>
      ) : report.fileError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {errorText(report.fileError)}
        </p>
      ) : (
        <>
          <section aria-labelledby="counts" className="flex flex-col gap-2">
            <h2 id="counts" className="text-xl font-semibold">
              {t("countsTitle")}
            </h2>
            <dl className="grid max-w-md grid-cols-[1fr_auto] gap-x-6 gap-y-1">
              {(["create", "update", "duplicate", "rejected"] as const).map((kind) => (
                <div key={kind} className="contents">
                  <dt>{outcomeLabel[kind]}</dt>
                  <dd className="text-end font-semibold">{report.counts[kind]}</dd>
                </div>
              ))}
            </dl>
          </section>

          <section aria-labelledby="orgs" className="flex flex-col gap-2">
            <h2 id="orgs" className="text-xl font-semibold">
              {t("organisationsTitle")}
            </h2>
            <ul className="flex flex-col gap-1 ps-5 [list-style:disc]">
              {report.organisations.map((o) => (
                <li key={o.key}>
                  <bdi className="font-medium">{o.name}</bdi>
                  {o.businessId && (
                    <>
                      {" "}
                      <bdi dir="ltr">({o.businessId})</bdi>
                    </>
                  )}
                  :{" "}
                  {o.kind === "create" ? t("orgCreate") : o.reason === "business_id" ? t("orgExistingBusinessId", { name: o.existingName }) : t("orgExistingName", { name: o.existingName })}
                </li>
              ))}
            </ul>
          </section>

          <form action={confirmImportAction} className="flex flex-col gap-4">
            <input type="hidden" name="importId" value={batch.id} />
            <section aria-labelledby="rows" className="flex flex-col gap-2">
              <h2 id="rows" className="text-xl font-semibold">
                {t("rowsTitle")}
              </h2>
              <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="rows">
                <table className="w-full min-w-[36rem] border-collapse text-start text-sm">
                  <thead>
                    <tr>
                      <th scope="col" className={`${cell} whitespace-nowrap text-start`}>
                        {t("colRow")}
                      </th>
                      <th scope="col" className={`${cell} whitespace-nowrap text-start`}>
                        {t("colOutcome")}
                      </th>
                      <th scope="col" className={`${cell} whitespace-nowrap text-start`}>
                        {t("colNotice")}
                      </th>
                      <th scope="col" className={`${cell} whitespace-nowrap text-start`}>
                        {t("colDetails")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.rows.map((row) => (
                      <tr key={row.row}>
                        <td className={cell}>{row.row}</td>
                        <td className={`${cell} whitespace-nowrap`}>{outcomeLabel[row.kind]}</td>
                        <td className={cell}>
                          <bdi>{row.title || "—"}</bdi>
                          {row.kind !== "rejected" && (
                            <div className="text-muted">
                              <bdi>{row.organisation}</bdi>
                            </div>
                          )}
                        </td>
                        <td className={cell}>
                          {row.kind === "rejected" && (
                            <ul className="flex flex-col gap-1">
                              {row.errors.map((e, i) => (
                                <li key={i}>
                                  <code dir="ltr" className="font-mono">
                                    {e.field}
                                  </code>
                                  : {errorText(e.code)}
                                </li>
                              ))}
                            </ul>
                          )}
                          {row.kind === "duplicate" && (
                            <div className="flex flex-col gap-1">
                              <p>{row.reason === "title" ? t("duplicateOf", { title: row.existingTitle }) : t("alreadyImported", { title: row.existingTitle })}</p>
                              {previewed && row.reason === "title" && (
                                <label className="flex items-center gap-2">
                                  <input type="checkbox" name="duplicate" value={row.row} />
                                  {t("importAnyway")}
                                </label>
                              )}
                            </div>
                          )}
                          {row.kind === "update" && <p>{t("updateHint")}</p>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
            {previewed && (
              <>
                <p>{t("confirmHint")}</p>
                <div className="flex flex-wrap gap-3">
                  <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
                    {t("confirm", { count: report.counts.create + report.counts.update })}
                  </button>
                  <button type="submit" formAction={discardImportAction} className="rounded border border-brand-700 px-5 py-2 font-semibold text-brand-800">
                    {t("discard")}
                  </button>
                </div>
              </>
            )}
          </form>
        </>
      )}
      <p>
        <Link href="/moderation/import" className="text-brand-800 underline">
          {t("another")}
        </Link>
      </p>
    </div>
  );
}
