"use client";

import { useEffect, useRef, type ReactNode } from "react";

type Props = { summary: string; showResults: string; children: ReactNode };

const WIDE = "(min-width: 64rem)";

/**
 * The filters. On small screens they sit behind a "Filters (n)" toggle, closed, so the results
 * come first; inside, a sticky "Show N results" closes the panel and moves to the results. On
 * wide screens the panel is always open beside the results (CSS shows its content even before
 * this script runs, and without JavaScript: app/globals.css, [data-filter-panel]).
 */
export function FilterPanel({ summary, showResults, children }: Props) {
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const element = details.current;
    if (!element) return;
    const wide = window.matchMedia(WIDE);
    const sync = () => {
      if (wide.matches) element.open = true;
    };
    sync();
    wide.addEventListener("change", sync);
    return () => wide.removeEventListener("change", sync);
  }, []);

  return (
    <details ref={details} data-filter-panel className="rounded-lg border border-brand-100 bg-white">
      <summary className="group flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 px-4 py-2 text-lg font-semibold lg:hidden [&::-webkit-details-marker]:hidden">
        <span>{summary}</span>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0 transition-transform [details[open]_&]:rotate-180" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="m6 9 6 6 6-6" />
        </svg>
      </summary>
      <div className="flex flex-col gap-6 px-4 pb-0 pt-2 lg:pt-4">
        {children}
        <div className="sticky bottom-0 -mx-4 border-t border-brand-100 bg-white px-4 py-3">
          <button
            type="submit"
            data-show-results
            onClick={() => {
              // The form applies (onSubmit); on a phone the panel closes and the results take its place.
              if (window.matchMedia(WIDE).matches || !details.current) return;
              details.current.open = false;
              const results = document.getElementById("results");
              results?.scrollIntoView({ block: "start" });
              results?.focus({ preventScroll: true });
            }}
            className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {showResults}
          </button>
        </div>
      </div>
    </details>
  );
}
