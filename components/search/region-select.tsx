"use client";

/** Code, name and number of results. A tuple: nineteen of them travel in the payload. */
export type RegionOption = [code: string, name: string, count: number];

type Props = { label: string; anyLabel: string; selected: string; regions: RegionOption[] };

/**
 * The region filter. A client component only so that the component payload carries the regions
 * as data rather than as nineteen <option> elements (docs/decisions/019, as FilterOptions); the
 * select is in the server-rendered HTML all the same and works without JavaScript.
 */
export function RegionSelect({ label, anyLabel, selected, regions }: Props) {
  return (
    <>
      <label htmlFor="f-region" className="mt-2 text-sm font-medium">
        {label}
      </label>
      <select id="f-region" name="region" defaultValue={selected} className="w-full min-w-0 rounded border border-muted bg-white px-2 py-1.5">
        <option value="">{anyLabel}</option>
        {regions.map(([code, name, count]) => (
          <option key={code} value={code}>
            {`${name} (${count})`}
          </option>
        ))}
      </select>
    </>
  );
}
