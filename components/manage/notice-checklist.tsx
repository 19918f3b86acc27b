"use client";
import { useTranslations } from "next-intl";
import { noticeChecklist, type NoticeDraftValues } from "@/lib/validation/notice";

// What a good notice still lacks, live as the organiser types (the same rules the server
// applies on submission). Each missing item links to its field.
export function NoticeChecklist({ values, formId }: { values: NoticeDraftValues; formId: string }) {
  const t = useTranslations("NoticeChecklist");
  const items = noticeChecklist(values);
  const done = items.filter((item) => item.done).length;
  const requiredMissing = items.some((item) => item.required && !item.done);
  return (
    <section aria-labelledby="checklist-title" className="rounded-lg border-2 border-brand-600 bg-brand-50 p-4">
      <h2 id="checklist-title" className="text-lg font-semibold text-brand-800">
        {t("title")}
      </h2>
      <p className="text-sm">{t("progress", { done, total: items.length })}</p>
      <ul className="mt-2 flex flex-col gap-1">
        {items.map((item) => (
          <li key={item.id} className="flex items-start gap-2">
            <span aria-hidden="true" className={item.done ? "text-green-800" : "text-red-800"}>
              {item.done ? "✓" : "○"}
            </span>
            <span>
              {item.done ? (
                t(item.id === "title" ? "title_item" : item.id)
              ) : (
                <a href={`#${formId}-${item.field.replace(/[^\w-]/g, "_")}`} className="text-brand-800 underline">
                  {t(item.id === "title" ? "title_item" : item.id)}
                </a>
              )}{" "}
              <span className="text-sm text-muted">
                ({item.done ? t("done") : t("missing")}, {item.required ? t("required") : t("recommended")})
              </span>
            </span>
          </li>
        ))}
      </ul>
      {!requiredMissing && <p className="mt-2 font-semibold text-green-900">{t("allDone")}</p>}
    </section>
  );
}
