import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { addMonths, endOfHelsinkiDay, helsinkiDate, helsinkiToday } from "../../lib/dates/helsinki";
import { labelKey, VOCABULARIES, type VocabularyName } from "../../lib/reference/vocabulary";

const dir = new URL("../../messages/", import.meta.url);
const catalogues = readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => [f, JSON.parse(readFileSync(new URL(f, dir), "utf8"))] as const);
const lookup = (messages: Record<string, unknown>, key: string) => key.split(".").reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), messages);

describe("vocabulary", () => {
  test("every value of every vocabulary has a label in every locale", () => {
    const missing: string[] = [];
    for (const [file, messages] of catalogues) {
      for (const name of Object.keys(VOCABULARIES) as VocabularyName[]) {
        for (const value of VOCABULARIES[name].values) {
          if (typeof lookup(messages, labelKey(name, value)) !== "string") missing.push(`${file}: ${labelKey(name, value)}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("Helsinki dates", () => {
  test("the end of a summer day is 20:59:59.999 UTC, of a winter day 21:59:59.999 UTC", () => {
    expect(endOfHelsinkiDay("2027-06-01").toISOString()).toBe("2027-06-01T20:59:59.999Z");
    expect(endOfHelsinkiDay("2027-11-30").toISOString()).toBe("2027-11-30T21:59:59.999Z");
    // The days the clocks change.
    expect(endOfHelsinkiDay("2027-03-28").toISOString()).toBe("2027-03-28T20:59:59.999Z");
    expect(endOfHelsinkiDay("2027-10-31").toISOString()).toBe("2027-10-31T21:59:59.999Z");
  });

  test("an instant reads as its Helsinki date; the end of a day stays on that day", () => {
    expect(helsinkiDate(new Date("2027-06-01T21:30:00Z"))).toBe("2027-06-02");
    expect(helsinkiDate(new Date("2027-01-01T21:30:00Z"))).toBe("2027-01-01");
    expect(helsinkiDate(endOfHelsinkiDay("2027-07-15"))).toBe("2027-07-15");
    expect(helsinkiToday(new Date("2026-12-31T22:30:00Z"))).toBe("2027-01-01");
  });

  test("months on the calendar, the 31st clamped to a shorter month", () => {
    expect(addMonths("2026-12-01", 6)).toBe("2027-06-01");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
  });
});
