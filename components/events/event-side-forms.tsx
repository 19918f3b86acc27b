"use client";
import { useForm } from "@conform-to/react";
import { parseForm } from "@/lib/validation/parse-form";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { eventStateSchema, eventTranslationSchema } from "@/lib/validation/event";
import { ChoiceGroup, SelectField, SubmitButton, TextArea, TextField, type Option } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/messages";
import { useEnhancedSubmit } from "@/components/forms/use-enhanced-submit";

type Action = (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;

/** The organiser's word on the event: as planned, cancelled, postponed or moved online, with a note. */
export function EventStateForm({ action, eventId, defaultValue, states }: { action: Action; eventId: string; defaultValue: Record<string, unknown>; states: Option[] }) {
  const t = useTranslations("EventForm");
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form] = useForm({ id: "event-state-form", lastResult, defaultValue: defaultValue as never, shouldValidate: "onSubmit", onValidate: ({ formData }) => parseForm(formData, eventStateSchema) });
  const submit = useEnhancedSubmit(form.onSubmit, formAction);
  const initial = (form.initialValue ?? defaultValue) as Record<string, unknown>;
  const common = (name: string) => ({ formId: form.id, name, errors: form.allErrors[name], defaultValue: initial[name] });
  return (
    <form id={form.id} action={formAction} onSubmit={submit.onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      <FormStatus errors={form.errors} notice={lastResult?.notice} />
      <input type="hidden" name="eventId" value={eventId} />
      <ChoiceGroup {...common("state")} type="radio" label={t("state")} options={states} />
      <TextArea {...common("note")} label={t("stateNote")} hint={t("stateNoteHint")} rows={2} />
      <TextField {...common("onlineUrl")} type="url" label={t("onlineUrl")} hint={t("movedOnlineHint")} inputMode="url" />
      <div>
        <SubmitButton pending={submit.pending}>{t("saveState")}</SubmitButton>
      </div>
    </form>
  );
}

/** The texts in another language. */
export function EventTranslationForm({ action, eventId, languages }: { action: Action; eventId: string; languages: Option[] }) {
  const t = useTranslations("EventForm");
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form] = useForm({ id: "event-translation-form", lastResult, shouldValidate: "onBlur", shouldRevalidate: "onInput", onValidate: ({ formData }) => parseForm(formData, eventTranslationSchema) });
  const submit = useEnhancedSubmit(form.onSubmit, formAction);
  const initial = (form.initialValue ?? {}) as Record<string, unknown>;
  const common = (name: string) => ({ formId: form.id, name, errors: form.allErrors[name], defaultValue: initial[name] });
  return (
    <form id={form.id} action={formAction} onSubmit={submit.onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      <FormStatus errors={form.errors} notice={lastResult?.notice} />
      <input type="hidden" name="eventId" value={eventId} />
      <SelectField {...common("locale")} label={t("translationLanguage")} placeholder={t("chooseLanguage")} options={languages} required />
      <TextField {...common("title")} label={t("title")} required />
      <TextArea {...common("summary")} label={t("summary")} rows={2} required />
      <TextArea {...common("description")} label={t("description")} rows={5} required />
      <div>
        <SubmitButton pending={submit.pending}>{t("saveTranslation")}</SubmitButton>
      </div>
    </form>
  );
}
