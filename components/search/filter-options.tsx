"use client";

// A client component only so that the component payload carries each value as data ({ value,
// label, count }, about 40 bytes) rather than as the rendered rows (about 250 bytes): the rows are
// in the server-rendered HTML all the same, and the form works without JavaScript
// (docs/decisions/019, measured).

type Option = { value: string; label: string; count: number | undefined };

type Props = {
  legend: string;
  hint?: string;
  name: string;
  type?: "checkbox" | "radio";
  options: Option[];
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
      {options.map((option) => {
        const checked = selected.includes(option.value);
        const empty = !checked && option.count === 0;
        // Only what is true is written: false attributes would be sent as props all the same.
        return (
          <label key={option.value}>
            <input type={type} name={name} value={option.value} {...(checked && { defaultChecked: true })} {...(empty && { disabled: true })} />
            {/* The name and its count are the row's grid cells, without a wrapper (.option-group):
                ninety rows are hydrated on every search page. */}
            {option.count === undefined ? (
              option.label
            ) : (
              <>
                {`${option.label} `}
                <small>
                  {empty ? (
                    <>
                      ({option.count}
                      <span className="sr-only">, {zeroLabel}</span>)
                    </>
                  ) : (
                    `(${option.count})`
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
