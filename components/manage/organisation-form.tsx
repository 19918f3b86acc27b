"use client";
import { useForm } from "@conform-to/react";
import { parseForm } from "@/lib/validation/parse-form";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { organisationSchema } from "@/lib/validation/organisation";
import { SelectField, SubmitButton, TextArea, TextField, type Option } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/messages";
import { useEnhancedSubmit } from "@/components/forms/use-enhanced-submit";

type Props = {
  action: (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;
  defaultValue: Record<string, unknown>;
  kinds: Option[];
  municipalities: Option[];
  descriptionLocales: Option[];
  submitLabel: string;
};

export function OrganisationForm({ action, defaultValue, kinds, municipalities, descriptionLocales, submitLabel }: Props) {
  const t = useTranslations("OrganisationForm");
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form] = useForm({
    id: "organisation-form",
    lastResult,
    defaultValue: defaultValue as never,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseForm(formData, organisationSchema),
  });
  const submit = useEnhancedSubmit(form.onSubmit, formAction);
  const initial = (form.initialValue ?? defaultValue) as Record<string, unknown>;
  const errorsOf = (name: string) => {
    const all = Object.entries(form.allErrors).filter(([key]) => key === name || key.startsWith(`${name}[`)).flatMap(([, value]) => value);
    return all.length ? [...new Set(all)] : undefined;
  };
  const common = (name: string) => ({ formId: form.id, name, errors: errorsOf(name), defaultValue: initial[name] });
  const fieldErrorCount = Object.keys(form.allErrors).filter((name) => name !== "").length;
  return (
    <form id={form.id} action={formAction} onSubmit={submit.onSubmit} noValidate className="flex max-w-2xl flex-col gap-5">
      <FormStatus errors={form.errors} notice={lastResult?.notice} fieldErrorCount={form.errors?.length ? 0 : fieldErrorCount} />
      {typeof defaultValue.organisationId === "string" && <input type="hidden" name="organisationId" value={defaultValue.organisationId} />}
      {typeof defaultValue.newId === "string" && <input type="hidden" name="newId" value={defaultValue.newId} />}
      <TextField {...common("name")} label={t("name")} hint={t("nameHint")} required autoComplete="organization" />
      <SelectField {...common("kind")} label={t("kind")} placeholder={t("chooseKind")} options={kinds} required />
      <TextField {...common("businessId")} label={t("businessId")} hint={t("businessIdHint")} />
      <TextField {...common("email")} type="email" label={t("email")} hint={t("emailHint")} required inputMode="email" autoComplete="email" />
      <TextField {...common("website")} type="url" label={t("website")} hint={t("websiteHint")} inputMode="url" autoComplete="url" />
      <TextField {...common("phone")} type="tel" label={t("phone")} hint={t("phoneHint")} inputMode="tel" autoComplete="tel" />
      <SelectField {...common("municipalities")} label={t("municipalities")} hint={t("municipalitiesHint")} options={municipalities} multiple size={8} required />
      <TextArea {...common("description")} label={t("description")} hint={t("descriptionHint")} rows={4} />
      <SelectField {...common("descriptionLocale")} label={t("descriptionLocale")} options={descriptionLocales} />
      <div>
        <SubmitButton pending={submit.pending}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
