"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { filterOptions, type PickerOption } from "@/lib/reference/pickers";
import { Chips } from "./chips";
import { describedBy, Hint, idOf, inputClass, Label, SelectField, type FieldProps } from "./fields";
import { FieldErrors } from "./messages";
import { useHydrated } from "./use-hydrated";

export type RegionOption = PickerOption & { codes: string[] };

type Props = FieldProps & {
  options: PickerOption[];
  /** Shortcuts: a region adds all its municipalities at once. */
  regions?: RegionOption[];
  defaultValue?: unknown;
  /** The hint for the type-ahead; `hint` serves the plain multiple select without JavaScript. */
  pickerHint?: string;
};

const MAX_SHOWN = 8;

/**
 * Several municipalities under one name. Without JavaScript a multiple <select> (which works
 * everywhere); with JavaScript a type-ahead combobox over the 309 municipalities by their
 * Finnish or Swedish name, region shortcuts, and the chosen places as chips that can be removed.
 * The chosen codes travel as hidden inputs of the same name, so the server sees no difference.
 */
export function MunicipalityPicker(props: Props) {
  const t = useTranslations("Pickers");
  const hydrated = useHydrated();
  const id = idOf(props.formId, props.name);
  const initial = Array.isArray(props.defaultValue) ? props.defaultValue.map(String) : typeof props.defaultValue === "string" && props.defaultValue ? [props.defaultValue] : [];
  const [chosen, setChosen] = useState<string[]>(initial);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const changed = useRef(false);

  // Tell the form a value changed (checklist, preview and autosave listen for input events).
  useEffect(() => {
    if (!changed.current) return;
    changed.current = false;
    inputRef.current?.dispatchEvent(new Event("input", { bubbles: true }));
  }, [chosen]);

  if (!hydrated) {
    return <SelectField {...props} options={props.options} defaultValue={initial} multiple size={6} />;
  }

  const typed = query.trim() !== "";
  const regionHits = typed ? filterOptions(props.regions ?? [], query).slice(0, 2) : [];
  const placeHits = typed ? filterOptions(props.options, query).filter((o) => !chosen.includes(o.value)) : [];
  const hits: (PickerOption & { codes?: string[] })[] = [...placeHits.slice(0, MAX_SHOWN), ...regionHits];
  const expanded = open && typed;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const choose = (hit: PickerOption & { codes?: string[] }) => {
    const codes = hit.codes ?? [hit.value];
    changed.current = true;
    setChosen((current) => [...current, ...codes.filter((code) => !current.includes(code))]);
    setQuery("");
    setActive(0);
    inputRef.current?.focus();
  };

  return (
    <div className="flex flex-col">
      <Label id={id} label={props.label} required={props.required} />
      <Hint id={id} hint={props.pickerHint ?? props.hint} />
      {chosen.map((code) => (
        <input key={code} type="hidden" name={props.name} value={code} />
      ))}
      <Chips
        label={t("chosenPlaces")}
        items={props.options.filter((o) => chosen.includes(o.value))}
        onRemove={(value) => {
          changed.current = true;
          setChosen((current) => current.filter((code) => code !== value));
          inputRef.current?.focus();
        }}
      />
      <div className="relative max-w-md">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && hits[active] ? optionId(active) : undefined}
          aria-invalid={props.errors?.length ? true : undefined}
          aria-describedby={[describedBy(id, props.pickerHint ?? props.hint, props.errors), `${id}-count`].filter(Boolean).join(" ")}
          autoComplete="off"
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setActive(0);
            setOpen(true);
          }}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown" && hits.length) {
              event.preventDefault();
              setOpen(true);
              setActive((i) => (i + 1) % hits.length);
            } else if (event.key === "ArrowUp" && hits.length) {
              event.preventDefault();
              setActive((i) => (i - 1 + hits.length) % hits.length);
            } else if (event.key === "Enter") {
              event.preventDefault(); // Enter chooses; it never sends the form
              if (expanded && hits[active]) choose(hits[active]);
            } else if (event.key === "Escape") {
              setOpen(false);
            }
          }}
          className={inputClass}
        />
        <ul id={listId} role="listbox" aria-label={props.label} hidden={!expanded || hits.length === 0} className="absolute inset-x-0 z-10 mt-1 max-h-80 overflow-auto rounded border border-slate-500 bg-white shadow-lg">
          {hits.map((hit, i) => (
            <li
              key={hit.value}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(event) => event.preventDefault()} // keep focus in the input
              onClick={() => choose(hit)}
              className={`cursor-pointer px-3 py-2 ${i === active ? "bg-brand-100 font-semibold" : ""}`}
            >
              {hit.codes ? t("wholeRegion", { name: hit.label, count: hit.codes.length }) : hit.label}
              {!hit.codes && hit.aliases?.[0] && hit.aliases[0] !== hit.label && <span className="text-sm text-muted"> ({hit.aliases[0]})</span>}
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-count`} aria-live="polite" className="text-sm text-muted">
        {typed ? (hits.length ? t("matches", { count: hits.length }) : t("noMatches")) : t("chosenCount", { count: chosen.length })}
      </p>
      <FieldErrors id={`${id}-error`} errors={props.errors} />
    </div>
  );
}
