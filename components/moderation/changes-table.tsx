import { getLocale, getTranslations } from "next-intl/server";
import type { ContentChange } from "@/lib/activities/content";
import { factDescriber } from "@/lib/activities/describe";
import { languageDirection, languageName } from "@/lib/reference/languages";

// The diff a moderator reviews: one row per changed field, before and after, in words.
export async function ChangesTable({ changes, showBefore }: { changes: ContentChange[]; showBefore: boolean }) {
  const locale = await getLocale();
  const t = await getTranslations("Moderation");
  const tf = await getTranslations("NoticeForm");
  const describe = await factDescriber(locale);
  const fieldName = (field: string) => (tf.has(field as Parameters<typeof tf.has>[0]) ? tf(field as Parameters<typeof tf>[0]) : field);
  const rows = changes.map((change) =>
    change.kind === "fact"
      ? { key: change.field, label: fieldName(change.field), before: describe(change.field, change.before), after: describe(change.field, change.after), lang: undefined }
      : {
          key: `${change.locale}.${change.field}`,
          label: t("textIn", { field: fieldName(change.field), language: languageName(change.locale, locale) }),
          before: change.before ?? "",
          after: change.after ?? "",
          lang: change.locale,
        },
  );
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-start">
        <thead>
          <tr className="border-b-2 border-brand-600">
            <th scope="col" className="p-2 text-start">
              {t("field")}
            </th>
            {showBefore && (
              <th scope="col" className="p-2 text-start">
                {t("before")}
              </th>
            )}
            <th scope="col" className="p-2 text-start">
              {t("after")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-brand-100 align-top">
              <th scope="row" className="p-2 text-start font-semibold">
                {row.label}
              </th>
              {showBefore && (
                <td className="whitespace-pre-line bg-red-50 p-2" lang={row.lang} dir={row.lang ? languageDirection(row.lang) : undefined}>
                  <del className="no-underline">{row.before}</del>
                </td>
              )}
              <td className="whitespace-pre-line bg-green-50 p-2" lang={row.lang} dir={row.lang ? languageDirection(row.lang) : undefined}>
                <ins className="no-underline">{row.after}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
