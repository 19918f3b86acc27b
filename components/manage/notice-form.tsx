"use client";
import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslations } from "next-intl";
import { useActionState, useRef, useState, useTransition, type FocusEvent, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { LIMITS, noticeSchema } from "@/lib/validation/notice";
import { ChoiceGroup, Checkbox, SelectField, SubmitButton, TextArea, TextField, type Option } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/messages";
import { useEnhancedSubmit } from "@/components/forms/use-enhanced-submit";
import { NoticeChecklist } from "./notice-checklist";
import { NoticePreview } from "./notice-preview";

export type NoticeFormOptions = {
  themes: Option[];
  forms: Option[];
  targetGroups: Option[];
  accessibility: Option[];
  languages: Option[];
  municipalities: Option[];
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

/** Reads a value from Conform's nested value by a field name such as "slots[0].weekday". */
function pick(source: unknown, name: string): unknown {
  return name
    .replace(/\]/g, "")
    .split(/[.[]/)
    .reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined), source);
}

export function NoticeForm({ defaultValue, options, action, autosave, mode, trusted, organisationName, initialNotice }: Props) {
  const t = useTranslations("NoticeForm");
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form] = useForm({
    id: "notice-form",
    lastResult,
    defaultValue: defaultValue as never,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate({ formData }) {
      return parseWithZod(formData, { schema: noticeSchema() });
    },
  });
  const submit = useEnhancedSubmit(form.onSubmit, formAction);
  const [activityId, setActivityId] = useState(defaultValue.activityId as string | undefined);
  const [autosaved, setAutosaved] = useState(false);
  const [, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const dirtySince = useRef(false);

  const values = (form.value ?? form.initialValue ?? defaultValue) as Record<string, unknown>;
  const initial = (form.initialValue ?? defaultValue) as Record<string, unknown>;
  // A list's errors may sit on its items ("themes[1]": a forged value); show them on the list.
  const errorsOf = (name: string) => {
    const own = form.allErrors[name] ?? [];
    const items = Object.entries(form.allErrors).filter(([key]) => key.startsWith(`${name}[`) && !key.slice(name.length).includes("."));
    const all = [...own, ...items.flatMap(([, value]) => value)];
    return all.length ? [...new Set(all)] : undefined;
  };
  const common = (name: string) => ({ formId: form.id, name, errors: errorsOf(name), defaultValue: pick(initial, name) });
  const fieldErrorCount = Object.entries(form.allErrors).filter(([name]) => name !== "").length;

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

  const section = (id: string, title: string, children: ReactNode) => (
    <fieldset aria-labelledby={`${id}-title`} onBlur={onSectionBlur} className="flex flex-col gap-5 rounded-lg border border-brand-100 p-4">
      <legend id={`${id}-title`} className="px-1 text-xl font-semibold text-brand-800">
        {title}
      </legend>
      {children}
    </fieldset>
  );

  const notice = lastResult?.notice ?? (autosaved ? t("autosaved") : initialNotice);
  const slotRows = Array.from({ length: LIMITS.slots }, (_, i) => i);
  const placeRows = Array.from({ length: LIMITS.places }, (_, i) => i);
  const pauseRows = Array.from({ length: LIMITS.pauses }, (_, i) => i);

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form
        ref={formRef}
        id={form.id}
        action={formAction}
        onSubmit={submit.onSubmit}
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
        <FormStatus errors={form.errors} notice={notice} fieldErrorCount={form.errors?.length ? 0 : fieldErrorCount} />
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
            <ChoiceGroup {...common("languages")} type="checkbox" label={t("languages")} hint={t("languagesHint")} options={options.languages} columns required />
            <ChoiceGroup {...common("supportLanguages")} type="checkbox" label={t("supportLanguages")} hint={t("supportLanguagesHint")} options={options.languages} columns />
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
            {slotRows.map((i) => (
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
            ))}
            <TextArea {...common("scheduleNote")} label={t("scheduleNote")} hint={t("scheduleNoteHint")} rows={2} />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField {...common("startDate")} type="date" label={t("startDate")} hint={t("datesHint")} />
              <TextField {...common("endDate")} type="date" label={t("endDate")} />
            </div>
            {pauseRows.map((i) => (
              <div key={i} role="group" aria-label={t("pause", { number: i + 1 })} className="grid gap-4 sm:grid-cols-2">
                <TextField {...common(`pauses[${i}].startDate`)} type="date" label={t("pauseStart")} />
                <TextField {...common(`pauses[${i}].endDate`)} type="date" label={t("pauseEnd")} />
              </div>
            ))}
          </>,
        )}

        {section(
          "where",
          t("sectionWhere"),
          <>
            <ChoiceGroup {...common("mode")} type="radio" label={t("mode")} options={options.mode} />
            {placeRows.map((i) => (
              <div key={i} role="group" aria-label={t("place", { number: i + 1 })} className="grid gap-3 sm:grid-cols-2">
                <TextField {...common(`places[${i}].name`)} label={t("placeName")} hint={i === 0 ? t("placeNameHint") : undefined} />
                <TextField {...common(`places[${i}].streetAddress`)} label={t("streetAddress")} autoComplete="off" required={i === 0} />
                <TextField {...common(`places[${i}].postalCode`)} label={t("postalCode")} inputMode="numeric" />
                <TextField {...common(`places[${i}].postOffice`)} label={t("postOffice")} />
                <SelectField {...common(`places[${i}].municipalityCode`)} label={t("municipality")} placeholder={t("chooseMunicipality")} options={options.municipalities} />
              </div>
            ))}
            <TextField {...common("onlineUrl")} type="url" label={t("onlineUrl")} hint={t("onlineUrlHint")} inputMode="url" />
            <Checkbox {...common("nationwide")} label={t("nationwide")} defaultChecked={pick(initial, "nationwide") === "on"} />
            <SelectField {...common("municipalities")} label={t("municipalities")} hint={t("municipalitiesHint")} options={options.municipalities} multiple size={6} />
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

        <div className="flex flex-wrap gap-3">
          <SubmitButton pending={submit.pending} name="intent" value="save" tone="secondary" formNoValidate>
            {t("saveDraft")}
          </SubmitButton>
          <SubmitButton pending={submit.pending} name="intent" value="submit">
            {mode === "revision" && trusted ? t("publish") : t("submit")}
          </SubmitButton>
        </div>
      </form>
      <aside className="flex flex-col gap-6 lg:sticky lg:top-4 lg:self-start">
        <NoticeChecklist values={values} formId={form.id} />
        <NoticePreview values={values} options={options} />
      </aside>
    </div>
  );
}
