import { describe, expect, it } from "vitest";
import { pickTranslation } from "@/lib/activities/translation";
import { availabilityOf, publicActivityWhere } from "@/lib/activities/visibility";

const now = new Date("2026-11-22T12:00:00Z");
const later = new Date("2026-12-22T12:00:00Z");
const earlier = new Date("2026-10-22T12:00:00Z");

describe("which notices the public sees", () => {
  it("shows only published, undeleted notices valid after now", () => {
    expect(publicActivityWhere(now)).toEqual({ status: "PUBLISHED", deletedAt: null, validUntil: { gt: now } });
  });

  it("tells an old link's holder why a notice is gone, and hides never-public ones", () => {
    const base = { validUntil: later, deletedAt: null, publishedAt: earlier };
    expect(availabilityOf({ ...base, status: "PUBLISHED" }, now)).toBe("current");
    expect(availabilityOf({ ...base, status: "PUBLISHED", validUntil: earlier }, now)).toBe("expired");
    expect(availabilityOf({ ...base, status: "ARCHIVED" }, now)).toBe("archived");
    expect(availabilityOf({ ...base, status: "ARCHIVED", publishedAt: null }, now)).toBeUndefined();
    expect(availabilityOf({ ...base, status: "DRAFT" }, now)).toBeUndefined();
    expect(availabilityOf({ ...base, status: "SUBMITTED" }, now)).toBeUndefined();
    expect(availabilityOf({ ...base, status: "REJECTED" }, now)).toBeUndefined();
    expect(availabilityOf({ ...base, status: "PUBLISHED", deletedAt: earlier }, now)).toBeUndefined();
  });
});

describe("which language of a notice to show", () => {
  const translations = [{ locale: "fi" }, { locale: "en" }, { locale: "ar" }];
  it("prefers the reader's language, then the original, then any", () => {
    expect(pickTranslation(translations, "en", "fi")?.locale).toBe("en");
    expect(pickTranslation(translations, "sv", "ar")?.locale).toBe("ar");
    expect(pickTranslation([{ locale: "so" }], "sv", "fi")?.locale).toBe("so");
    expect(pickTranslation([], "sv", "fi")).toBeUndefined();
  });
});
