import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { publicActivityWhere } from "@/lib/activities/visibility";
import { seedDatabase } from "@/lib/db/seed";
import { exportCsv, exportHsds } from "@/lib/hsds/export";
import { confirmImport, discardImport, previewImport } from "@/lib/hsds/import/mutations";
import { confirmInTx } from "@/lib/activities/mutations";
import { getTestPrisma, truncateAll } from "../support/db";
import { createActivity, createOrganisation } from "../support/factories";
import { hsdsErrors } from "../support/hsds";
import { approveAll, moderator, publicData } from "../support/hsds-import";

// The moderators' import: a dry run that reports and changes nothing, duplicates shown for a
// decision, errors with row and field; and the round trip: the seed exported as HSDS JSON (and
// as CSV) and imported into an empty database gives the same public data.

const prisma = getTestPrisma();
const ORIGIN = "https://tukiverkko.example";

describe("round trip", () => {
  let hsds: string;
  let csvByLocale: string;
  let before: Awaited<ReturnType<typeof publicData>>;

  beforeAll(async () => {
    await truncateAll(prisma);
    await seedDatabase(prisma, { now: new Date() });
    before = await publicData();
    const document = await exportHsds({ params: new URLSearchParams(), locale: "fi", origin: ORIGIN });
    expect(document.total_items).toBe(before.length);
    for (const service of document.contents) expect(hsdsErrors("compiled/service.json", service)).toEqual([]);
    hsds = JSON.stringify(document);
    csvByLocale = (await exportCsv({ params: new URLSearchParams(), locale: "fi", origin: ORIGIN })).body;
  }, 240_000);

  it("exports the seed as HSDS JSON and imports it into an empty database: the same public data", async () => {
    await truncateAll(prisma);
    const actor = await moderator();
    const { id, report } = await previewImport({ actor, fileName: "seed.json", content: hsds, textLanguage: "fi", source: "Tukiverkko export" });
    expect(report.counts).toEqual({ create: before.length, update: 0, duplicate: 0, rejected: 0 });
    // The dry run wrote nothing but the batch itself.
    expect(await prisma.activity.count()).toBe(0);
    expect(await prisma.organisation.count()).toBe(0);

    const outcome = await confirmImport({ actor, importId: id });
    expect(outcome.created).toHaveLength(before.length);
    // Imported notices wait for moderation, say where they came from and await the organiser.
    const imported = await prisma.activity.findMany({ select: { status: true, importSource: true, awaitingOrganiser: true, importedAt: true } });
    expect(imported.every((a) => a.status === "SUBMITTED" && a.importSource === "Tukiverkko export" && a.awaitingOrganiser && a.importedAt)).toBe(true);
    expect(await prisma.activity.count({ where: publicActivityWhere() })).toBe(0);
    // Their organisations have no members: a real organisation can claim them.
    expect(await prisma.membership.count()).toBe(0);
    expect(await prisma.organisation.count({ where: { importedAt: { not: null } } })).toBe(outcome.organisations.length);

    await approveAll(actor, outcome.created);
    expect(await publicData()).toEqual(before);
    // A moderator's approval is not the organiser's confirmation; the organiser's is.
    const first = outcome.created[0]!;
    expect((await prisma.activity.findUniqueOrThrow({ where: { id: first } })).awaitingOrganiser).toBe(true);
    await prisma.$transaction((tx) => confirmInTx(tx, first, null, "activity.confirm-by-link", new Date()));
    expect((await prisma.activity.findUniqueOrThrow({ where: { id: first } })).awaitingOrganiser).toBe(false);
  }, 240_000);

  it("imports the CSV export (UTF-8 with BOM) back to the same notices in the export's language", async () => {
    expect(csvByLocale.startsWith("\uFEFF")).toBe(true);
    await truncateAll(prisma);
    const actor = await moderator();
    const { id, report } = await previewImport({ actor, fileName: "seed.csv", content: csvByLocale, textLanguage: "fi", source: "CSV" });
    expect(report.counts.rejected).toBe(0);
    expect(report.counts.create).toBe(before.length);
    const outcome = await confirmImport({ actor, importId: id });
    await approveAll(actor, outcome.created);
    const after = await publicData();
    expect(after).toHaveLength(before.length);
    // One language per CSV line: compare the facts and the Finnish (or original) title.
    const facts = (rows: typeof before) => rows.map((r) => ({ org: r.organisation.name, businessId: r.organisation.businessId, themes: r.themes, forms: r.forms, municipalities: r.municipalities, places: r.places.map((p) => [p.streetAddress, p.postalCode, p.municipalityCode]), slots: r.slots, languages: r.languages }));
    const sorted = (rows: ReturnType<typeof facts>) => rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(sorted(facts(after))).toEqual(sorted(facts(before)));
  }, 240_000);
});

describe("dry run, duplicates and errors", () => {
  beforeEach(() => truncateAll(prisma));

  function service(overrides: Record<string, unknown> = {}) {
    return {
      id: "5f9e6c1a-0000-4000-8000-000000000001",
      name: "Kielikahvila Kallio",
      description: "Keskustellaan suomeksi.",
      application_process: "Tule paikalle.",
      organization: { name: "Kallion kerho ry", organization_identifiers: [{ identifier_type: "Y-tunnus", identifier: "1572860-0" }] },
      attributes: [{ link_type: "themes", value: "language" }, { link_type: "forms", value: "language-cafe" }],
      languages: [{ code: "fin" }],
      service_at_locations: [{ location: { location_type: "physical", addresses: [{ address_1: "Fleminginkatu 1", postal_code: "00530", city: "Helsinki" }] } }],
      schedules: [{ freq: "WEEKLY", byday: "TU", opens_at: "17:00", closes_at: "19:00" }],
      ...overrides,
    };
  }

  it("reports duplicates (same Y-tunnus; similar title, same organisation and municipality) and errors with row and field, and changes nothing until confirmed", async () => {
    const org = await createOrganisation(prisma, { businessId: "1572860-0", name: "Kallion Kerho" });
    const existing = await createActivity(prisma, { organisationId: org.id, translations: [{ locale: "fi", title: "Kielikahvila Kallio!" }], municipalities: ["091"] });
    const file = JSON.stringify({
      contents: [
        service(),
        service({ id: "5f9e6c1a-0000-4000-8000-000000000002", name: "Ompeluryhmä", attributes: [{ link_type: "themes", value: "culture" }, { link_type: "forms", value: "club" }] }),
        service({ id: "5f9e6c1a-0000-4000-8000-000000000003", application_process: "", schedules: [{ freq: "WEEKLY", byday: "XX", opens_at: "25:00", closes_at: "19:00" }] }),
        service({ id: "5f9e6c1a-0000-4000-8000-000000000004", organization: { name: "Uusi yhdistys", organization_identifiers: [{ identifier_type: "Y-tunnus", identifier: "1234567-2" }] }, service_at_locations: [{ location: { location_type: "physical", addresses: [{ address_1: "Katu 1", postal_code: "123", city: "Atlantis" }] } }] }),
      ],
    });
    const before = { activities: await prisma.activity.count(), organisations: await prisma.organisation.count() };
    const actor = await moderator();
    const { id, report } = await previewImport({ actor, fileName: "file.json", content: file, textLanguage: "fi", source: "Test" });

    expect(report.organisations).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "existing", reason: "business_id", organisationId: org.id })]));
    expect(report.rows.find((r) => r.row === 1)).toMatchObject({ kind: "duplicate", reason: "title", activityId: existing.id });
    expect(report.rows.find((r) => r.row === 2)).toMatchObject({ kind: "create", title: "Ompeluryhmä" });
    const third = report.rows.find((r) => r.row === 3);
    expect(third?.kind).toBe("rejected");
    const thirdFields = third && third.kind === "rejected" ? third.errors.map((e) => `${e.field}:${e.code}`) : [];
    expect(thirdFields).toEqual(expect.arrayContaining(["application_process:required", "schedules[0].opens_at:invalidTime", "schedules[0].byday:invalidDay"]));
    const fourth = report.rows.find((r) => r.row === 4);
    const fourthFields = fourth && fourth.kind === "rejected" ? fourth.errors.map((e) => `${e.field}:${e.code}`) : [];
    expect(fourthFields).toEqual(expect.arrayContaining(["organization.organization_identifiers:invalidBusinessId", "service_at_locations[0].location.addresses[0].postal_code:invalidPostalCode", "service_at_locations[0].location.addresses[0].city:unknownMunicipality"]));
    expect(report.counts).toEqual({ create: 1, update: 0, duplicate: 1, rejected: 2 });

    // Nothing changed by the dry run.
    expect({ activities: await prisma.activity.count(), organisations: await prisma.organisation.count() }).toEqual(before);

    // Confirmed without choosing the duplicate: only the new notice, in the existing organisation.
    const outcome = await confirmImport({ actor, importId: id });
    expect(outcome).toMatchObject({ skipped: 1, rejected: 2, organisations: [] });
    expect(outcome.created).toHaveLength(1);
    const created = await prisma.activity.findUniqueOrThrow({ where: { id: outcome.created[0]! }, select: { organisationId: true, status: true, awaitingOrganiser: true, importExternalId: true } });
    expect(created).toEqual({ organisationId: org.id, status: "SUBMITTED", awaitingOrganiser: true, importExternalId: "5f9e6c1a-0000-4000-8000-000000000002" });
    // A batch is imported once.
    await expect(confirmImport({ actor, importId: id })).rejects.toThrow("NOT_FOUND");
  });

  it("imports a duplicate when the moderator chooses it, and updates a previously imported notice still in moderation", async () => {
    const actor = await moderator();
    const first = await previewImport({ actor, fileName: "a.json", content: JSON.stringify([service()]), textLanguage: "fi", source: "Test" });
    const { created } = await confirmImport({ actor, importId: first.id });
    expect(created).toHaveLength(1);
    const again = await previewImport({ actor, fileName: "a.json", content: JSON.stringify([service({ name: "Kielikahvila Kallio (uusi aika)" })]), textLanguage: "fi", source: "Test" });
    expect(again.report.rows[0]).toMatchObject({ kind: "update", activityId: created[0] });
    const updated = await confirmImport({ actor, importId: again.id });
    expect(updated.updated).toEqual(created);
    expect((await prisma.activityTranslation.findFirstOrThrow({ where: { activityId: created[0]! } })).title).toBe("Kielikahvila Kallio (uusi aika)");

    const third = await previewImport({ actor, fileName: "b.json", content: JSON.stringify([service({ id: "other-id" })]), textLanguage: "fi", source: "Test" });
    expect(third.report.rows[0]).toMatchObject({ kind: "duplicate", reason: "title" });
    const outcome = await confirmImport({ actor, importId: third.id, importDuplicates: [1] });
    expect(outcome.created).toHaveLength(1);
  });

  it("rejects a file that is not HSDS JSON or our CSV, and lets a batch be discarded", async () => {
    const actor = await moderator();
    const bad = await previewImport({ actor, fileName: "x.json", content: "{ not json", textLanguage: "fi", source: "Test" });
    expect(bad.report.fileError).toBe("notJson");
    const csv = await previewImport({ actor, fileName: "x.csv", content: "a,b\n1,2\n", textLanguage: "fi", source: "Test" });
    expect(csv.report.fileError).toBe("csvHeader");
    await discardImport({ actor, importId: csv.id });
    await expect(confirmImport({ actor, importId: csv.id })).rejects.toThrow("NOT_FOUND");
    expect(await prisma.activity.count()).toBe(0);
  });

  it("is for moderators only", async () => {
    const user = await prisma.user.create({ data: { email: "user@example.fi" } });
    await expect(previewImport({ actor: { id: user.id, role: "USER" }, fileName: "a.json", content: "[]", textLanguage: "fi", source: "x" })).rejects.toThrow();
  });
});
