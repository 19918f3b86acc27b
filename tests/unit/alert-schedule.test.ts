import { describe, expect, test } from "vitest";
import { digestWindow, latestSlot } from "../../lib/alerts/schedule";
import { normaliseAlertQuery } from "../../lib/alerts/query";

// Digests go out at 07:00 Helsinki time: 05:00 UTC in winter (UTC+2), 04:00 UTC in summer (UTC+3).
describe("digest schedule", () => {
  test("daily: the latest 07:00 Helsinki at or before now", () => {
    expect(latestSlot("DAILY", new Date("2027-01-12T05:00:00Z")).toISOString()).toBe("2027-01-12T05:00:00.000Z");
    expect(latestSlot("DAILY", new Date("2027-01-12T04:59:59Z")).toISOString()).toBe("2027-01-11T05:00:00.000Z");
    expect(latestSlot("DAILY", new Date("2027-07-12T04:00:00Z")).toISOString()).toBe("2027-07-12T04:00:00.000Z");
  });

  test("across the spring change (28 March 2027, 03:00 → 04:00) the hour stays 07:00 and the window is 23 h", () => {
    const before = latestSlot("DAILY", new Date("2027-03-27T12:00:00Z"));
    const after = latestSlot("DAILY", new Date("2027-03-28T12:00:00Z"));
    expect(before.toISOString()).toBe("2027-03-27T05:00:00.000Z");
    expect(after.toISOString()).toBe("2027-03-28T04:00:00.000Z");
    expect((after.getTime() - before.getTime()) / 3_600_000).toBe(23);
  });

  test("across the autumn change (31 October 2027, 04:00 → 03:00) the window is 25 h", () => {
    const before = latestSlot("DAILY", new Date("2027-10-30T12:00:00Z"));
    const after = latestSlot("DAILY", new Date("2027-10-31T12:00:00Z"));
    expect(before.toISOString()).toBe("2027-10-30T04:00:00.000Z");
    expect(after.toISOString()).toBe("2027-10-31T05:00:00.000Z");
    expect((after.getTime() - before.getTime()) / 3_600_000).toBe(25);
  });

  test("weekly: Monday 07:00 Helsinki; a Sunday run still belongs to the week before", () => {
    // 29 March 2027 is the Monday after the spring change.
    expect(latestSlot("WEEKLY", new Date("2027-03-29T04:00:00Z")).toISOString()).toBe("2027-03-29T04:00:00.000Z");
    expect(latestSlot("WEEKLY", new Date("2027-03-29T03:59:00Z")).toISOString()).toBe("2027-03-22T05:00:00.000Z");
    expect(latestSlot("WEEKLY", new Date("2027-04-04T20:00:00Z")).toISOString()).toBe("2027-03-29T04:00:00.000Z");
  });

  test("a window opens at confirmation or the last digest and is due only once per slot", () => {
    const now = new Date("2027-01-12T05:01:00Z");
    expect(digestWindow({ frequency: "DAILY", confirmedAt: new Date("2027-01-11T10:00:00Z"), lastDigestAt: null }, now)).toEqual({ from: new Date("2027-01-11T10:00:00Z"), to: new Date("2027-01-12T05:00:00Z") });
    expect(digestWindow({ frequency: "DAILY", confirmedAt: new Date("2027-01-01T10:00:00Z"), lastDigestAt: new Date("2027-01-12T05:00:00Z") }, now)).toBeUndefined();
    // Confirmed after this morning's slot: nothing until tomorrow.
    expect(digestWindow({ frequency: "DAILY", confirmedAt: new Date("2027-01-12T05:00:30Z"), lastDigestAt: null }, now)).toBeUndefined();
  });
});

describe("alert query", () => {
  test("keeps only the search's own parameters in canonical form, without page and sort", () => {
    expect(normaliseAlertQuery(new URLSearchParams("lang=so&municipality=092&page=3&sort=confirmed&evil=1&theme=nonsense&free=1"))).toBe("municipality=092&lang=so&free=1");
    expect(normaliseAlertQuery(new URLSearchParams("q=kielikahvila&sort=newest"))).toBe("q=kielikahvila");
  });
});
