import { describe, expect, test } from "vitest";
import { noticeChecklist, noticeSchema } from "../../lib/validation/notice";
import { organisationSchema } from "../../lib/validation/organisation";
import { signInSchema } from "../../lib/validation/signin";
import { diffContent, emptyContent } from "../../lib/activities/content";

// The form schemas as the server applies them to posted values (strings, as FormData holds
// them; Conform has already dropped empty inputs). Error messages are translation keys.
const NOW = new Date("2026-11-22T10:00:00Z");

function errors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

const complete = {
  intent: "submit",
  organisationId: "org-1",
  title: "Kielikahvila",
  summary: "Suomea kahvilla.",
  description: "Keskustelua.",
  integrationSupport: "Harjoittelet suomea.",
  howToJoin: "Tule paikalle.",
  acceptsReferrals: "yes",
  languages: ["fi"],
  slots: [{ weekday: "tue", start: "17:00", end: "19:00" }],
  places: [{ streetAddress: "Katu 1", postalCode: "00100", municipalityCode: "091" }],
  contactName: "Anna",
  contactPhone: "040 123 4567",
};

describe("notice schema", () => {
  test("a complete notice parses; times become minutes, emails lower case", () => {
    const parsed = noticeSchema(NOW).parse({ ...complete, contactEmail: " Anna@Example.FI " });
    expect(parsed.slots[0]).toMatchObject({ weekday: "tue", start: 1020, end: 1140 });
    expect(parsed.contactEmail).toBe("anna@example.fi");
  });

  test("submitting needs what a case worker needs; a draft does not", () => {
    const result = noticeSchema(NOW).safeParse({ intent: "submit", organisationId: "org-1", title: "x" });
    expect(errors(result)).toMatchObject({
      howToJoin: "required",
      integrationSupport: "required",
      acceptsReferrals: "referralsRequired",
      "slots.0.weekday": "scheduleRequired",
      "places.0.streetAddress": "placeRequired",
      contactName: "contactRequired",
      languages: "required",
    });
    expect(noticeSchema(NOW).safeParse({ intent: "save", organisationId: "org-1", title: "x" }).success).toBe(true);
  });

  test("bad input gets a field error each", () => {
    const result = noticeSchema(NOW).safeParse({
      ...complete,
      title: "x".repeat(121),
      contactEmail: "not-an-email",
      registrationUrl: "javascript:alert(1)",
      contactPhone: "call me",
      startDate: "2027-03-01",
      endDate: "2027-02-01",
      themes: ["language", "no-such-theme"],
      validUntil: "2028-06-01",
      slots: [{ weekday: "tue", start: "19:00", end: "17:00" }],
    });
    expect(errors(result)).toMatchObject({
      title: "tooLong|120",
      contactEmail: "invalidEmail",
      registrationUrl: "invalidUrl",
      contactPhone: "invalidPhone",
      endDate: "endBeforeStart",
      "themes.1": "unknownOption",
      validUntil: "validityTooLong|12",
      "slots.0.end": "endBeforeStart",
    });
  });

  test("HTML is kept as text (React shows it as text), not stripped or rejected", () => {
    expect(noticeSchema(NOW).parse({ ...complete, title: "<b>Kahvila</b><script>x()</script>" }).title).toBe("<b>Kahvila</b><script>x()</script>");
  });

  test("the checklist follows the same rules", () => {
    const missing = noticeChecklist({ title: "x", mode: "ONLINE" }).filter((item) => item.required && !item.done).map((item) => item.id);
    expect(missing).toEqual(["summary", "description", "integrationSupport", "referrals", "languages", "schedule", "where", "howToJoin", "contact"]);
    expect(noticeChecklist({ ...complete }).every((item) => !item.required || item.done)).toBe(true);
  });
});

describe("organisation and sign-in schemas", () => {
  test("Y-tunnus: checksum validated, normalised, optional only for informal groups", () => {
    const base = { name: "Yhdistys", kind: "ASSOCIATION", email: "info@example.fi", municipalities: ["091"] };
    expect(organisationSchema.parse({ ...base, businessId: "1234567 1" }).businessId).toBe("1234567-1");
    expect(errors(organisationSchema.safeParse({ ...base, businessId: "1234567-8" }))).toMatchObject({ businessId: "invalidBusinessId" });
    expect(errors(organisationSchema.safeParse(base))).toMatchObject({ businessId: "businessIdRequired" });
    expect(organisationSchema.safeParse({ ...base, kind: "INFORMAL" }).success).toBe(true);
  });

  test("sign-in: only same-site manage or moderation addresses as the return address", () => {
    expect(signInSchema.parse({ email: "a@example.fi", callbackUrl: "/fi/manage/notices/x" }).callbackUrl).toBe("/fi/manage/notices/x");
    expect(signInSchema.parse({ email: "a@example.fi", callbackUrl: "https://evil.example/fi/manage" }).callbackUrl).toBeUndefined();
    expect(signInSchema.parse({ email: "a@example.fi", callbackUrl: "//evil.example" }).callbackUrl).toBeUndefined();
  });
});

describe("content diff", () => {
  test("lists exactly the changed fields, texts per language", () => {
    const before = emptyContent(NOW);
    before.texts.fi = { title: "A", summary: "S", description: null, howToJoin: null, integrationSupport: null, scheduleNote: null, costNote: null, easySummary: null };
    const after = structuredClone(before);
    after.texts.fi!.title = "B";
    after.facts.languages = ["fi", "ar"];
    expect(diffContent(before, after)).toEqual([
      { kind: "fact", field: "languages", before: [], after: ["fi", "ar"] },
      { kind: "text", field: "title", locale: "fi", before: "A", after: "B" },
    ]);
  });

  test("the same choices in another order, or empty optional texts, are no change", () => {
    const before = emptyContent(NOW);
    before.facts.languages = ["fi", "ar", "so"];
    before.facts.places = [{ name: null, streetAddress: "Katu 1", postalCode: "00100", postOffice: null, municipalityCode: "091" }];
    before.texts.fi = { title: "A", summary: "S", description: null, howToJoin: null, integrationSupport: null, scheduleNote: null, costNote: null, easySummary: null };
    const after = structuredClone(before);
    after.facts.languages = ["so", "fi", "ar"];
    after.texts.fi!.costNote = "";
    expect(diffContent(before, after)).toEqual([]);
    after.facts.places[0]!.municipalityCode = "853";
    expect(diffContent(before, after).map((c) => c.field)).toEqual(["places"]);
  });

  test("a new notice lists only the fields that are filled", () => {
    const after = emptyContent(NOW);
    after.facts.themes = ["language"];
    const fields = diffContent(undefined, after).map((c) => c.field);
    expect(fields).toContain("themes");
    expect(fields).not.toContain("municipalities");
    expect(fields).not.toContain("registrationUrl");
  });
});
