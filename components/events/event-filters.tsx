import { getTranslations } from "next-intl/server";
import { addMonths, helsinkiToday } from "@/lib/dates/helsinki";
import type { EventFilters } from "@/lib/events/filters";
import { intlLocale } from "@/lib/i18n/locales";
import { municipalityOptions, regionOptions } from "@/lib/activities/manage-queries";
import { ACTIVITY_LANGUAGES, languageName } from "@/lib/reference/languages";
import { EVENT_AUDIENCES, EVENT_KINDS, THEMES } from "@/lib/reference/vocabulary";

const selectClass = "mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2";

/** The list's filters as a plain GET form: works without JavaScript, and the URL is the state. */
export async function EventFiltersForm({ filters, locale, action }: { filters: EventFilters; locale: string; action: string }) {
  const t = await getTranslations("Events");
  const tTax = await getTranslations("Taxonomy");
  const today = helsinkiToday();
  const months = Array.from({ length: 7 }, (_, i) => addMonths(`${today.slice(0, 7)}-01`, i).slice(0, 7));
  const monthName = (m: string) => new Intl.DateTimeFormat(intlLocale(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${m}-01T12:00:00Z`));
  const [regions, municipalities] = await Promise.all([regionOptions(locale), municipalityOptions(locale)]);
  const languages = ACTIVITY_LANGUAGES.map((code) => ({ code, name: languageName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  const more = !!(filters.from || filters.to || filters.municipalities.length || filters.audiences.length || filters.themes.length || filters.languages.length);
  const select = (name: string, label: string, value: string | undefined, options: { value: string; label: string }[]) => (
    <div className="flex flex-col">
      <label htmlFor={`ef-${name}`} className="font-semibold">
        {label}
      </label>
      <select id={`ef-${name}`} name={name} defaultValue={value ?? ""} className={selectClass}>
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action={action} role="search" aria-labelledby="event-filters-title" className="flex flex-col gap-4 rounded-lg border border-brand-100 bg-brand-50 p-4">
      <h2 id="event-filters-title" className="text-xl font-semibold">
        {t("filtersTitle")}
      </h2>
      <div className="flex flex-col">
        <label htmlFor="ef-q" className="font-semibold">
          {t("q")}
        </label>
        <input id="ef-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("qPlaceholder")} className={selectClass} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {select("month", t("month"), filters.month, months.map((m) => ({ value: m, label: monthName(m) })))}
        {select("region", t("region"), filters.regions[0], regions.map((r) => ({ value: r.code, label: r.name })))}
        {select("kind", t("kindLabel"), filters.kinds[0], EVENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })))}
      </div>
      {/* The rarer filters wait behind one line (a phone shows four fields, not eleven); open when one is in use. */}
      <details open={more || undefined} className="rounded border border-dashed border-slate-400 p-3">
        <summary className="cursor-pointer font-semibold text-brand-800 underline">{t("moreFilters")}</summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <div className="flex flex-col">
            <label htmlFor="ef-from" className="font-semibold">
              {t("from")}
            </label>
            <input id="ef-from" name="from" type="date" defaultValue={filters.from ?? ""} className={selectClass} />
          </div>
          <div className="flex flex-col">
            <label htmlFor="ef-to" className="font-semibold">
              {t("to")}
            </label>
            <input id="ef-to" name="to" type="date" defaultValue={filters.to ?? ""} className={selectClass} />
          </div>
          {select("municipality", t("municipality"), filters.municipalities[0], municipalities.map((m) => ({ value: m.code, label: m.name })))}
          {select("audience", t("audienceLabel"), filters.audiences[0], EVENT_AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) })))}
          {select("theme", t("themeLabel"), filters.themes[0], THEMES.map((v) => ({ value: v, label: tTax(`themes.${v}`) })))}
          {select("lang", t("languageLabel"), filters.languages[0], languages.map((l) => ({ value: l.code, label: l.name })))}
        </div>
      </details>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="online" value="1" defaultChecked={filters.online} className="size-5 accent-brand-700" />
          {t("onlineOnly")}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="free" value="1" defaultChecked={filters.free} className="size-5 accent-brand-700" />
          {t("freeOnly")}
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        <a href={action} className="text-brand-800 underline">
          {t("clear")}
        </a>
      </div>
    </form>
  );
}
