"use client";
import { useForm } from "@conform-to/react";
import { parseForm } from "@/lib/validation/parse-form";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { moderationDecisionSchema } from "@/lib/validation/moderation";
import { SubmitButton, TextArea } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/messages";
import { useEnhancedSubmit } from "@/components/forms/use-enhanced-submit";

export function DecisionForm({ activityId, version, action }: { activityId: string; version: number; action: (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult> }) {
  const t = useTranslations("Moderation");
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form] = useForm({
    id: "decision-form",
    lastResult,
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseForm(formData, moderationDecisionSchema),
  });
  const submit = useEnhancedSubmit(form.onSubmit, formAction);
  const initial = (form.initialValue ?? {}) as Record<string, unknown>;
  return (
    <form id={form.id} action={formAction} onSubmit={submit.onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      <FormStatus errors={form.errors} />
      <input type="hidden" name="activityId" value={activityId} />
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
