import { beforeEach, describe, expect, it } from "vitest";
import { getPublicActivity, listPublicActivities } from "@/lib/activities/queries";
import { getOrganisation } from "@/lib/organisations/queries";
import { getTestPrisma, truncateAll } from "../support/db";
import { createActivity, createOrganisation } from "../support/factories";

const prisma = getTestPrisma();
const DAY = 86_400_000;

beforeEach(() => truncateAll(prisma));

describe("listPublicActivities", () => {
  it("lists only published, undeleted, valid notices, newest first", async () => {
    const org = await createOrganisation(prisma);
    const older = await createActivity(prisma, { organisationId: org.id, publishedAt: new Date(Date.now() - 5 * DAY), translations: [{ locale: "fi", title: "Vanhempi" }] });
    const newer = await createActivity(prisma, { organisationId: org.id, publishedAt: new Date(Date.now() - DAY), translations: [{ locale: "fi", title: "Uudempi" }] });
    await createActivity(prisma, { organisationId: org.id, status: "DRAFT" });
    await createActivity(prisma, { organisationId: org.id, status: "SUBMITTED" });
    await createActivity(prisma, { organisationId: org.id, status: "REJECTED" });
    await createActivity(prisma, { organisationId: org.id, status: "ARCHIVED" });
    await createActivity(prisma, { organisationId: org.id, validUntil: new Date(Date.now() - 1000) });
    await createActivity(prisma, { organisationId: org.id, deletedAt: new Date() });

    const result = await listPublicActivities({ locale: "fi", page: 1 });
    expect(result.total).toBe(2);
    expect(result.items.map((item) => item.id)).toEqual([newer.id, older.id]);
    expect(result.items[0]).toMatchObject({ title: "Uudempi", contentLocale: "fi", organisation: { id: org.id }, municipalityNames: ["Helsinki"] });
  });

  it("pages through results and returns an empty page past the end with the total", async () => {
    const org = await createOrganisation(prisma);
    for (let i = 0; i < 5; i++) await createActivity(prisma, { organisationId: org.id, publishedAt: new Date(Date.now() - i * DAY) });
    const second = await listPublicActivities({ locale: "fi", page: 2, pageSize: 2 });
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(second.items).toHaveLength(2);
    const beyond = await listPublicActivities({ locale: "fi", page: 9, pageSize: 2 });
    expect(beyond.total).toBe(5);
    expect(beyond.items).toEqual([]);
  });

  it("shows each notice in the reader's language where it exists, else in its original language", async () => {
    const org = await createOrganisation(prisma);
    await createActivity(prisma, {
      organisationId: org.id,
      originalLanguage: "fi",
      translations: [
        { locale: "fi", title: "Kielikahvila" },
        { locale: "en", title: "Language café" },
      ],
    });
    const [en] = (await listPublicActivities({ locale: "en", page: 1 })).items;
    expect(en).toMatchObject({ title: "Language café", contentLocale: "en" });
    const [sv] = (await listPublicActivities({ locale: "sv", page: 1 })).items;
    expect(sv).toMatchObject({ title: "Kielikahvila", contentLocale: "fi" });
  });

  it("names municipalities in Swedish for Swedish readers", async () => {
    const org = await createOrganisation(prisma);
    await createActivity(prisma, { organisationId: org.id, municipalities: ["049"] });
    expect((await listPublicActivities({ locale: "sv", page: 1 })).items[0]?.municipalityNames).toEqual(["Esbo"]);
    expect((await listPublicActivities({ locale: "fi", page: 1 })).items[0]?.municipalityNames).toEqual(["Espoo"]);
  });

  it("limits to one organisation when asked", async () => {
    const a = await createOrganisation(prisma);
    const b = await createOrganisation(prisma);
    await createActivity(prisma, { organisationId: a.id });
    await createActivity(prisma, { organisationId: b.id });
    const result = await listPublicActivities({ locale: "fi", page: 1, organisationId: a.id });
    expect(result.total).toBe(1);
    expect(result.items[0]?.organisation.id).toBe(a.id);
  });
});

describe("getPublicActivity", () => {
  it("returns a current notice with its places and the languages it is written in", async () => {
    const org = await createOrganisation(prisma);
    const activity = await createActivity(prisma, {
      organisationId: org.id,
      translations: [
        { locale: "fi", title: "Kielikahvila" },
        { locale: "sv", title: "Språkcafé" },
      ],
      places: { create: [{ streetAddress: "Mannerheimintie 1", postalCode: "00100", municipalityCode: "091" }] },
    });
    const detail = await getPublicActivity(activity.id, "sv");
    expect(detail).toMatchObject({ availability: "current", text: { locale: "sv", title: "Språkcafé" }, availableLocales: ["fi", "sv"] });
    expect(detail?.places[0]).toMatchObject({ streetAddress: "Mannerheimintie 1", municipalityName: "Helsingfors" });
  });

  it("hides drafts, submissions, rejections and deleted notices", async () => {
    const org = await createOrganisation(prisma);
    for (const data of [{ status: "DRAFT" }, { status: "SUBMITTED" }, { status: "REJECTED" }, { deletedAt: new Date() }] as const) {
      const activity = await createActivity(prisma, { organisationId: org.id, ...data });
      expect(await getPublicActivity(activity.id, "fi")).toBeUndefined();
    }
  });

  it("marks expired and archived notices so an old link can say they are gone", async () => {
    const org = await createOrganisation(prisma);
    const expired = await createActivity(prisma, { organisationId: org.id, validUntil: new Date(Date.now() - DAY) });
    const archived = await createActivity(prisma, { organisationId: org.id, status: "ARCHIVED" });
    expect((await getPublicActivity(expired.id, "fi"))?.availability).toBe("expired");
    expect((await getPublicActivity(archived.id, "fi"))?.availability).toBe("archived");
  });

  it("answers undefined for malformed and unknown ids", async () => {
    for (const id of ["", "x", "../../etc", "ID WITH SPACES", "a".repeat(41), "does-not-exist"]) {
      expect(await getPublicActivity(id, "fi")).toBeUndefined();
    }
  });
});

describe("getOrganisation", () => {
  it("returns the organisation with its description in the reader's language and sorted municipalities", async () => {
    const org = await createOrganisation(prisma, {
      name: "Silta ry",
      translations: { create: [{ locale: "fi", description: "Kuvaus" }, { locale: "en", description: "Description" }] },
      municipalities: { create: [{ municipalityCode: "853" }, { municipalityCode: "049" }] },
    });
    expect(await getOrganisation(org.id, "en")).toMatchObject({
      name: "Silta ry",
      description: "Description",
      descriptionLocale: "en",
      municipalityNames: ["Espoo", "Turku"],
    });
    expect((await getOrganisation(org.id, "sv"))?.municipalityNames).toEqual(["Åbo", "Esbo"].sort((a, b) => a.localeCompare(b, "sv")));
  });

  it("answers undefined for unknown or malformed ids", async () => {
    expect(await getOrganisation("no-such-org", "fi")).toBeUndefined();
    expect(await getOrganisation("<script>", "fi")).toBeUndefined();
  });
});
