"use client";
import { useForm } from "@conform-to/react";
import { parseForm } from "@/lib/validation/parse-form";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { eventDecisionSchema } from "@/lib/validation/event";
import { moderationDecisionSchema } from "@/lib/validation/moderation";
import { SubmitButton, TextArea } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/messages";
import { useEnhancedSubmit } from "@/components/forms/use-enhanced-submit";

const KINDS = {
  activity: { formId: "decision-form", idField: "activityId", schema: moderationDecisionSchema },
  event: { formId: "event-decision-form", idField: "eventId", schema: eventDecisionSchema },
} as const;

/** The moderator's decision on a notice or an event: approve or return with feedback. */
export function DecisionForm({ kind, recordId, version, action }: { kind: keyof typeof KINDS; recordId: string; version: number; action: (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult> }) {
  const t = useTranslations("Moderation");
  const { formId, idField, schema } = KINDS[kind];
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form] = useForm({
    id: formId,
    lastResult,
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseForm(formData, schema),
  });
  const submit = useEnhancedSubmit(form.onSubmit, formAction);
  const initial = (form.initialValue ?? {}) as Record<string, unknown>;
  return (
    <form id={form.id} action={formAction} onSubmit={submit.onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      <FormStatus errors={form.errors} />
      <input type="hidden" name={idField} value={recordId} />
      {/* The version on screen: approval publishes exactly this one, or nothing. */}
      <input type="hidden" name="version" value={version} />
      <TextArea formId={form.id} name="feedback" label={t("feedback")} hint={t("feedbackHint")} rows={5} errors={form.allErrors.feedback} defaultValue={initial.feedback} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={submit.pending} name="decision" value="approve">
          {t("approve")}
        </SubmitButton>
        <SubmitButton pending={submit.pending} name="decision" value="reject" tone="danger">
          {t("reject")}
        </SubmitButton>
      </div>
    </form>
  );
}
