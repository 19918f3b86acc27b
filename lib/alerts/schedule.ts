import { addDays, helsinkiDate, helsinkiInstant } from "../dates/helsinki";

// When digests go out (docs/decisions/014): daily at DIGEST_HOUR Helsinki time, weekly on
// Monday at the same hour, counted on Helsinki's wall clock so that the hour stays put across
// the daylight-saving changes (the window before a change is 23 or 25 hours long).

export const DIGEST_HOUR = 7;
export const DIGEST_CRON = `0 ${DIGEST_HOUR} * * *`;
export type Frequency = "DAILY" | "WEEKLY";

const at = (date: string) => helsinkiInstant(date, DIGEST_HOUR * 3_600_000);
const isMonday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() === 1;

/** The latest digest moment at or before `now` for a frequency: the end of the window a digest run now covers. */
export function latestSlot(frequency: Frequency, now: Date): Date {
  let date = helsinkiDate(now);
  if (at(date) > now) date = addDays(date, -1);
  if (frequency === "WEEKLY") while (!isMonday(date)) date = addDays(date, -1);
  return at(date);
}

/** Whether an alert is due, and the window (from, to] its digest covers. */
export function digestWindow(alert: { frequency: Frequency; confirmedAt: Date; lastDigestAt: Date | null }, now: Date): { from: Date; to: Date } | undefined {
  const to = latestSlot(alert.frequency, now);
  const from = alert.lastDigestAt ?? alert.confirmedAt;
  return from < to ? { from, to } : undefined;
}
