"use client";

import { useSyncExternalStore } from "react";

const noop = () => () => {};

// Printing needs JavaScript only for the button; the browser's own Print (Ctrl+P) gives the same sheet.
export function PrintButton({ label }: { label: string }) {
  const ready = useSyncExternalStore(noop, () => true, () => false);
  if (!ready) return null;
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
      {label}
    </button>
  );
}
