import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireModerator } from "@/lib/auth/session";
import { LOCALES, nativeLanguageName } from "@/lib/i18n/locales";
import type { SearchParams } from "@/lib/i18n/page-params";
import { firstParam } from "@/lib/i18n/page-params";
import { Link } from "@/lib/i18n/navigation";
import { uploadImportAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Import" });
  return { title: t("title"), robots: { index: false } };
}

const UPLOAD_ERRORS = ["noFile", "fileTooLarge", "sourceRequired", "unreadableZip", "noTables"] as const;

export default async function ImportPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireModerator(locale, "/moderation/import");
  const t = await getTranslations("Import");
  const query = await searchParams;
  const error = UPLOAD_ERRORS.find((e) => e === firstParam(query, "error"));
  const discarded = firstParam(query, "discarded") === "1";
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p>
          <Link href="/open-data" className="text-brand-800 underline">
            {t("formatsLink")}
          </Link>
        </p>
      </div>
      {discarded && (
        <p role="status" className="rounded border border-brand-600 bg-brand-50 p-3">
          {t("discarded")}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {t(`uploadErrors.${error}`)}
        </p>
      )}
      <form action={uploadImportAction} encType="multipart/form-data" className="flex flex-col gap-4 rounded border border-brand-100 p-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="font-medium">
            {t("fileLabel")}
          </label>
          <input id="import-file" name="file" type="file" required multiple accept=".json,.csv,.zip,application/json,text/csv,application/zip" aria-describedby="import-file-hint import-tabular-hint" className="max-w-full" />
          <p id="import-file-hint" className="text-sm text-muted">
            {t("fileHint")}
          </p>
          <p id="import-tabular-hint" className="text-sm text-muted">
            {t("tabularHint")}
          </p>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-source" className="font-medium">
            {t("sourceLabel")}
          </label>
          <input id="import-source" name="source" type="text" required maxLength={200} aria-describedby="import-source-hint" className="w-full rounded border border-muted px-3 py-2" />
          <p id="import-source-hint" className="text-sm text-muted">
            {t("sourceHint")}
          </p>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-language" className="font-medium">
            {t("languageLabel")}
          </label>
          <select id="import-language" name="textLanguage" defaultValue="fi" aria-describedby="import-language-hint" className="max-w-xs rounded border border-muted bg-white px-2 py-2">
            {LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {nativeLanguageName(code)}
              </option>
            ))}
          </select>
          <p id="import-language-hint" className="text-sm text-muted">
            {t("languageHint")}
          </p>
        </div>
        <button type="submit" className="self-start rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {t("check")}
        </button>
        <p className="text-sm text-muted">{t("checkHint")}</p>
      </form>
    </div>
  );
}
