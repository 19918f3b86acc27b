import { getTranslations } from "next-intl/server";
import { eventFilterQuery, type EventFilters } from "@/lib/events/filters";

/** Subscribe to the list as filtered: a webcal: calendar, the same as a file, and RSS/Atom of new events. */
export async function SubscribeLinks({ filters, locale, origin }: { filters: EventFilters; locale: string; origin: string }) {
  const t = await getTranslations("Events");
  const query = new URLSearchParams([...eventFilterQuery(filters), ["locale", locale]]);
  const calendar = `${origin}/api/events/calendar?${query}`;
  const webcal = calendar.replace(/^https?:/, "webcal:");
  const linkClass = "font-semibold text-brand-800 underline";
  return (
    <section aria-labelledby="subscribe-title" className="flex flex-col gap-2 rounded-lg border border-brand-100 p-4">
      <h2 id="subscribe-title" className="text-xl font-semibold">
        {t("subscribeTitle")}
      </h2>
      <p className="text-muted">{t("subscribeLead")}</p>
      <ul className="flex flex-col gap-2">
        <li>
          <a href={webcal} className={linkClass} data-testid="webcal-link">
            {t("subscribeCalendar")}
          </a>
        </li>
        <li>
          <a href={calendar} className={linkClass} data-testid="calendar-file-link">
            {t("downloadCalendar")}
          </a>
        </li>
        <li className="flex flex-wrap gap-x-4">
          <a href={`${origin}/api/events/feed?format=rss&${query}`} className={linkClass} type="application/rss+xml">
            {t("rss")}
          </a>
          <a href={`${origin}/api/events/feed?format=atom&${query}`} className={linkClass} type="application/atom+xml">
            {t("atom")}
          </a>
        </li>
      </ul>
      <label htmlFor="calendar-address" className="mt-2 text-sm font-semibold">
        {t("calendarAddress")}
      </label>
      <input id="calendar-address" readOnly value={calendar} dir="ltr" className="w-full rounded border border-slate-400 bg-slate-50 px-2 py-1 font-mono text-sm" />
    </section>
  );
}
