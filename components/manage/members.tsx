"use client";
import { useForm } from "@conform-to/react";
import { parseForm } from "@/lib/validation/parse-form";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { inviteMemberSchema } from "@/lib/validation/organisation";
import { SelectField, SubmitButton, TextField, type Option } from "@/components/forms/fields";
import { FormStatus, useErrorText } from "@/components/forms/messages";
import { useEnhancedSubmit } from "@/components/forms/use-enhanced-submit";
import { ActionButton } from "@/components/forms/action-button";

type Action = (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;

export function InviteMemberForm({ organisationId, action, roles }: { organisationId: string; action: Action; roles: Option[] }) {
  const t = useTranslations("Members");
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form] = useForm({
    id: "invite-form",
    lastResult,
    defaultValue: { role: "EDITOR" } as never,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseForm(formData, inviteMemberSchema),
  });
  const submit = useEnhancedSubmit(form.onSubmit, formAction);
  return (
    <form id={form.id} action={formAction} onSubmit={submit.onSubmit} noValidate className="flex max-w-xl flex-col gap-4">
      <FormStatus errors={form.errors} notice={lastResult?.notice} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField formId={form.id} name="email" type="email" label={t("email")} hint={t("inviteHint")} errors={form.allErrors.email} required inputMode="email" />
      <SelectField formId={form.id} name="role" label={t("role")} options={roles} defaultValue="EDITOR" errors={form.allErrors.role} />
      <div>
        <SubmitButton pending={submit.pending}>{t("invite")}</SubmitButton>
      </div>
    </form>
  );
}

export function MemberRoleForm({ organisationId, userId, email, role, action, roles }: { organisationId: string; userId: string; email: string; role: string; action: Action; roles: Option[] }) {
  const t = useTranslations("Members");
  const text = useErrorText();
  const [state, formAction] = useActionState(action, undefined);
  const errors = state?.error ? Object.values(state.error).flat().filter((e): e is string => typeof e === "string") : [];
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="userId" value={userId} />
      <label className="flex flex-col text-sm">
        <span className="sr-only">{t("roleFor", { email })}</span>
        <select name="role" defaultValue={role} className="rounded border border-slate-500 bg-white px-2 py-1">
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <SubmitButton tone="secondary">{t("change")}</SubmitButton>
      <span role="status" aria-live="polite">
        {errors.length > 0 ? <span className="font-semibold text-red-800">{errors.map(text).join(" ")}</span> : state?.notice}
      </span>
    </form>
  );
}

export function RemoveMemberButton(props: { organisationId: string; userId: string; action: Action; label: string }) {
  return <ActionButton action={props.action} fields={{ organisationId: props.organisationId, userId: props.userId }} label={props.label} tone="danger" />;
}
