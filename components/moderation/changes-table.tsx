import { getTranslations } from "next-intl/server";
import type { ContentChange } from "@/lib/activities/content";

// The diff a moderator reviews: one row per changed field, before and after, as text.
export async function ChangesTable({ changes, showBefore }: { changes: ContentChange[]; showBefore: boolean }) {
  const t = await getTranslations("Moderation");
  const tf = await getTranslations("NoticeForm");
  const label = (path: string) => {
    const parts = path.split(".");
    const field = parts.at(-1)!;
    const name = tf.has(field as never) ? tf(field as never) : field;
    return parts[0] === "texts" ? `${name} (${parts[1]})` : name;
  };
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
          {changes.map((change) => (
            <tr key={change.path} className="border-b border-brand-100 align-top">
              <th scope="row" className="p-2 text-start font-semibold">
                {label(change.path)}
              </th>
              {showBefore && (
                <td className="whitespace-pre-line bg-red-50 p-2">
                  <del className="no-underline">{change.before}</del>
                </td>
              )}
              <td className="whitespace-pre-line bg-green-50 p-2" dir="auto">
                <ins className="no-underline">{change.after}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
