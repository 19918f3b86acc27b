"use client";
import { useForm } from "@conform-to/react";
import { parseForm } from "@/lib/validation/parse-form";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { NEWS_CATEGORIES } from "@/lib/news/categories";
import { newsEditSchema, newsSchema } from "@/lib/validation/news";
import { ChoiceGroup, SelectField, SubmitButton, TextArea, TextField, type Option } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/messages";
import { useEnhancedSubmit } from "@/components/forms/use-enhanced-submit";

type Action = (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;

// Writing news: members send it for review in their organisation's name; moderators may also
// publish in the service's own name (no organisation). Works without JavaScript. With `edit`
// it changes existing news: the record keeps its organisation, and a member's change goes to
// review again (the button says so).
export function NewsForm(props: {
  action: Action;
  organisations: Option[];
  moderator: boolean;
  languages: Option[];
  regions: Option[];
  locale: string;
  edit?: { newsId: string; defaultValue: Record<string, unknown> };
}) {
  const t = useTranslations("News");
  const [lastResult, formAction] = useActionState(props.action, undefined);
  const [form, fields] = useForm({
    id: props.edit ? "news-edit-form" : "news-form",
    lastResult,
    defaultValue: props.edit?.defaultValue as never,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseForm(formData, props.edit ? newsEditSchema : newsSchema),
  });
  const submit = useEnhancedSubmit(form.onSubmit, formAction);
  const initial = (form.initialValue ?? {}) as Record<string, unknown>;
  const fieldErrorCount = Object.entries(form.allErrors).filter(([name]) => name !== "").length;
  const common = (name: keyof typeof fields) => ({ formId: form.id, name, errors: fields[name].errors, defaultValue: initial[name] });
  return (
    <form id={form.id} action={formAction} onSubmit={submit.onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      <FormStatus errors={form.errors} notice={lastResult?.notice} fieldErrorCount={form.errors?.length ? 0 : fieldErrorCount} />
      {props.edit && <input type="hidden" name="newsId" value={props.edit.newsId} />}
      {!props.edit && (
        <SelectField
          {...common("organisationId")}
          label={t("formOrganisation")}
          required={!props.moderator}
          placeholder={props.moderator ? t("formOrganisationNone") : ""}
          options={props.organisations}
          defaultValue={initial.organisationId ?? (props.moderator ? "" : props.organisations[0]?.value)}
        />
      )}
      <SelectField {...common("language")} label={t("formLanguage")} required options={props.languages} defaultValue={initial.language ?? props.locale} />
      <ChoiceGroup {...common("category")} type="radio" label={t("category")} required options={NEWS_CATEGORIES.map((value) => ({ value, label: t(`categories.${value}`) }))} />
      <TextField {...common("title")} label={t("formHeading")} required maxLength={160} />
      <TextArea {...common("lead")} label={t("formLead")} hint={t("formLeadHint")} rows={2} required />
      <TextArea {...common("body")} label={t("formBody")} hint={t("formBodyHint")} rows={10} required />
      <ChoiceGroup {...common("regions")} type="checkbox" columns label={t("formRegions")} hint={t("formRegionsHint")} options={props.regions} />
      <TextField {...common("validUntil")} type="date" label={t("formValidUntil")} hint={t("formValidUntilHint")} />
      <div>
        <SubmitButton pending={submit.pending}>{props.edit ? (props.moderator ? t("edit.save") : t("edit.saveForReview")) : props.moderator ? t("publish") : t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
