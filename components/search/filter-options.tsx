"use client";

// A client component only so that the component payload carries each value as data (a tuple,
// about 25 bytes) rather than as the rendered rows (about 250 bytes): the rows are in the
// server-rendered HTML all the same, and the form works without JavaScript
// (docs/decisions/019, measured).

/** Value, label and number of results (none for "any"). A tuple: ninety of them travel in the payload. */
export type FilterOption = [value: string, label: string, count?: number];

type Props = {
  legend: string;
  hint?: string;
  name: string;
  type?: "checkbox" | "radio";
  options: FilterOption[];
  selected: string[];
  zeroLabel: string;
};

/**
 * A group of filter values with disjunctive counts. A value with no results is shown
 * disabled (unless it is selected, so it can still be cleared) rather than hidden, so the
 * list does not jump around as filters change (long lists sorted by count leave them out:
 * components/search/search-filters.tsx).
 */
export function FilterOptions({ legend, hint, name, type = "checkbox", options, selected, zeroLabel }: Props) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset className="option-group" aria-describedby={hintId}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      )}
      {options.map(([value, label, count]) => {
        const checked = selected.includes(value);
        const empty = !checked && count === 0;
        // Only what is true is written: false attributes would be sent as props all the same.
        return (
          <label key={value}>
            <input type={type} name={name} value={value} {...(checked && { defaultChecked: true })} {...(empty && { disabled: true })} />
            {/* The name and its count are the row's grid cells, without a wrapper (.option-group):
                ninety rows are hydrated on every search page. */}
            {count === undefined ? (
              label
            ) : (
              <>
                {`${label} `}
                <small>
                  {empty ? (
                    <>
                      ({count}
                      <span className="sr-only">, {zeroLabel}</span>)
                    </>
                  ) : (
                    `(${count})`
                  )}
                </small>
              </>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
