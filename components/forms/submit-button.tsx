"use client";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/** Disabled while its form is being sent (or while `pending`), so a double click submits once. */
export function SubmitButton({ children, name, value, tone = "primary", formNoValidate, pending: sending }: { children: ReactNode; name?: string; value?: string; tone?: "primary" | "secondary" | "danger"; formNoValidate?: boolean; pending?: boolean }) {
  const status = useFormStatus();
  const pending = status.pending || !!sending;
  const tones = {
    primary: "border-brand-700 bg-brand-700 text-white hover:bg-brand-800",
    secondary: "border-brand-700 bg-white text-brand-800 hover:bg-brand-50",
    danger: "border-red-800 bg-white text-red-800 hover:bg-red-50",
  };
  return (
    <button
      type="submit"
      name={name}
      value={value}
      formNoValidate={formNoValidate}
      disabled={pending}
      aria-disabled={pending || undefined}
      className={`rounded border-2 px-4 py-2 font-semibold disabled:opacity-60 ${tones[tone]}`}
    >
      {children}
    </button>
  );
}
