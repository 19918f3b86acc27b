"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { SubmitButton, TextArea } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/messages";

// A moderator's decision on submitted news: publish, or return with feedback (required then).
export function NewsDecisionForm({ action, newsId }: { action: (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>; newsId: string }) {
  const t = useTranslations("News");
  const [state, formAction] = useActionState(action, undefined);
  const formId = `news-decision-${newsId}`;
  const feedbackErrors = state?.error?.feedback?.filter((e): e is string => typeof e === "string");
  if (state?.httpStatus === 200) return <p role="status" className="text-green-900">{state.notice}</p>;
  return (
    <form id={formId} action={formAction} className="flex flex-col gap-3">
      <FormStatus errors={state?.error?.[""]?.filter((e): e is string => typeof e === "string")} />
      <input type="hidden" name="newsId" value={newsId} />
      <TextArea formId={formId} name="feedback" label={t("feedbackLabel")} rows={3} errors={feedbackErrors} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="decision" value="approve">
          {t("approve")}
        </SubmitButton>
        <SubmitButton name="decision" value="reject" tone="secondary">
          {t("reject")}
        </SubmitButton>
      </div>
    </form>
  );
}
