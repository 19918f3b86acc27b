import ical, { ICalCalendarMethod, ICalEventStatus, type ICalLuxonDateTimeStub } from "ical-generator";
import { TIME_ZONE } from "../i18n/format";
import { helsinkiDate, helsinkiTime } from "../dates/helsinki";

// Calendars (.ics) for one event and for a filtered list, written with ical-generator 10.
// Times are Europe/Helsinki wall-clock times with TZID and one VTIMEZONE that states both
// daylight-saving rules, so a calendar in any zone shows the right hour on either side of the
// March and October changes. Cancelled events stay in the feed with STATUS:CANCELLED, so
// subscribers' calendars drop them instead of keeping a stale entry.

/** Finland has used these EET/EEST rules (last Sunday of March 03:00, of October 04:00) since 1983. */
export const HELSINKI_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0300",
  "TZNAME:EEST",
  "DTSTART:19830327T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0300",
  "TZOFFSETTO:+0200",
  "TZNAME:EET",
  "DTSTART:19830925T040000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/**
 * ical-generator writes a plain Date with a TZID in the process's own zone; a Luxon-shaped
 * value (toJSDate, setZone, toFormat) is written in the zone it is set to. This is that shape
 * for an instant, with Helsinki's wall-clock time from Intl (lib/dates/helsinki.ts).
 */
function helsinkiValue(instant: Date): ICalLuxonDateTimeStub {
  const value: ICalLuxonDateTimeStub = {
    isValid: true,
    zone: { type: "iana" },
    toJSON: () => instant.toISOString(),
    toJSDate: () => instant,
    setZone: () => value,
    toFormat: (format: string) => {
      if (format === "yyyyLLdd") return helsinkiDate(instant).replace(/-/g, "");
      if (format === "HHmmss") return `${helsinkiTime(instant).replace(":", "")}00`;
      throw new Error(`unexpected format ${format}`);
    },
  };
  return value;
}

export type CalendarEvent = {
  id: string;
  title: string;
  description: string;
  url: string;
  state: "SCHEDULED" | "CANCELLED" | "POSTPONED" | "MOVED_ONLINE";
  location?: string;
  organiser: { name: string; email?: string | null };
  sessions: { id: string; startsAt: Date; endsAt: Date }[];
  updatedAt: Date;
};

export function buildCalendar(options: { name: string; events: CalendarEvent[]; host: string; now?: Date }): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: "Tukiverkko", product: "events", language: "FI" },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone: DTSTAMP and LAST-MODIFIED must stay in UTC. Each event names
    // Europe/Helsinki, and the generator adds its VTIMEZONE once.
    timezone: { name: null, generator: (tz) => (tz === TIME_ZONE ? HELSINKI_VTIMEZONE : null) },
    ttl: 60 * 60 * 6,
  });
  for (const event of options.events) {
    event.sessions.forEach((session, i) => {
      calendar.createEvent({
        // Stable per session, so that a changed or cancelled event replaces its entries.
        id: `${event.id}-${i + 1}@${options.host}`,
        start: helsinkiValue(session.startsAt),
        end: helsinkiValue(session.endsAt),
        timezone: TIME_ZONE,
        stamp: options.now ?? event.updatedAt,
        lastModified: event.updatedAt,
        summary: event.sessions.length > 1 ? `${event.title} (${i + 1}/${event.sessions.length})` : event.title,
        description: `${event.description}\n\n${event.url}`,
        location: event.location ?? null,
        url: event.url,
        organizer: event.organiser.email ? { name: event.organiser.name, email: event.organiser.email } : null,
        status: event.state === "CANCELLED" ? ICalEventStatus.CANCELLED : event.state === "POSTPONED" ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      });
    });
  }
  return calendar.toString();
}
