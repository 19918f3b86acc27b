"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { SubmitButton } from "@/components/forms/submit-button";

// One click among a few answers ("room / waiting list / full", "fixed / still correct / ended"):
// one form, one submit button per answer. Works without JavaScript; the outcome is announced.
// Its errors arrive in words from the action (ActionResult.errorTexts), so the public notice
// page, where members set the capacity, loads no message catalogue (docs/decisions/018).
export function ChoiceButtons({
  action,
  fields,
  name,
  legend,
  choices,
  current,
}: {
  action: (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;
  fields: Record<string, string>;
  name: string;
  legend: string;
  choices: { value: string; label: string }[];
  current?: string | null;
}) {
  const [state, formAction] = useActionState(action, undefined);
  const errors = state?.error ? Object.values(state.error).flat().filter((e): e is string => typeof e === "string") : [];
  return (
    <form action={formAction}>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-semibold">{legend}</legend>
        {Object.entries(fields).map(([field, value]) => (
          <input key={field} type="hidden" name={field} value={value} />
        ))}
        <div className="flex flex-wrap gap-2">
          {choices.map((choice) => (
            <SubmitButton key={choice.value} name={name} value={choice.value} tone={current === choice.value ? "primary" : "secondary"}>
              {choice.label}
            </SubmitButton>
          ))}
        </div>
      </fieldset>
      <div role="status" aria-live="polite">
        {errors.length > 0 ? <p className="font-semibold text-red-800">{errors.map((code) => state?.errorTexts?.[code] ?? "").join(" ")}</p> : state?.httpStatus === 200 && state.notice ? <p className="text-green-900">{state.notice}</p> : null}
      </div>
    </form>
  );
}
