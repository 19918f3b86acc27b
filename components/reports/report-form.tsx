"use client";
import { useForm } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action";
import type { reportSchema } from "@/lib/validation/report";
import { REPORT_REASONS } from "@/lib/reference/vocabulary";
import { ChoiceGroup, SubmitButton, TextArea, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/messages";
import { useEnhancedSubmit } from "@/components/forms/use-enhanced-submit";

// "Report a problem" with a notice, on its own page (app/[locale]/activities/[id]/report; the
// notice links there, so the notice page loads no form code): no account needed; works without
// JavaScript (the server action answers with the same page). The honeypot field is display:none, so people and
// assistive technology never meet it; bots that fill every field are thanked and ignored.
// Validated on the server only (lib/validation/report.ts through the action): checking in the
// browser too would ship zod and the schemas to every notice page (docs/decisions/018).
export function ReportForm({ action, activityId, messageMax }: { action: (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>; activityId: string; messageMax: number }) {
  const t = useTranslations("ReportForm");
  const tEnum = useTranslations("Enums");
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useForm<z.input<typeof reportSchema>>({
    id: "report-form",
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const submit = useEnhancedSubmit(form.onSubmit, formAction);
  const done = lastResult?.httpStatus === 200;
  const initial = (form.initialValue ?? {}) as Record<string, unknown>;
  const fieldErrorCount = Object.entries(form.allErrors).filter(([name]) => name !== "").length;
  return (
    <div className="rounded-lg border border-brand-100 p-4" data-testid="report-problem">
      {done ? (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3 text-green-900">
          {lastResult.notice ?? t("thanks")}
        </p>
      ) : (
        <form id={form.id} action={formAction} onSubmit={submit.onSubmit} noValidate className="flex max-w-xl flex-col gap-4">
          <p className="text-sm">{t("lead")}</p>
          <FormStatus errors={form.errors} fieldErrorCount={form.errors?.length ? 0 : fieldErrorCount} />
          <input type="hidden" name="activityId" value={activityId} />
          <ChoiceGroup
            formId={form.id}
            name="reason"
            type="radio"
            label={t("reason")}
            required
            errors={fields.reason.errors}
            defaultValue={initial.reason}
            options={REPORT_REASONS.map((value) => ({ value, label: tEnum(`reportReason.${value}`) }))}
          />
          <TextArea formId={form.id} name="message" label={t("message")} hint={t("messageHint", { max: messageMax })} errors={fields.message.errors} defaultValue={initial.message} rows={3} />
          <TextField formId={form.id} name="email" type="email" label={t("email")} hint={t("emailHint")} errors={fields.email.errors} defaultValue={initial.email} autoComplete="email" inputMode="email" />
          <div className="hidden">
            <label htmlFor="report-form-website">{t("honeypot")}</label>
            <input id="report-form-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
          </div>
          <div>
            <SubmitButton pending={submit.pending}>{t("submit")}</SubmitButton>
          </div>
        </form>
      )}
    </div>
  );
}
