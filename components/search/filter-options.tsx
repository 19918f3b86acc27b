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
 * list does not jump around as filters change.
 */
export function FilterOptions({ legend, hint, name, type = "checkbox", options, selected, zeroLabel }: Props) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset className="flex min-w-0 flex-col gap-1" aria-describedby={hintId}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {hint && (
        <p id={hintId} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      )}
      {options.map((option) => {
        const id = `f-${name}-${option.value}`;
        const checked = selected.includes(option.value);
        const empty = !checked && option.count === 0;
        return (
          <div key={option.value} className="flex min-h-6 items-center gap-2">
            <input
              id={id}
              type={type}
              name={name}
              value={option.value}
              defaultChecked={checked}
              disabled={empty}
              className="size-4 accent-brand-700"
            />
            <label htmlFor={id} className={empty ? "text-muted" : undefined}>
              {option.label}{" "}
              {option.count !== undefined && (
                <span className="text-sm text-muted">
                  (<bdi>{option.count}</bdi>
                  {empty && <span className="sr-only">, {zeroLabel}</span>})
                </span>
              )}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
