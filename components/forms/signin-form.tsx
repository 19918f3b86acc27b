"use client";
import { useForm } from "@conform-to/react";
import { parseForm } from "@/lib/validation/parse-form";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { signInSchema } from "@/lib/validation/signin";
import { SubmitButton, TextField } from "./fields";
import { FormStatus } from "./messages";
import { useEnhancedSubmit } from "./use-enhanced-submit";

export function SignInForm({ action, callbackUrl }: { action: (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>; callbackUrl?: string }) {
  const t = useTranslations("SignInPage");
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form] = useForm({
    id: "signin-form",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseForm(formData, signInSchema),
  });
  const submit = useEnhancedSubmit(form.onSubmit, formAction);
  const initial = (form.initialValue ?? {}) as Record<string, unknown>;
  return (
    <form id={form.id} action={formAction} onSubmit={submit.onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      <FormStatus errors={form.errors} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <TextField formId={form.id} name="email" type="email" label={t("email")} hint={t("emailHint")} errors={form.allErrors.email} defaultValue={initial.email} required autoComplete="email" inputMode="email" />
      <div>
        <SubmitButton pending={submit.pending}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
