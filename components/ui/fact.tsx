import type { ReactNode } from "react";

/** One labelled fact in a definition list. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-brand-100 py-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
