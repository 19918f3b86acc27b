"use client";
import { useTranslations } from "next-intl";
import type { NoticeFormOptions } from "./notice-form";

// The notice as a case worker will see it, from the form's current values. User text is
// rendered as text (React escapes it), in the notice's own language and direction.
const RTL = new Set(["ar", "fa", "ckb", "ps", "prs", "ur"]);

export function NoticePreview({ values, options }: { values: Record<string, unknown>; options: NoticeFormOptions }) {
  const t = useTranslations("NoticePreview");
  const str = (name: string) => (typeof values[name] === "string" ? (values[name] as string).trim() : "");
  const list = (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : typeof values[name] === "string" ? [values[name] as string] : []);
  const label = (opts: { value: string; label: string }[], value: string) => opts.find((o) => o.value === value)?.label ?? value;
  const lang = str("originalLanguage") || "fi";
  const slots = (Array.isArray(values.slots) ? values.slots : []) as Record<string, string>[];
  const places = (Array.isArray(values.places) ? values.places : []) as Record<string, string>[];
  const referrals = values.acceptsReferrals;
  return (
    <section aria-labelledby="preview-title" className="rounded-lg border border-slate-400 p-4">
      <h2 id="preview-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-muted">{t("lead")}</p>
      <div className="mt-3 flex flex-col gap-2 rounded border border-brand-100 p-3">
        <p lang={lang} dir={RTL.has(lang) ? "rtl" : "ltr"} className="text-lg font-bold text-brand-800">
          {str("title") || t("untitled")}
        </p>
        {str("summary") && (
          <p lang={lang} dir={RTL.has(lang) ? "rtl" : "ltr"}>
            {str("summary")}
          </p>
        )}
        <p className={`rounded border px-2 py-0.5 text-sm ${referrals === "yes" ? "border-green-700 bg-green-50" : "border-slate-500 bg-slate-50"}`}>
          {referrals === "yes" ? t("referralsYes") : referrals === "no" ? t("referralsNo") : t("referralsUnknown")}
        </p>
        <dl className="text-sm">
          <dt className="font-semibold">{t("when")}</dt>
          <dd>
            {slots
              .filter((s) => s?.weekday && s?.start)
              .map((s) => `${label(options.weekdays, s.weekday!)} ${s.start}${s.end ? `–${s.end}` : ""}`)
              .join(", ") || "–"}
            {str("scheduleNote") && <span className="block">{str("scheduleNote")}</span>}
          </dd>
          <dt className="mt-1 font-semibold">{t("where")}</dt>
          <dd>
            {places
              .filter((p) => p?.streetAddress)
              .map((p) => [p.name, p.streetAddress, [p.postalCode, p.postOffice].filter(Boolean).join(" ")].filter(Boolean).join(", "))
              .join("; ") || (str("onlineUrl") ? t("online") : "–")}
          </dd>
          <dt className="mt-1 font-semibold">{t("languages")}</dt>
          <dd>{list("languages").map((code) => label(options.languages, code)).join(", ") || "–"}</dd>
          <dt className="mt-1 font-semibold">{t("howToJoin")}</dt>
          <dd lang={lang} className="whitespace-pre-line">
            {str("howToJoin") || "–"}
          </dd>
          <dt className="mt-1 font-semibold">{t("integrationSupport")}</dt>
          <dd lang={lang} className="whitespace-pre-line">
            {str("integrationSupport") || "–"}
          </dd>
          <dt className="mt-1 font-semibold">{t("contact")}</dt>
          <dd>{[str("contactName"), str("contactEmail"), str("contactPhone")].filter(Boolean).join(", ") || "–"}</dd>
        </dl>
      </div>
    </section>
  );
}
