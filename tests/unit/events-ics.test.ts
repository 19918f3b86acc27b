import ICAL from "ical.js";
import { describe, expect, test } from "vitest";
import { buildCalendar, type CalendarEvent } from "../../lib/events/ics";

// The .ics that "Add to calendar" and the feed send, parsed back with an independent
// iCalendar parser (ical.js): every session keeps its Helsinki wall-clock time and its true
// instant on both sides of the 2027 daylight-saving changes (28 March, 31 October).

function event(sessions: { startsAt: string; endsAt: string }[], state: CalendarEvent["state"] = "SCHEDULED"): CalendarEvent {
  return {
    id: "evt1",
    title: "Webinaari: kotoutumislain muutokset",
    description: "Ajankohtaista, ääkköset ja pilkut, kaikki",
    url: "https://tukiverkko.example.fi/fi/events/evt1",
    state,
    location: "Hämeentie 31, 00500 Helsinki",
    organiser: { name: "Silta ry", email: "info@silta.example.fi" },
    sessions: sessions.map((s, i) => ({ id: `s${i}`, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) })),
    updatedAt: new Date("2027-01-10T08:00:00Z"),
  };
}

function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  const zone = component.getFirstSubcomponent("vtimezone");
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return { component, events: component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

describe("the .ics of events", () => {
  // Saturday 27 March 2027 is winter time (UTC+2), Monday 29 March summer time (UTC+3); Friday
  // 29 October summer time, Monday 1 November winter time again.
  const sessions = [
    { startsAt: "2027-03-27T08:00:00Z", endsAt: "2027-03-27T10:00:00Z" }, // 10:00–12:00 EET
    { startsAt: "2027-03-29T07:00:00Z", endsAt: "2027-03-29T09:00:00Z" }, // 10:00–12:00 EEST
    { startsAt: "2027-10-29T07:00:00Z", endsAt: "2027-10-29T09:00:00Z" }, // 10:00–12:00 EEST
    { startsAt: "2027-11-01T08:00:00Z", endsAt: "2027-11-01T10:00:00Z" }, // 10:00–12:00 EET
  ];
  const ics = buildCalendar({ name: "Tukiverkko", host: "tukiverkko.example.fi", events: [event(sessions)] });
  const { component, events } = parse(ics);

  test("holds one VTIMEZONE for Europe/Helsinki with both daylight-saving rules", () => {
    const zones = component.getAllSubcomponents("vtimezone");
    expect(zones).toHaveLength(1);
    expect(zones[0]!.getFirstPropertyValue("tzid")).toBe("Europe/Helsinki");
    expect(zones[0]!.getFirstSubcomponent("daylight")?.getFirstPropertyValue("tzoffsetto")?.toString()).toBe("+03:00");
    expect(zones[0]!.getFirstSubcomponent("standard")?.getFirstPropertyValue("tzoffsetto")?.toString()).toBe("+02:00");
  });

  test("writes every session at 10:00 Helsinki time, with TZID, and the right instant across both changes", () => {
    expect(events).toHaveLength(4);
    events.forEach((e, i) => {
      expect(e.startDate.zone?.tzid).toBe("Europe/Helsinki");
      expect(e.startDate.hour).toBe(10);
      expect(e.endDate.hour).toBe(12);
      expect(e.startDate.toJSDate().toISOString()).toBe(new Date(sessions[i]!.startsAt).toISOString());
      expect(e.endDate.toJSDate().toISOString()).toBe(new Date(sessions[i]!.endsAt).toISOString());
    });
    expect(ics).toContain("DTSTART;TZID=Europe/Helsinki:20270327T100000");
    expect(ics).toContain("DTSTART;TZID=Europe/Helsinki:20270329T100000");
  });

  test("gives each session a stable UID, numbers them in the summary and keeps the text and the link", () => {
    expect(events.map((e) => e.uid)).toEqual([1, 2, 3, 4].map((n) => `evt1-${n}@tukiverkko.example.fi`));
    expect(events[1]!.summary).toBe("Webinaari: kotoutumislain muutokset (2/4)");
    expect(events[0]!.description).toContain("ääkköset ja pilkut, kaikki");
    expect(events[0]!.description).toContain("https://tukiverkko.example.fi/fi/events/evt1");
    expect(events[0]!.location).toBe("Hämeentie 31, 00500 Helsinki");
  });

  test("keeps DTSTAMP in UTC and marks a cancelled event CANCELLED", () => {
    expect(ics).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    const cancelled = parse(buildCalendar({ name: "x", host: "h", events: [event(sessions.slice(0, 1), "CANCELLED")] }));
    expect(cancelled.events[0]!.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(events[0]!.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });
});
