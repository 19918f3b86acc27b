"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { SubmitButton } from "./fields";
import { useErrorText } from "./messages";

// One button that runs a server action with a few hidden fields (archive, delete, restore,
// trust, remove member...). Works without JavaScript; shows the outcome next to the button.
export function ActionButton({
  action,
  fields,
  label,
  tone = "secondary",
  doneText,
  hint,
}: {
  action: (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;
  fields: Record<string, string>;
  label: string;
  tone?: "primary" | "secondary" | "danger";
  doneText?: string;
  hint?: string;
}) {
  const [state, formAction] = useActionState(action, undefined);
  const text = useErrorText();
  const errors = state?.error ? Object.values(state.error).flat().filter((e): e is string => typeof e === "string") : [];
  return (
    <form action={formAction} className="flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <SubmitButton tone={tone}>{label}</SubmitButton>
      </div>
      {hint && <p className="text-sm text-muted">{hint}</p>}
      <div role="status" aria-live="polite">
        {errors.length > 0 ? <p className="font-semibold text-red-800">{errors.map(text).join(" ")}</p> : state?.httpStatus === 200 && (state.notice ?? doneText) ? <p className="text-green-900">{state.notice ?? doneText}</p> : null}
      </div>
    </form>
  );
}
