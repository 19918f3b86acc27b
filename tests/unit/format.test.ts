import { describe, expect, it } from "vitest";
import { daysBetween, formatCalendarDate, formatDate, formatMinutes, formatWeekday } from "@/lib/i18n/format";
import { describeSlots, timeOfDay } from "@/lib/schedule/summary";

describe("dates in Europe/Helsinki", () => {
  it("formats an instant on its Helsinki date, not the server's UTC date", () => {
    // 23:30 UTC on 31 Dec is already 1 January in Helsinki (UTC+2).
    const instant = new Date("2026-12-31T23:30:00Z");
    expect(formatDate(instant, "fi")).toBe("1. tammikuuta 2027");
    expect(formatDate(instant, "en")).toBe("1 January 2027");
    expect(formatDate(instant, "sv")).toBe("1 januari 2027");
  });

  it("keeps calendar dates (@db.Date) on their own day", () => {
    expect(formatCalendarDate(new Date("2026-06-01T00:00:00Z"), "fi")).toBe("1. kesäkuuta 2026");
  });

  it("counts days between Helsinki calendar dates", () => {
    // 21:30 UTC is 23:30 on the 21st in Helsinki; 22:30 UTC is already the 22nd.
    expect(daysBetween(new Date("2026-11-21T21:30:00Z"), new Date("2026-11-22T10:00:00Z"))).toBe(1);
    expect(daysBetween(new Date("2026-11-21T22:30:00Z"), new Date("2026-11-22T10:00:00Z"))).toBe(0);
  });
});

describe("schedules", () => {
  it("formats times on a 24-hour clock in every locale", () => {
    expect(formatMinutes(17 * 60 + 30, "fi")).toBe("17.30");
    expect(formatMinutes(9 * 60, "en")).toBe("09:00");
  });

  it("names ISO weekdays (1 = Monday) in the reader's language", () => {
    expect(formatWeekday(1, "fi")).toBe("maanantai");
    expect(formatWeekday(7, "en")).toBe("Sunday");
    expect(formatWeekday(3, "sv")).toBe("onsdag");
  });

  it("sorts slots by weekday and start time and formats ranges", () => {
    const slots = describeSlots(
      [
        { weekday: 4, startMinute: 1080, endMinute: 1200, everyNWeeks: 1 },
        { weekday: 2, startMinute: 600, endMinute: 720, everyNWeeks: 2 },
      ],
      "en",
    );
    expect(slots).toEqual([
      { day: "Tuesday", time: "10:00–12:00", everyNWeeks: 2 },
      { day: "Thursday", time: "18:00–20:00", everyNWeeks: 1 },
    ]);
  });

  it("classifies the time of day by start time", () => {
    expect(timeOfDay(9 * 60)).toBe("morning");
    expect(timeOfDay(12 * 60)).toBe("afternoon");
    expect(timeOfDay(16 * 60 + 59)).toBe("afternoon");
    expect(timeOfDay(17 * 60)).toBe("evening");
  });
});
