"use client";
import { useForm } from "@conform-to/react";
import { parseForm } from "@/lib/validation/parse-form";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { translationSchema } from "@/lib/validation/notice";
import { newsTranslationSchema } from "@/lib/validation/news";
import { SelectField, SubmitButton, TextArea, TextField, type Option } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/messages";
import { useEnhancedSubmit } from "@/components/forms/use-enhanced-submit";

// The texts of a record in one more language, for notices and news alike: the page says which
// record (kind, its id field), which fields and their labels; the form only knows the schemas
// (a zod schema cannot travel from a server component). Works without JavaScript.

const KINDS = {
  notice: { schema: translationSchema, idName: "activityId", languageName: "locale" },
  news: { schema: newsTranslationSchema, idName: "newsId", languageName: "language" },
} as const;

export type TranslationField = { name: string; label: string; hint?: string; rows?: number; required?: boolean };

export function TranslationForm({
  kind,
  action,
  recordId,
  defaultValue,
  languages,
  fields,
  labels,
}: {
  kind: keyof typeof KINDS;
  action: (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;
  recordId: string;
  defaultValue: Record<string, unknown>;
  languages: Option[];
  /** Text fields in order; rows = a multi-line field. */
  fields: TranslationField[];
  labels: { language: string; chooseLanguage: string; save: string };
}) {
  const { schema, idName, languageName } = KINDS[kind];
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form] = useForm({
    id: `${kind}-translation-form`,
    lastResult,
    defaultValue: defaultValue as never,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseForm(formData, schema),
  });
  const submit = useEnhancedSubmit(form.onSubmit, formAction);
  const initial = (form.initialValue ?? defaultValue) as Record<string, unknown>;
  const common = (name: string) => ({ formId: form.id, name, errors: form.allErrors[name], defaultValue: initial[name] });
  return (
    <form id={form.id} action={formAction} onSubmit={submit.onSubmit} noValidate className="flex max-w-2xl flex-col gap-5">
      <FormStatus errors={form.errors} notice={lastResult?.notice} />
      <input type="hidden" name={idName} value={recordId} />
      <SelectField {...common(languageName)} label={labels.language} placeholder={labels.chooseLanguage} options={languages} required />
      {fields.map((field) =>
        field.rows ? (
          <TextArea key={field.name} {...common(field.name)} label={field.label} hint={field.hint} rows={field.rows} required={field.required} />
        ) : (
          <TextField key={field.name} {...common(field.name)} label={field.label} hint={field.hint} required={field.required} />
        ),
      )}
      <div>
        <SubmitButton pending={submit.pending}>{labels.save}</SubmitButton>
      </div>
    </form>
  );
}
