import { formatDate, listSeparator } from "../i18n/format";
import { helsinkiDate, helsinkiTime } from "../dates/helsinki";
import { intlLocale } from "../i18n/locales";

// A session in the reader's words, in Europe/Helsinki: "12 March 2026, 10:00–12:00", or with
// both dates when it runs over midnight or several days.

function time(instant: Date, locale: string): string {
  const [h, m] = helsinkiTime(instant).split(":").map(Number) as [number, number];
  return new Intl.DateTimeFormat(intlLocale(locale), { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1, h, m)));
}

export function formatSession(session: { startsAt: Date; endsAt: Date }, locale: string): string {
  const sameDay = helsinkiDate(session.startsAt) === helsinkiDate(session.endsAt);
  if (sameDay) return `${formatDate(session.startsAt, locale)}${listSeparator(locale)}${time(session.startsAt, locale)}\u2013${time(session.endsAt, locale)}`;
  return `${formatDate(session.startsAt, locale)} ${time(session.startsAt, locale)} \u2013 ${formatDate(session.endsAt, locale)} ${time(session.endsAt, locale)}`;
}

/** <time dateTime> value: the instant in UTC ISO form. */
export function machineTime(instant: Date): string {
  return instant.toISOString();
}
