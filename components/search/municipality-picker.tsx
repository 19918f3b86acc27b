"use client";

import { useEffect, useRef, useState } from "react";

export type MunicipalityChoice = { code: string; label: string; count: number };

/**
 * A municipality the type-ahead offers: its code, its name in the reader's language, then its
 * other official names. A tuple, since the list is in the component payload (docs/decisions/019).
 */
export type MunicipalitySuggestion = [code: string, label: string, ...otherNames: string[]];

type Props = {
  /** The municipalities of the URL (resolved by the server), in the URL's order. */
  selected: MunicipalityChoice[];
  labels: { first: string; add: string; hint: string; remove: string };
  /** The type-ahead's suggestions, each name once. */
  suggestions: MunicipalitySuggestion[];
};

function fold(text: string): string {
  return text.trim().toLocaleLowerCase("fi").normalize("NFD").replace(/\p{M}/gu, "");
}

/** The municipality a name stands for, among the suggestions. */
function lookUp(suggestions: MunicipalitySuggestion[], name: string): { code: string; label: string } | undefined {
  const wanted = fold(name);
  if (!wanted) return undefined;
  const found = suggestions.find(([, ...names]) => names.some((n) => fold(n) === wanted));
  return found && { code: found[0], label: found[1] };
}

/**
 * One multi-select for municipalities: the chosen ones are chips (each a checked checkbox named
 * "municipality" with the code as its value: unticking removes it), and a type-ahead field adds
 * one more. The field never holds a code: a recognised name becomes a chip at once, and the form
 * applies; a name it does not know is sent as typed (the server resolves Finnish and Swedish
 * names, or says it did not recognise it), which is also how it works without JavaScript.
 * The page renders this with a key made of the URL's codes, so its state is always the URL's.
 * The suggestions' list is rendered once the field has focus: eighty options fewer to parse and
 * hydrate on every search page (without JavaScript the field takes a typed name all the same).
 */
export function MunicipalityPicker({ selected, labels, suggestions }: Props) {
  const [chosen, setChosen] = useState(selected);
  const [text, setText] = useState("");
  const [suggesting, setSuggesting] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const submitAfterRender = useRef(false);

  // Focused before the scripts ran (a slow phone): the suggestions are wanted already.
  useEffect(() => {
    if (document.activeElement === input.current) setSuggesting(true);
  }, []);

  useEffect(() => {
    if (!submitAfterRender.current) return;
    submitAfterRender.current = false;
    input.current?.form?.requestSubmit();
  }, [chosen]);

  function add(value: string): boolean {
    const option = lookUp(suggestions, value);
    if (!option) return false;
    setText("");
    if (chosen.some((c) => c.code === option.code)) return true;
    submitAfterRender.current = true;
    setChosen([...chosen, { code: option.code, label: option.label, count: 0 }]);
    return true;
  }

  return (
    <div className="flex flex-col gap-2" data-municipality-picker>
      {chosen.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-describedby="f-municipality-remove">
          {chosen.map((c) => (
            <li key={c.code}>
              <label
                htmlFor={`f-municipality-${c.code}`}
                className="inline-flex min-h-8 cursor-pointer items-center gap-2 rounded-full border border-brand-600 bg-brand-50 py-1 ps-2 pe-3 text-brand-900 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-700"
                data-chip={c.code}
              >
                <input
                  id={`f-municipality-${c.code}`}
                  type="checkbox"
                  name="municipality"
                  value={c.code}
                  checked
                  data-sync="off"
                  onChange={() => {
                    // The form applies the change; focus goes on to the field, since this chip leaves.
                    setChosen(chosen.filter((x) => x.code !== c.code));
                    input.current?.focus();
                  }}
                  className="size-4 accent-brand-700"
                />
                <span>
                  {c.label}
                  {c.count > 0 && (
                    <span className="text-sm text-muted">
                      {" "}
                      (<bdi>{c.count}</bdi>)
                    </span>
                  )}
                </span>
                <span aria-hidden="true">×</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {chosen.length > 0 && (
        <p id="f-municipality-remove" className="sr-only">
          {labels.remove}
        </p>
      )}
      <label htmlFor="f-municipality-new" className="text-sm font-medium">
        {chosen.length > 0 ? labels.add : labels.first}
      </label>
      <input
        ref={input}
        id="f-municipality-new"
        type="text"
        name="municipality"
        list="municipality-names"
        autoComplete="off"
        maxLength={60}
        value={text}
        data-sync="off"
        aria-describedby="f-municipality-hint"
        onFocus={() => setSuggesting(true)}
        onChange={(event) => {
          const value = event.target.value;
          // A name picked from the suggestions is added at once; a typed one on Enter (typing
          // "Kemi" may be on its way to "Kemijärvi").
          const inputType = (event.nativeEvent as InputEvent).inputType;
          const picked = inputType === undefined || inputType === "insertReplacementText";
          if (!(picked && add(value))) setText(value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter" && add(text)) event.preventDefault();
        }}
        className="w-full min-w-0 rounded border border-muted px-2 py-1.5"
      />
      <p id="f-municipality-hint" className="text-sm text-muted">
        {labels.hint}
      </p>
      {suggesting && (
        <datalist id="municipality-names">
          {suggestions.flatMap(([code, ...names]) => names.map((name) => <option key={`${code}${name}`} value={name} />))}
        </datalist>
      )}
    </div>
  );
}
