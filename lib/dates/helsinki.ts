import { TIME_ZONE } from "../i18n/format";

// Calendar dates as people in Finland count them: Europe/Helsinki, with daylight saving
// (UTC+3 in summer, UTC+2 in winter). One place for "today", "end of that day" and "which
// day is this instant", so nothing assumes a fixed offset.

const parts = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function wallClock(instant: Date): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { y: Number(p.year), m: Number(p.month), d: Number(p.day), h: Number(p.hour), min: Number(p.minute), s: Number(p.second) };
}

/** The Helsinki calendar date (YYYY-MM-DD) of an instant. */
export function helsinkiDate(instant: Date): string {
  const w = wallClock(instant);
  return `${w.y}-${String(w.m).padStart(2, "0")}-${String(w.d).padStart(2, "0")}`;
}

/** Today's date in Helsinki. */
export function helsinkiToday(now: Date = new Date()): string {
  return helsinkiDate(now);
}

/** Offset of Helsinki from UTC at an instant, in milliseconds (+3 h in summer, +2 h in winter). */
function offsetAt(instant: Date): number {
  const w = wallClock(instant);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s) - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a Helsinki wall-clock time (date at 00:00 plus `ms`) happens. */
export function helsinkiInstant(date: string, ms: number): Date {
  const guess = Date.parse(`${date}T00:00:00Z`) + ms;
  // Two passes settle the offset even on the days the clocks change.
  let instant = guess - offsetAt(new Date(guess));
  instant = guess - offsetAt(new Date(instant));
  return new Date(instant);
}

/** The instant of a Helsinki wall-clock time: a calendar date and minutes from its midnight. */
export function helsinkiDateTime(date: string, minutes: number): Date {
  return helsinkiInstant(date, minutes * 60_000);
}

/** The Helsinki wall-clock time of an instant as "HH:MM". */
export function helsinkiTime(instant: Date): string {
  const w = wallClock(instant);
  return `${String(w.h).padStart(2, "0")}:${String(w.min).padStart(2, "0")}`;
}

/** The last moment (23:59:59.999) of a Helsinki calendar date. */
export function endOfHelsinkiDay(date: string): Date {
  return new Date(helsinkiInstant(addDays(date, 1), 0).getTime() - 1);
}

/** Calendar arithmetic on YYYY-MM-DD strings. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Months later on the calendar; the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}
