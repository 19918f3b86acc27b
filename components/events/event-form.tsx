"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { EVENT_LIMITS, eventSchema } from "@/lib/validation/event";
import { ChoiceGroup, Checkbox, SelectField, SubmitButton, TextArea, TextField, type Option } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { LanguagePicker } from "@/components/forms/language-picker";
import { FormStatus } from "@/components/forms/messages";
import type { PickerOption } from "@/lib/reference/pickers";
import { pick, useLongForm } from "@/components/forms/use-long-form";

// The organiser's event form: the notice form's parts (fields, language picker, error summary,
// numbered sections), one zod schema on both sides, and no JavaScript needed.

export type EventFormOptions = {
  kinds: Option[];
  audiences: Option[];
  themes: Option[];
  accessibility: Option[];
  languages: Option[];
  languageGroups: { common: PickerOption[]; others: PickerOption[] };
  municipalities: Option[];
  regions: Option[];
  mode: Option[];
};

type Props = {
  defaultValue: Record<string, unknown>;
  options: EventFormOptions;
  action: (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;
  mode: "new" | "draft" | "submitted" | "published";
  trusted: boolean;
  organisationName: string;
};

const SECTIONS = [
  { id: "what", fields: ["originalLanguage", "title", "summary", "description", "kind", "audiences", "themes", "languages"] },
  { id: "when", fields: ["sessions"] },
  { id: "where", fields: ["mode", "placeName", "streetAddress", "postalCode", "postOffice", "municipalityCode", "onlineUrl", "regionCode", "nationwide"] },
  { id: "join", fields: ["isFree", "priceText", "registrationUrl", "registrationEmail", "registrationDeadline", "accessibility"] },
  { id: "contact", fields: ["contactName", "contactEmail", "contactPhone"] },
] as const;
const FIELD_ORDER: string[] = SECTIONS.flatMap((s) => [...s.fields]);
const LIST_FIELDS = new Set(["audiences", "themes", "languages", "accessibility"]);

export function EventForm({ defaultValue, options, action, mode, trusted, organisationName }: Props) {
  const t = useTranslations("EventForm");
  const fieldLabel = (name: string): string => {
    const nested = /^sessions\[(\d+)\]\.(\w+)$/.exec(name);
    if (!nested) return t(name as "title");
    return `${t("session", { number: Number(nested[1]) + 1 })}: ${t(`session_${nested[2]}` as "title")}`;
  };
  const { form, lastResult, formAction, onSubmit, pending, summaryFocus, showSummary, initial, common, summaryErrors, fieldErrorCount } = useLongForm({
    id: "event-form",
    schema: eventSchema,
    action,
    defaultValue,
    fieldOrder: FIELD_ORDER,
    listFields: LIST_FIELDS,
    fieldLabel,
  });

  const section = (id: (typeof SECTIONS)[number]["id"], children: ReactNode) => {
    const number = SECTIONS.findIndex((s) => s.id === id) + 1;
    return (
      <fieldset id={`section-${id}`} aria-labelledby={`${id}-title`} className="flex scroll-mt-4 flex-col gap-5 rounded-lg border border-brand-100 p-4">
        <legend id={`${id}-title`} className="flex items-center gap-2 px-1 text-xl font-semibold text-brand-800">
          <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-700 text-base text-white">
            {number}
          </span>
          <span>
            <span className="sr-only">{t("sectionNumber", { number, sections: SECTIONS.length })} </span>
            {t(`section_${id}`)}
          </span>
        </legend>
        {children}
      </fieldset>
    );
  };
  const sessionRow = (i: number) => (
    <div key={i} role="group" aria-label={t("session", { number: i + 1 })} className="grid gap-3 sm:grid-cols-4">
      <TextField {...common(`sessions[${i}].date`)} type="date" label={t("session_date")} required={i === 0} />
      <TextField {...common(`sessions[${i}].start`)} type="time" label={t("session_start")} required={i === 0} />
      <TextField {...common(`sessions[${i}].end`)} type="time" label={t("session_end")} required={i === 0} />
      <TextField {...common(`sessions[${i}].endDate`)} type="date" label={t("session_endDate")} />
    </div>
  );
  const rows = Array.from({ length: EVENT_LIMITS.sessions }, (_, i) => i);
  const moreOpen = rows.slice(1).some((i) => !!pick(initial, `sessions[${i}].date`)) || Object.keys(form.allErrors).some((k) => /^sessions\[[1-9]/.test(k));

  return (
    <form id={form.id} action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-4xl flex-col gap-6">
      <p>{t("organisation", { name: organisationName })}</p>
      <p className="text-sm text-muted">{t("requiredNote")}</p>
      {mode === "published" && <p className="rounded border border-amber-700 bg-amber-50 p-3">{trusted ? t("trustedNote") : t("publishedNote")}</p>}
      {mode === "submitted" && <p className="rounded border border-amber-700 bg-amber-50 p-3">{t("submittedNote")}</p>}
      {showSummary && (summaryErrors.length > 0 || !!form.errors?.length) ? (
        <ErrorSummary errors={summaryErrors} formErrors={form.errors} focusKey={summaryFocus} />
      ) : (
        <FormStatus errors={form.errors} notice={lastResult?.notice} fieldErrorCount={form.errors?.length ? 0 : fieldErrorCount} />
      )}
      <input type="hidden" name="organisationId" value={String(defaultValue.organisationId)} />
      {typeof defaultValue.eventId === "string" && <input type="hidden" name="eventId" value={defaultValue.eventId} />}
      {typeof defaultValue.eventId !== "string" && typeof defaultValue.newId === "string" && <input type="hidden" name="newId" value={defaultValue.newId} />}

      {section(
        "what",
        <>
          <SelectField {...common("originalLanguage")} label={t("originalLanguage")} hint={t("originalLanguageHint")} options={options.languages} required />
          <TextField {...common("title")} label={t("title")} hint={t("titleHint")} required />
          <TextArea {...common("summary")} label={t("summary")} hint={t("summaryHint")} rows={2} required />
          <TextArea {...common("description")} label={t("description")} hint={t("descriptionHint")} rows={6} required />
          <ChoiceGroup {...common("kind")} type="radio" label={t("kind")} options={options.kinds} required columns />
          <ChoiceGroup {...common("audiences")} type="checkbox" label={t("audiences")} hint={t("audiencesHint")} options={options.audiences} required columns />
          <ChoiceGroup {...common("themes")} type="checkbox" label={t("themes")} options={options.themes} columns />
          <LanguagePicker {...common("languages")} label={t("languages")} hint={t("languagesHint")} options={options.languageGroups} required />
        </>,
      )}

      {section(
        "when",
        <>
          <p className="text-sm text-muted">{t("sessionsHint")}</p>
          {sessionRow(0)}
          <details open={moreOpen || undefined} className="rounded border border-dashed border-slate-400 p-3">
            <summary className="cursor-pointer font-semibold text-brand-800 underline">{t("moreSessions")}</summary>
            <div className="mt-3 flex flex-col gap-4">{rows.slice(1).map(sessionRow)}</div>
          </details>
        </>,
      )}

      {section(
        "where",
        <>
          <ChoiceGroup {...common("mode")} type="radio" label={t("mode")} options={options.mode} />
          <div role="group" aria-label={t("place")} className="grid gap-3 sm:grid-cols-2">
            <TextField {...common("placeName")} label={t("placeName")} />
            <TextField {...common("streetAddress")} label={t("streetAddress")} hint={t("streetAddressHint")} autoComplete="off" />
            <TextField {...common("postalCode")} label={t("postalCode")} inputMode="numeric" />
            <TextField {...common("postOffice")} label={t("postOffice")} />
            <SelectField {...common("municipalityCode")} label={t("municipalityCode")} placeholder={t("chooseMunicipality")} options={options.municipalities} />
          </div>
          <TextField {...common("onlineUrl")} type="url" label={t("onlineUrl")} hint={t("onlineUrlHint")} inputMode="url" />
          <SelectField {...common("regionCode")} label={t("regionCode")} hint={t("regionCodeHint")} placeholder={t("chooseRegion")} options={options.regions} />
          <Checkbox {...common("nationwide")} label={t("nationwide")} defaultChecked={pick(initial, "nationwide") === "on"} />
        </>,
      )}

      {section(
        "join",
        <>
          <ChoiceGroup {...common("isFree")} type="radio" label={t("isFree")} options={[{ value: "yes", label: t("free") }, { value: "no", label: t("paid") }]} />
          <TextField {...common("priceText")} label={t("priceText")} hint={t("priceTextHint")} />
          <TextField {...common("registrationUrl")} type="url" label={t("registrationUrl")} inputMode="url" />
          <TextField {...common("registrationEmail")} type="email" label={t("registrationEmail")} inputMode="email" />
          <TextField {...common("registrationDeadline")} type="date" label={t("registrationDeadline")} />
          <ChoiceGroup {...common("accessibility")} type="checkbox" label={t("accessibility")} options={options.accessibility} columns />
        </>,
      )}

      {section(
        "contact",
        <>
          <TextField {...common("contactName")} label={t("contactName")} autoComplete="off" required />
          <TextField {...common("contactEmail")} type="email" label={t("contactEmail")} inputMode="email" autoComplete="off" />
          <TextField {...common("contactPhone")} type="tel" label={t("contactPhone")} inputMode="tel" autoComplete="off" />
        </>,
      )}

      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} name="intent" value="save" tone="secondary" formNoValidate>
          {t("saveDraft")}
        </SubmitButton>
        <SubmitButton pending={pending} name="intent" value="submit">
          {trusted ? t("publish") : t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
