"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition, type FocusEvent, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { LIMITS, noticeSchema } from "@/lib/validation/notice";
import { ChoiceGroup, Checkbox, SelectField, SubmitButton, TextArea, TextField, type Option } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { LanguagePicker } from "@/components/forms/language-picker";
import { FormStatus } from "@/components/forms/messages";
import { MunicipalityPicker, type RegionOption } from "@/components/forms/municipality-picker";
import type { PickerOption } from "@/lib/reference/pickers";
import { pick, rootOf, useLongForm } from "@/components/forms/use-long-form";
import { NoticeChecklist } from "./notice-checklist";
import { NoticePreview } from "./notice-preview";

export type NoticeFormOptions = {
  themes: Option[];
  forms: Option[];
  targetGroups: Option[];
  accessibility: Option[];
  /** Every activity language, alphabetically (the original-language select, the preview). */
  languages: Option[];
  /** The same languages for the pickers: the common ones first, then the rest. */
  languageGroups: { common: PickerOption[]; others: PickerOption[] };
  municipalities: PickerOption[];
  regions: RegionOption[];
  weekdays: Option[];
  genderSpace: Option[];
  finnishLevel: Option[];
  mode: Option[];
  registration: Option[];
};

type Props = {
  defaultValue: Record<string, unknown>;
  options: NoticeFormOptions;
  action: (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;
  autosave: (formData: FormData) => Promise<{ ok: boolean; activityId?: string }>;
  /** "draft" edits the rows; "revision" edits a published notice's pending revision. */
  mode: "new" | "draft" | "submitted" | "revision";
  trusted: boolean;
  organisationName: string;
  initialNotice?: string;
};

/** The form's sections in order, with the fields each holds (for the section list and the error summary). */
const SECTIONS = [
  { id: "what", title: "sectionWhat", fields: ["originalLanguage", "title", "summary", "description", "integrationSupport", "themes", "forms", "easySummary"] },
  { id: "who", title: "sectionWho", fields: ["acceptsReferrals", "contactBeforeReferral", "targetGroups", "genderSpace", "ageMin", "ageMax", "childcare", "accessibility"] },
  { id: "languages", title: "sectionLanguages", fields: ["languages", "supportLanguages", "finnishLevel"] },
  { id: "when", title: "sectionWhen", fields: ["slots", "scheduleNote", "startDate", "endDate", "pauses"] },
  { id: "where", title: "sectionWhere", fields: ["mode", "places", "onlineUrl", "nationwide", "municipalities"] },
  { id: "join", title: "sectionJoin", fields: ["howToJoin", "registration", "registrationUrl", "registrationEmail", "registrationPhone", "isFree", "costNote"] },
  { id: "contact", title: "sectionContact", fields: ["contactName", "contactEmail", "contactPhone", "validUntil"] },
] as const;
const FIELD_ORDER: string[] = SECTIONS.flatMap((section) => [...section.fields]);
const LIST_FIELDS = new Set(["themes", "forms", "targetGroups", "accessibility", "languages", "supportLanguages", "municipalities"]);
const hasAny = (value: unknown): boolean => (Array.isArray(value) ? value.some(hasAny) : value && typeof value === "object" ? Object.values(value).some(hasAny) : typeof value === "string" ? value.trim() !== "" : false);

export function NoticeForm({ defaultValue, options, action, autosave, mode, trusted, organisationName, initialNotice }: Props) {
  const t = useTranslations("NoticeForm");
  const fieldLabel = (name: string): string => {
    const nested = /^(slots|places|pauses)\[(\d+)\]\.(\w+)$/.exec(name);
    if (!nested) return t(name as "title");
    const [, list, index, field] = nested;
    const row = t(list === "slots" ? "slot" : list === "places" ? "place" : "pause", { number: Number(index) + 1 });
    const names: Record<string, string> = { name: "placeName", municipalityCode: "municipality", startDate: list === "pauses" ? "pauseStart" : "startDate", endDate: list === "pauses" ? "pauseEnd" : "endDate" };
    return `${row}: ${t((names[field!] ?? field) as "title")}`;
  };
  const { form, lastResult, formAction, onSubmit, pending, summaryFocus, showSummary, initial, errorsOf, common, summaryErrors, fieldErrorCount } = useLongForm({
    id: "notice-form",
    schema: noticeSchema,
    action,
    defaultValue,
    fieldOrder: FIELD_ORDER,
    listFields: LIST_FIELDS,
    fieldLabel,
  });
  const [activityId, setActivityId] = useState(defaultValue.activityId as string | undefined);
  const [autosaved, setAutosaved] = useState(false);
  const [, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const dirtySince = useRef(false);

  const values = (form.value ?? form.initialValue ?? defaultValue) as Record<string, unknown>;
  const sectionErrors = (fields: readonly string[]) => summaryErrors.filter((error) => fields.includes(rootOf(error.id.slice(form.id.length + 1)))).length;
  /** Optional rows open when they hold something or an error. */
  const rowsOpen = (list: string, from: number) => {
    const rows = pick(values, list);
    return (Array.isArray(rows) && rows.slice(from).some(hasAny)) || Object.keys(form.allErrors).some((key) => key.startsWith(`${list}[`) && Number(/\[(\d+)\]/.exec(key)?.[1]) >= from);
  };

  // Drafts also save when the organiser leaves a section (not for notices under review,
  // where a save would withdraw them from the queue).
  const onSectionBlur = (event: FocusEvent<HTMLFieldSetElement>) => {
    if (mode === "submitted" || !dirtySince.current) return;
    if (event.relatedTarget && event.currentTarget.contains(event.relatedTarget as Node)) return;
    const element = formRef.current;
    if (!element) return;
    dirtySince.current = false;
    const data = new FormData(element);
    startTransition(async () => {
      const result = await autosave(data);
      if (result.ok) {
        if (result.activityId) setActivityId(result.activityId);
        setAutosaved(true);
      }
    });
  };

  const section = (id: string, title: string, children: ReactNode) => {
    const number = SECTIONS.findIndex((s) => s.id === id) + 1;
    return (
      <fieldset id={`section-${id}`} aria-labelledby={`${id}-title`} onBlur={onSectionBlur} className="flex scroll-mt-4 flex-col gap-5 rounded-lg border border-brand-100 p-4">
        <legend id={`${id}-title`} className="flex items-center gap-2 px-1 text-xl font-semibold text-brand-800">
          <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-700 text-base text-white">
            {number}
          </span>
          <span>
            <span className="sr-only">{t("sectionNumber", { number, total: SECTIONS.length + 1 })} </span>
            {title}
          </span>
        </legend>
        {children}
      </fieldset>
    );
  };
  // Extra rows (second time, second place, pauses) wait behind a <details> until needed.
  const more = (summary: string, open: boolean, children: ReactNode) => (
    <details open={open || undefined} className="rounded border border-dashed border-slate-400 p-3">
      <summary className="cursor-pointer font-semibold text-brand-800 underline">{summary}</summary>
      <div className="mt-3 flex flex-col gap-4">{children}</div>
    </details>
  );

  const notice = lastResult?.notice ?? (autosaved ? t("autosaved") : initialNotice);
  const slotRows = Array.from({ length: LIMITS.slots }, (_, i) => i);
  const placeRows = Array.from({ length: LIMITS.places }, (_, i) => i);
  const pauseRows = Array.from({ length: LIMITS.pauses }, (_, i) => i);
  const slotRow = (i: number) => (
    <div key={i} role="group" aria-label={t("slot", { number: i + 1 })} className="grid gap-3 sm:grid-cols-4">
      <SelectField {...common(`slots[${i}].weekday`)} label={t("weekday")} placeholder={t("chooseDay")} options={options.weekdays} />
      <TextField {...common(`slots[${i}].start`)} type="time" label={t("start")} />
      <TextField {...common(`slots[${i}].end`)} type="time" label={t("end")} />
      <SelectField
        {...common(`slots[${i}].everyNWeeks`)}
        label={t("everyNWeeks")}
        placeholder={t("everyWeek")}
        options={[2, 3, 4].map((n) => ({ value: String(n), label: t("everyNWeeksOption", { count: n }) }))}
      />
    </div>
  );
  const placeRow = (i: number) => (
    <div key={i} role="group" aria-label={t("place", { number: i + 1 })} className="grid gap-3 sm:grid-cols-2">
      <TextField {...common(`places[${i}].name`)} label={t("placeName")} hint={i === 0 ? t("placeNameHint") : undefined} />
      <TextField {...common(`places[${i}].streetAddress`)} label={t("streetAddress")} autoComplete="off" required={i === 0} />
      <TextField {...common(`places[${i}].postalCode`)} label={t("postalCode")} inputMode="numeric" />
      <TextField {...common(`places[${i}].postOffice`)} label={t("postOffice")} />
      <SelectField {...common(`places[${i}].municipalityCode`)} label={t("municipality")} placeholder={t("chooseMunicipality")} options={options.municipalities} />
    </div>
  );

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form
        ref={formRef}
        id={form.id}
        action={formAction}
        onSubmit={onSubmit}
        onInput={() => {
          dirtySince.current = true;
          setAutosaved(false);
        }}
        noValidate
        className="flex flex-col gap-6"
      >
        <p>{t("organisation", { name: organisationName })}</p>
        <p className="text-sm text-muted">{t("requiredNote")}</p>
        {mode === "revision" && <p className="rounded border border-amber-700 bg-amber-50 p-3">{trusted ? t("trustedNote") : t("publishedNote")}</p>}
        {mode === "submitted" && <p className="rounded border border-amber-700 bg-amber-50 p-3">{t("submittedNote")}</p>}
        {showSummary && (summaryErrors.length > 0 || !!form.errors?.length) ? (
          <ErrorSummary errors={summaryErrors} formErrors={form.errors} focusKey={summaryFocus} />
        ) : (
          <FormStatus errors={form.errors} notice={notice} fieldErrorCount={form.errors?.length ? 0 : fieldErrorCount} />
        )}
        <nav aria-labelledby="notice-sections-title" className="rounded-lg border border-brand-100 bg-brand-50 p-3">
          <h2 id="notice-sections-title" className="font-semibold">
            {t("sectionsNav")}
          </h2>
          <ol className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {[...SECTIONS, { id: "send", title: "sectionSend", fields: [] as readonly string[] }].map((s, i) => {
              const errors = showSummary ? sectionErrors(s.fields) : 0;
              return (
                <li key={s.id}>
                  <a href={`#section-${s.id}`} className="inline-flex items-center gap-1.5 py-1 text-brand-800">
                    <span aria-hidden="true" className="flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-700 text-sm text-white">
                      {i + 1}
                    </span>
                    <span className="underline">{t(s.title)}</span>
                    {errors > 0 && <span className="rounded bg-red-700 px-1.5 text-sm font-semibold text-white no-underline">{t("sectionErrors", { count: errors })}</span>}
                  </a>
                </li>
              );
            })}
          </ol>
        </nav>
        <input type="hidden" name="organisationId" value={String(defaultValue.organisationId)} />
        {activityId && <input type="hidden" name="activityId" value={activityId} />}
        {!activityId && typeof defaultValue.newId === "string" && <input type="hidden" name="newId" value={defaultValue.newId} />}

        {section(
          "what",
          t("sectionWhat"),
          <>
            <SelectField {...common("originalLanguage")} label={t("originalLanguage")} hint={t("originalLanguageHint")} options={options.languages} required />
            <TextField {...common("title")} label={t("title")} hint={t("titleHint")} required />
            <TextArea {...common("summary")} label={t("summary")} hint={t("summaryHint")} rows={2} required />
            <TextArea {...common("description")} label={t("description")} hint={t("descriptionHint")} rows={6} required />
            <TextArea {...common("integrationSupport")} label={t("integrationSupport")} hint={t("integrationSupportHint")} rows={3} required />
            <ChoiceGroup {...common("themes")} type="checkbox" label={t("themes")} hint={t("themesHint")} options={options.themes} columns />
            <ChoiceGroup {...common("forms")} type="checkbox" label={t("forms")} options={options.forms} columns />
            <TextArea {...common("easySummary")} label={t("easySummary")} hint={t("easySummaryHint")} rows={3} />
          </>,
        )}

        {section(
          "who",
          t("sectionWho"),
          <>
            <ChoiceGroup {...common("acceptsReferrals")} type="radio" label={t("acceptsReferrals")} hint={t("acceptsReferralsHint")} required options={[{ value: "yes", label: t("yes") }, { value: "no", label: t("no") }]} />
            <Checkbox {...common("contactBeforeReferral")} label={t("contactBeforeReferral")} defaultChecked={pick(initial, "contactBeforeReferral") === "on"} />
            <ChoiceGroup {...common("targetGroups")} type="checkbox" label={t("targetGroups")} hint={t("targetGroupsHint")} options={options.targetGroups} columns />
            <ChoiceGroup {...common("genderSpace")} type="radio" label={t("genderSpace")} options={options.genderSpace} />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField {...common("ageMin")} label={t("ageMin")} hint={t("ageHint")} inputMode="numeric" />
              <TextField {...common("ageMax")} label={t("ageMax")} inputMode="numeric" />
            </div>
            <Checkbox {...common("childcare")} label={t("childcare")} defaultChecked={pick(initial, "childcare") === "on"} />
            <ChoiceGroup {...common("accessibility")} type="checkbox" label={t("accessibility")} options={options.accessibility} columns />
          </>,
        )}

        {section(
          "languages",
          t("sectionLanguages"),
          <>
            <LanguagePicker {...common("languages")} label={t("languages")} hint={t("languagesHint")} options={options.languageGroups} required />
            {/* The second language list waits behind one line, so nobody meets 80 boxes at once. */}
            {more(
              t("supportLanguagesToggle"),
              hasAny(pick(values, "supportLanguages")) || !!errorsOf("supportLanguages"),
              <LanguagePicker {...common("supportLanguages")} label={t("supportLanguages")} hint={t("supportLanguagesHint")} options={options.languageGroups} />,
            )}
            <ChoiceGroup {...common("finnishLevel")} type="radio" label={t("finnishLevel")} options={options.finnishLevel} />
          </>,
        )}

        {section(
          "when",
          t("sectionWhen"),
          <>
            <p className="font-semibold">
              {t("slots")} <span aria-hidden="true">*</span>
            </p>
            <p className="-mt-4 text-sm text-muted">{t("slotsHint")}</p>
            {slotRow(0)}
            {more(t("moreSlots"), rowsOpen("slots", 1), slotRows.slice(1).map(slotRow))}
            <TextArea {...common("scheduleNote")} label={t("scheduleNote")} hint={t("scheduleNoteHint")} rows={2} />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField {...common("startDate")} type="date" label={t("startDate")} hint={t("datesHint")} />
              <TextField {...common("endDate")} type="date" label={t("endDate")} />
            </div>
            {more(
              t("pausesToggle"),
              rowsOpen("pauses", 0),
              pauseRows.map((i) => (
                <div key={i} role="group" aria-label={t("pause", { number: i + 1 })} className="grid gap-4 sm:grid-cols-2">
                  <TextField {...common(`pauses[${i}].startDate`)} type="date" label={t("pauseStart")} />
                  <TextField {...common(`pauses[${i}].endDate`)} type="date" label={t("pauseEnd")} />
                </div>
              )),
            )}
          </>,
        )}

        {section(
          "where",
          t("sectionWhere"),
          <>
            <ChoiceGroup {...common("mode")} type="radio" label={t("mode")} options={options.mode} />
            {placeRow(0)}
            {more(t("morePlaces"), rowsOpen("places", 1), placeRows.slice(1).map(placeRow))}
            <TextField {...common("onlineUrl")} type="url" label={t("onlineUrl")} hint={t("onlineUrlHint")} inputMode="url" />
            <Checkbox {...common("nationwide")} label={t("nationwide")} defaultChecked={pick(initial, "nationwide") === "on"} />
            <MunicipalityPicker {...common("municipalities")} label={t("municipalities")} hint={t("municipalitiesHint")} pickerHint={t("municipalitiesPickerHint")} options={options.municipalities} regions={options.regions} />
          </>,
        )}

        {section(
          "join",
          t("sectionJoin"),
          <>
            <TextArea {...common("howToJoin")} label={t("howToJoin")} hint={t("howToJoinHint")} rows={3} required />
            <ChoiceGroup {...common("registration")} type="radio" label={t("registration")} options={options.registration} />
            <TextField {...common("registrationUrl")} type="url" label={t("registrationUrl")} inputMode="url" />
            <TextField {...common("registrationEmail")} type="email" label={t("registrationEmail")} inputMode="email" />
            <TextField {...common("registrationPhone")} type="tel" label={t("registrationPhone")} inputMode="tel" />
            <ChoiceGroup {...common("isFree")} type="radio" label={t("isFree")} options={[{ value: "yes", label: t("free") }, { value: "no", label: t("paid") }]} />
            <TextField {...common("costNote")} label={t("costNote")} hint={t("costNoteHint")} />
          </>,
        )}

        {section(
          "contact",
          t("sectionContact"),
          <>
            <TextField {...common("contactName")} label={t("contactName")} hint={t("contactNameHint")} autoComplete="off" required />
            <TextField {...common("contactEmail")} type="email" label={t("contactEmail")} inputMode="email" autoComplete="off" />
            <TextField {...common("contactPhone")} type="tel" label={t("contactPhone")} inputMode="tel" autoComplete="off" />
            <TextField {...common("validUntil")} type="date" label={t("validUntil")} hint={t("validUntilHint")} />
          </>,
        )}

        <section id="section-send" aria-labelledby="send-title" className="flex scroll-mt-4 flex-col gap-3 rounded-lg border border-brand-100 p-4">
          <h2 id="send-title" className="flex items-center gap-2 text-xl font-semibold text-brand-800">
            <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-700 text-base text-white">
              {SECTIONS.length + 1}
            </span>
            <span>
              <span className="sr-only">{t("sectionNumber", { number: SECTIONS.length + 1, total: SECTIONS.length + 1 })} </span>
              {t("sectionSend")}
            </span>
          </h2>
          <p className="text-sm text-muted">{t("sendLead")}</p>
        <div className="flex flex-wrap gap-3">
          <SubmitButton pending={pending} name="intent" value="save" tone="secondary" formNoValidate>
            {t("saveDraft")}
          </SubmitButton>
          <SubmitButton pending={pending} name="intent" value="submit">
            {mode === "revision" && trusted ? t("publish") : t("submit")}
          </SubmitButton>
        </div>
        </section>
      </form>
      <aside className="flex flex-col gap-6 lg:sticky lg:top-4 lg:self-start">
        <NoticeChecklist values={values} formId={form.id} />
        <NoticePreview values={values} options={options} />
      </aside>
    </div>
  );
}
