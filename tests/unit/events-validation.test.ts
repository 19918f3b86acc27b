import { describe, expect, test } from "vitest";
import { eventSchema, sessionTimes } from "../../lib/validation/event";
import { parseEventFilters } from "../../lib/events/filters";

const NOW = new Date("2027-03-01T10:00:00Z");
const complete = {
  intent: "submit",
  organisationId: "org-1",
  originalLanguage: "fi",
  title: "Perehdytys",
  summary: "Kaksi iltaa.",
  description: "Ohjelma.",
  kind: "VOLUNTEER_TRAINING",
  audiences: ["volunteers"],
  languages: ["fi"],
  sessions: [{ date: "2027-03-29", start: "17:30", end: "20:00" }],
  mode: "ONSITE",
  streetAddress: "Hämeentie 31",
  municipalityCode: "091",
  contactName: "Anna",
  contactEmail: "anna@example.fi",
};

function errors(input: Record<string, unknown>) {
  const result = eventSchema(NOW).safeParse(input);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("the event form schema", () => {
  test("accepts a complete event and turns its session into Helsinki instants", () => {
    const result = eventSchema(NOW).safeParse(complete);
    expect(result.success).toBe(true);
    expect(sessionTimes(result.data!)).toEqual([{ startsAt: new Date("2027-03-29T14:30:00Z"), endsAt: new Date("2027-03-29T17:00:00Z") }]);
  });

  test("a draft needs nothing but a well-formed value; a submit needs what a reader needs", () => {
    expect(errors({ organisationId: "org-1" })).toEqual({});
    expect(errors({ organisationId: "org-1", intent: "submit" })).toMatchObject({ title: "required", summary: "required", description: "required", kind: "required", audiences: "required", "sessions.0.date": "required", streetAddress: "placeRequired", contactName: "contactRequired" });
  });

  test("checks sessions: complete rows, end after start, not all in the past", () => {
    expect(errors({ ...complete, sessions: [{ date: "2027-03-29", start: "18:00" }] })).toMatchObject({ "sessions.0.end": "required" });
    expect(errors({ ...complete, sessions: [{ date: "2027-03-29", start: "18:00", end: "17:00" }] })).toMatchObject({ "sessions.0.end": "endBeforeStart" });
    expect(errors({ ...complete, sessions: [{ date: "2027-03-29", start: "18:00", end: "17:00", endDate: "2027-03-30" }] })).toEqual({});
    expect(errors({ ...complete, sessions: [{ date: "2027-02-01", start: "10:00", end: "11:00" }] })).toMatchObject({ "sessions.0.date": "dateInPast" });
  });

  test("an online event needs a link and a region or all of Finland; a fee needs its price", () => {
    expect(errors({ ...complete, mode: "ONLINE", streetAddress: undefined, municipalityCode: undefined })).toMatchObject({ onlineUrl: "required", regionCode: "required" });
    expect(errors({ ...complete, mode: "ONLINE", streetAddress: undefined, municipalityCode: undefined, onlineUrl: "meet.example.fi/x", nationwide: true })).toEqual({});
    expect(errors({ ...complete, isFree: "no" })).toMatchObject({ priceText: "required" });
  });

  test("refuses forged values", () => {
    expect(errors({ ...complete, kind: "PARTY" })).toMatchObject({ kind: "unknownOption" });
    expect(Object.values(errors({ ...complete, audiences: ["volunteers", "hackers"] }))).toContain("unknownOption");
    expect(errors({ ...complete, onlineUrl: "javascript:alert(1)" })).toMatchObject({ onlineUrl: "invalidUrl" });
  });
});

describe("the events list URL", () => {
  test("keeps known values and drops the rest", () => {
    const f = parseEventFilters({ q: " perehdytys ", month: "2027-13", from: "2027-02-30", region: ["01", "x"], kind: ["WEBINAR", "PARTY"], online: "1", free: "yes", lang: "fi", page: "0" });
    expect(f).toMatchObject({ q: "perehdytys", month: undefined, from: undefined, regions: ["01"], kinds: ["WEBINAR"], online: true, free: false, languages: ["fi"], page: 1 });
  });
});
