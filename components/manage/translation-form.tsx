"use client";
import { useForm } from "@conform-to/react";
import { parseForm } from "@/lib/validation/parse-form";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { translationSchema } from "@/lib/validation/notice";
import { SelectField, SubmitButton, TextArea, TextField, type Option } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/messages";
import { useEnhancedSubmit } from "@/components/forms/use-enhanced-submit";

export function TranslationForm({ action, defaultValue, languages }: { action: (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>; defaultValue: Record<string, unknown>; languages: Option[] }) {
  const t = useTranslations("NoticeForm");
  const tt = useTranslations("Translations");
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form] = useForm({
    id: "translation-form",
    lastResult,
    defaultValue: defaultValue as never,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseForm(formData, translationSchema),
  });
  const submit = useEnhancedSubmit(form.onSubmit, formAction);
  const initial = (form.initialValue ?? defaultValue) as Record<string, unknown>;
  const common = (name: string) => ({ formId: form.id, name, errors: form.allErrors[name], defaultValue: initial[name] });
  return (
    <form id={form.id} action={formAction} onSubmit={submit.onSubmit} noValidate className="flex max-w-2xl flex-col gap-5">
      <FormStatus errors={form.errors} notice={lastResult?.notice} />
      <input type="hidden" name="activityId" value={String(defaultValue.activityId)} />
      <SelectField {...common("locale")} label={tt("locale")} placeholder={tt("chooseLanguage")} options={languages} required />
      <TextField {...common("title")} label={t("title")} required />
      <TextArea {...common("summary")} label={t("summary")} rows={2} required />
      <TextArea {...common("description")} label={t("description")} rows={5} required />
      <TextArea {...common("integrationSupport")} label={t("integrationSupport")} rows={3} required />
      <TextArea {...common("howToJoin")} label={t("howToJoin")} rows={3} required />
      <TextArea {...common("scheduleNote")} label={t("scheduleNote")} rows={2} />
      <TextField {...common("costNote")} label={t("costNote")} />
      <TextArea {...common("easySummary")} label={t("easySummary")} rows={3} />
      <div>
        <SubmitButton pending={submit.pending}>{tt("save")}</SubmitButton>
      </div>
    </form>
  );
}
