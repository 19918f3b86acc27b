"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { filterOptions, type PickerOption } from "@/lib/reference/pickers";
import { Chips } from "./chips";
import { GroupFieldset, idOf, type FieldProps } from "./fields";
import { useHydrated } from "./use-hydrated";

type Props = FieldProps & {
  /** The common languages, shown first, and the rest, behind "More languages". */
  options: { common: PickerOption[]; others: PickerOption[] };
  defaultValue?: unknown;
};

/**
 * Languages as checkboxes under one name: the common ones first, the others in a <details>,
 * which is all a browser without JavaScript needs. With JavaScript a filter box finds any
 * language by its name in the reader's language, its own name or its English name, and the
 * chosen ones show as chips with a remove button.
 */
export function LanguagePicker(props: Props) {
  const t = useTranslations("Pickers");
  const hydrated = useHydrated();
  const id = idOf(props.formId, props.name);
  const initial = Array.isArray(props.defaultValue) ? props.defaultValue.map(String) : typeof props.defaultValue === "string" ? [props.defaultValue] : [];
  const [chosen, setChosen] = useState<string[]>(initial);
  const [query, setQuery] = useState("");
  const [othersOpen, setOthersOpen] = useState(() => props.options.others.some((o) => initial.includes(o.value)));
  const all = [...props.options.common, ...props.options.others];
  const matches = new Set(filterOptions(all, query).map((o) => o.value));
  const filtering = query.trim() !== "";
  const othersMatching = props.options.others.filter((o) => matches.has(o.value)).length;
  const boxId = (value: string) => `${id}-${value}`;

  const box = (option: PickerOption) => (
    <label key={option.value} hidden={filtering && !matches.has(option.value)} className="flex items-center gap-2 py-1">
      <input
        id={boxId(option.value)}
        type="checkbox"
        name={props.name}
        value={option.value}
        defaultChecked={initial.includes(option.value)}
        onChange={(event) => {
          const { checked } = event.currentTarget;
          setChosen((current) => (checked ? [...current.filter((v) => v !== option.value), option.value] : current.filter((v) => v !== option.value)));
        }}
        className="size-5 accent-brand-700"
      />
      {option.label}
    </label>
  );

  return (
    <GroupFieldset {...props} id={id}>
      {hydrated && (
        <>
          <Chips
            label={t("chosen")}
            items={all.filter((o) => chosen.includes(o.value))}
            onRemove={(value) => {
              // A click on the box itself, so the form hears an ordinary change (checklist, autosave).
              document.getElementById(boxId(value))?.click();
            }}
          />
          <label htmlFor={`${id}-filter`} className="mt-2 text-sm font-semibold">
            {t("findLanguage")}
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") event.preventDefault(); // Enter in the filter never sends the form
            }}
            autoComplete="off"
            aria-describedby={`${id}-filter-count`}
            className="mt-1 w-full max-w-xs rounded border border-slate-500 px-3 py-2"
          />
          <p id={`${id}-filter-count`} aria-live="polite" className="text-sm text-muted">
            {filtering ? t("matches", { count: matches.size }) : ""}
          </p>
        </>
      )}
      <div className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">{props.options.common.map(box)}</div>
      <details
        open={othersOpen || (filtering && othersMatching > 0)}
        onToggle={(event) => setOthersOpen(event.currentTarget.open)}
        hidden={filtering && othersMatching === 0}
        className="mt-2"
      >
        <summary className="cursor-pointer py-1 font-semibold text-brand-800 underline">{t("moreLanguages", { total: props.options.others.length })}</summary>
        <div className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">{props.options.others.map(box)}</div>
      </details>
    </GroupFieldset>
  );
}
