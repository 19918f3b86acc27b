"use client";
import { useTranslations } from "next-intl";
import { errorText } from "@/lib/i18n/error-text";

/** A "key" or "key|arg" from lib/validation or an AppError, in the user's language. */
export function useErrorText() {
  const t = useTranslations("Validation");
  return (raw: string): string => errorText(t, raw);
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  const text = useErrorText();
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 font-semibold text-red-800">
      {errors.map(text).join(" ")}
    </p>
  );
}

/** Errors that belong to no field, and the success notice, announced to screen readers. */
export function FormStatus({ errors, notice, fieldErrorCount = 0 }: { errors?: string[]; notice?: string; fieldErrorCount?: number }) {
  const text = useErrorText();
  const t = useTranslations("Validation");
  return (
    <div aria-live="polite" role="status" className="empty:hidden">
      {errors?.length ? (
        <p role="alert" className="rounded border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          {errors.map(text).join(" ")}
        </p>
      ) : fieldErrorCount > 0 ? (
        <p role="alert" className="rounded border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          {t("errorSummary", { count: fieldErrorCount })}
        </p>
      ) : notice ? (
        <p className="rounded border-2 border-green-700 bg-green-50 p-3 text-green-900">{notice}</p>
      ) : null}
    </div>
  );
}
