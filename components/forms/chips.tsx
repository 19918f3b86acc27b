"use client";
import { useTranslations } from "next-intl";

/** The chosen values of a picker, each with a button that removes it. */
export function Chips({ label, items, onRemove }: { label: string; items: { value: string; label: string }[]; onRemove: (value: string) => void }) {
  const t = useTranslations("Pickers");
  if (items.length === 0) return null;
  return (
    <ul aria-label={label} className="mt-2 flex flex-wrap gap-2">
      {items.map((item) => (
        <li key={item.value} className="flex items-center gap-1 rounded-full border border-brand-600 bg-brand-50 ps-3 pe-1 text-sm">
          <span>{item.label}</span>
          <button
            type="button"
            onClick={() => onRemove(item.value)}
            aria-label={t("remove", { name: item.label })}
            className="flex size-8 items-center justify-center rounded-full text-lg leading-none text-brand-800 hover:bg-brand-100"
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
