"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, type MouseEvent } from "react";
import { useErrorText } from "./messages";

export type SummaryError = { id: string; label: string; errors: string[] };

/** Focuses a field by id: its own control, or the first named control of a group (not a filter box); opens a <details> around it. */
export function focusField(id: string) {
  const target = document.getElementById(id);
  if (!target) return false;
  const control = target.matches("input, select, textarea") ? target : (target.querySelector<HTMLElement>("input[name]:not([type=hidden]), select[name], textarea[name]") ?? target);
  for (let details = control.closest("details"); details; details = details.parentElement?.closest("details") ?? null) details.open = true;
  control.focus({ preventScroll: true });
  // The label and hint above the control are what the reader needs to see.
  (target.closest("fieldset, div") ?? target).scrollIntoView({ block: "start" });
  return true;
}

/**
 * The GOV.UK error summary: on a failed submit, a box at the top of the form that takes the
 * focus and lists every error as a link to its field. The errors also stay next to the fields.
 * Without JavaScript the page comes back with the same box (role="alert") and working links.
 */
export function ErrorSummary({ errors, formErrors, focusKey }: { errors: SummaryError[]; formErrors?: string[]; focusKey: number }) {
  const t = useTranslations("Validation");
  const text = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  const count = errors.length;
  const shown = count > 0 || !!formErrors?.length;
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  if (!shown) return null;
  const follow = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (focusField(id)) event.preventDefault();
  };
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded border-4 border-red-700 bg-red-50 p-4 text-red-950 focus:outline-4 focus:outline-offset-2 focus:outline-red-900">
      <h2 id="error-summary-title" className="text-xl font-bold">
        {t("errorSummaryTitle")}
      </h2>
      {formErrors?.length ? <p className="font-semibold">{formErrors.map(text).join(" ")}</p> : null}
      {count > 0 && (
        <>
          <p>{t("errorSummary", { count })}</p>
          <ul className="mt-2 flex list-disc flex-col gap-1 ps-6">
            {errors.map((error) => (
              <li key={error.id}>
                <a href={`#${error.id}`} onClick={follow(error.id)} className="font-semibold text-red-900 underline">
                  {error.label}: {error.errors.map(text).join(" ")}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
