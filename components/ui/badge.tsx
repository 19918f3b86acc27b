import type { ReactNode } from "react";

const TONES = {
  positive: "border-green-700 bg-green-50 text-green-900",
  neutral: "border-slate-500 bg-slate-50 text-slate-800",
  warning: "border-amber-700 bg-amber-50 text-amber-900",
} as const;

export function Badge({ tone, children }: { tone: keyof typeof TONES; children: ReactNode }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm ${TONES[tone]}`}>{children}</span>;
}
