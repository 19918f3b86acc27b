import { getTranslations } from "next-intl/server";
import { getReferenceData, municipalityName, regionName } from "@/lib/reference/municipalities";
import type { Facets } from "@/lib/search/engine";
import type { SearchQuery } from "@/lib/search/query";
import { FLAG_FILTERS, MASK_FILTERS, type LevelName, type ValuesName } from "@/lib/search/dimensions";
import { FilterOptions, type FilterOption } from "./filter-options";
import { FilterPanel } from "./filter-panel";
import { MunicipalityPicker, type MunicipalitySuggestion } from "./municipality-picker";
import { RegionSelect, type RegionOption } from "./region-select";
import type { searchLabels } from "./search-labels";

type Props = {
  locale: string;
  query: SearchQuery;
  facets: Facets;
  labels: Awaited<ReturnType<typeof searchLabels>>;
  activeCount: number;
  /** Results for the current filters, for the "Show N results" button. */
  total: number;
};

// The filter panel: plain form controls (the surrounding form submits by GET), each value
// with its disjunctive count.
export async function SearchFilters({ locale, query, facets, labels, activeCount, total }: Props) {
  const t = await getTranslations("Search");
  const { municipalities, regions } = await getReferenceData();
  const options = (dimension: keyof Facets, values: readonly string[]) =>
    values.map((value): FilterOption => [value, labels.value(dimension, value), facets[dimension][value] ?? 0]);
  const collator = new Intl.Collator(locale);
  // Offer (in both official languages) the municipalities that have activities for this search;
  // any other name typed still works, and the no-results advice says what to widen.
  // Each name once, in the first place that has it (a Swedish name may be another place's Finnish one).
  const seen = new Set<string>();
  const offered = [...municipalities.values()]
    .filter((m) => (facets.municipality[m.code] ?? 0) > 0 && !query.municipality.includes(m.code))
    .map((m) => ({ code: m.code, label: municipalityName(m, locale), others: [m.nameFi, m.nameSv] }))
    .sort((a, b) => collator.compare(a.label, b.label))
    .map(({ code, label, others }): MunicipalitySuggestion => {
      seen.add(label);
      return [code, label, ...others.filter((name) => !seen.has(name) && seen.add(name))];
    });
  const chosen = query.municipality.map((code) => {
    const m = municipalities.get(code);
    return { code, label: m ? municipalityName(m, locale) : code, count: facets.municipality[code] ?? 0 };
  });
  // Long lists (languages) show the values with results, most results first, and the chosen ones;
  // values without results are left out (the order follows the counts anyway, so nothing stays put).
  const byCount = (name: ValuesName, values: readonly string[]) =>
    [...new Set([...values.filter((v) => (facets[name][v] ?? 0) > 0), ...query[name]])]
      .map((value): FilterOption => [value, labels.value(name, value), facets[name][value] ?? 0])
      .sort(([, aLabel, a = 0], [, bLabel, b = 0]) => b - a || collator.compare(aLabel, bLabel));
  const zero = t("zeroCount");

  return (
    <FilterPanel summary={t("filtersCount", { count: activeCount })} showResults={t("showResults", { count: total })}>
        <fieldset className="flex min-w-0 flex-col gap-2">
          <legend className="mb-1 font-semibold">{t("where")}</legend>
          <MunicipalityPicker
            key={query.municipality.join(",")}
            selected={chosen}
            labels={{ first: t("municipality"), add: t("addMunicipality"), hint: t("municipalityHint"), remove: t("removeMunicipality") }}
            suggestions={offered}
          />
          <RegionSelect
            label={t("region")}
            anyLabel={t("anyRegion")}
            selected={query.region[0] ?? ""}
            regions={[...regions.values()]
              .map((r): RegionOption => [r.code, regionName(r, locale), facets.region[r.code] ?? 0])
              .sort(([, a], [, b]) => collator.compare(a, b))}
          />
          <div className="mt-2 flex items-start gap-2">
            <input id="f-nationwide" type="checkbox" name="nationwide" value="0" defaultChecked={!query.nationwide} className="mt-1 size-4 accent-brand-700" />
            <label htmlFor="f-nationwide" className="text-sm">
              {t("nationwide")}
            </label>
          </div>
        </fieldset>
        {MASK_FILTERS.map(([name, f]) =>
          f.kind === "level" ? (
            <FilterOptions
              key={name}
              legend={labels.dimension[name]}
              name={name}
              type="radio"
              options={[
                ["", t(f.anyLabel as never)],
                ...f.values.map((level, i): FilterOption => [
                  level,
                  labels.value(name, level),
                  // A level includes the ones below it ("some" Finnish includes "none"), so counts add up.
                  f.values.slice(0, i + 1).reduce((sum, l) => sum + (facets[name][l] ?? 0), 0),
                ]),
              ]}
              selected={[query[name as LevelName] ?? ""]}
              zeroLabel={zero}
            />
          ) : (
            <FilterOptions
              key={name}
              legend={labels.dimension[name]}
              {...(f.hint && { hint: t(f.hint as never) })}
              name={name}
              options={f.byCount ? byCount(name as ValuesName, f.values) : options(name, f.values)}
              selected={query[name as ValuesName]}
              zeroLabel={zero}
            />
          ),
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor="f-age" className="font-semibold">
            {t("age")}
          </label>
          <input
            id="f-age"
            type="number"
            name="age"
            min={0}
            max={120}
            inputMode="numeric"
            defaultValue={query.age}
            aria-describedby="f-age-hint"
            className="w-24 rounded border border-muted px-2 py-1.5"
          />
          <p id="f-age-hint" className="text-sm text-muted">
            {t("ageHint")}
          </p>
        </div>
        <fieldset className="option-group">
          <legend>{t("other")}</legend>
          {[...FLAG_FILTERS.map(([name]) => name), "room" as const].map((flag) => {
            const count = facets[flag].true ?? 0;
            const checked = query[flag];
            return (
              <label key={flag}>
                <input type="checkbox" name={flag} value="1" {...(checked && { defaultChecked: true })} {...(!checked && count === 0 && { disabled: true })} />
                {`${labels.dimension[flag]} `}
                <small>{`(${count})`}</small>
              </label>
            );
          })}
        </fieldset>
    </FilterPanel>
  );
}
