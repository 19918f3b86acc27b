"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { SubmitButton, type Option } from "@/components/forms/fields";
import { useErrorText } from "@/components/forms/messages";

export function RoleForm({ userId, email, role, roles, action }: { userId: string; email: string; role: string; roles: Option[]; action: (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult> }) {
  const t = useTranslations("Moderation");
  const text = useErrorText();
  const [state, formAction] = useActionState(action, undefined);
  const errors = state?.error ? Object.values(state.error).flat().filter((e): e is string => typeof e === "string") : [];
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label>
        <span className="sr-only">{t("roleFor", { email })}</span>
        <select name="role" defaultValue={role} className="rounded border border-slate-500 bg-white px-2 py-1">
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <SubmitButton tone="secondary">{t("setRole")}</SubmitButton>
      <span role="status" aria-live="polite" className="font-semibold text-red-800">
        {errors.map(text).join(" ")}
      </span>
    </form>
  );
}
