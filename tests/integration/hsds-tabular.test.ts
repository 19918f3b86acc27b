import { unzipSync, zipSync } from "fflate";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/db/seed";
import { exportTabular } from "@/lib/hsds/export";
import { confirmImport, previewImport } from "@/lib/hsds/import/mutations";
import { readUpload, type UploadedFile } from "@/lib/hsds/import/upload";
import { toCsv } from "@/lib/hsds/csv";
import { getTestPrisma, truncateAll } from "../support/db";
import { approveAll, moderator, publicData } from "../support/hsds-import";

// The HSDS tabular form (one CSV file per object, joined by ids): exported as a zip, read from
// a zip or from several files chosen together, and imported through the same dry run,
// duplicate check and transactional confirmation as HSDS JSON.

const prisma = getTestPrisma();
const ORIGIN = "https://tukiverkko.example";
const MAX = 5 * 1024 * 1024;
const encode = (text: string) => new TextEncoder().encode(text);

describe("round trip through the tabular form", () => {
  let zip: Uint8Array;
  let before: Awaited<ReturnType<typeof publicData>>;

  beforeAll(async () => {
    await truncateAll(prisma);
    await seedDatabase(prisma, { now: new Date() });
    before = await publicData();
    ({ zip } = await exportTabular({ params: new URLSearchParams(), locale: "fi", origin: ORIGIN }));
  }, 240_000);

  it("exports the seed as CSV files of the specification with a datapackage.json", () => {
    const files = unzipSync(zip);
    for (const name of ["datapackage.json", "organizations.csv", "services.csv", "locations.csv", "service_at_location.csv", "addresses.csv", "schedules.csv", "languages.csv", "attributes.csv", "taxonomy_terms.csv", "service_translations.csv"]) {
      expect(Object.keys(files)).toContain(name);
    }
    const services = new TextDecoder("utf-8", { ignoreBOM: true }).decode(files["services.csv"]);
    expect(services.startsWith("\uFEFFid,")).toBe(true);
    expect(services.split("\r\n")[0]).toContain("organization_id");
    const datapackage = JSON.parse(new TextDecoder().decode(files["datapackage.json"])) as { profile: string; resources: { path: string }[] };
    expect(datapackage.profile).toBe("tabular-data-package");
    expect(datapackage.resources.map((r) => r.path)).toContain("services.csv");
  });

  it("imports the zip into an empty database: after approval the same public data", async () => {
    await truncateAll(prisma);
    const actor = await moderator();
    const upload = readUpload([{ name: "seed-hsds.zip", bytes: zip }], MAX);
    expect(upload.kind).toBe("tabular");
    if (upload.kind !== "tabular") return;
    const { id, report } = await previewImport({ actor, fileName: upload.fileName, tables: upload.tables, textLanguage: "fi", source: "Tabular export" });
    expect(report.rows.filter((r) => r.kind === "rejected")).toEqual([]);
    expect(report.counts).toEqual({ create: before.length, update: 0, duplicate: 0, rejected: 0 });
    expect(await prisma.activity.count()).toBe(0);
    const stored = await prisma.openDataImport.findUniqueOrThrow({ where: { id }, select: { format: true } });
    expect(stored.format).toBe("hsds-tabular");

    const outcome = await confirmImport({ actor, importId: id });
    expect(outcome.created).toHaveLength(before.length);
    await approveAll(actor, outcome.created);
    expect(await publicData()).toEqual(before);
  }, 240_000);
});

/** A small tabular file set in another directory's style: its own ids and taxonomy terms. */
function foreignFiles(options: { businessId: string; title: string }) {
  const files: Record<string, string> = {
    "organizations.csv": toCsv(["id", "name", "description", "tax_id"], [["org-1", "Kotoutumisyhdistys", "Yhdistys", options.businessId], ["org-2", "Naapuriryhmä", "Vapaaehtoiset", ""]]),
    "services.csv": toCsv(
      ["id", "organization_id", "name", "description", "application_process", "status"],
      [
        ["svc-1", "org-1", options.title, "Keskustellaan suomeksi rennosti.", "Tule paikalle.", "active"],
        ["svc-2", "org-2", "Läksykerho", "Apua läksyihin.", "Ilmoittaudu sähköpostilla.", "active"],
        ["svc-3", "org-missing", "Orpo palvelu", "Ei organisaatiota.", "Tule.", "active"],
      ],
    ),
    "locations.csv": toCsv(["id", "location_type", "name", "latitude", "longitude"], [["loc-1", "physical", "Kirjasto", "60.1699", "24.9384"]]),
    "service_at_location.csv": toCsv(["id", "service_id", "location_id"], [["sal-1", "svc-1", "loc-1"], ["sal-2", "svc-2", "loc-1"], ["sal-3", "svc-3", "loc-unknown"]]),
    "addresses.csv": toCsv(["id", "location_id", "address_1", "city", "postal_code", "state_province", "country", "address_type"], [["adr-1", "loc-1", "Oodi, Töölönlahdenkatu 4", "Helsinki", "00100", "Uusimaa", "FI", "physical"]]),
    "schedules.csv": toCsv(["id", "service_id", "freq", "byday", "opens_at", "closes_at"], [["sch-1", "svc-1", "WEEKLY", "WE", "17:00", "19:00"], ["sch-2", "svc-2", "WEEKLY", "XX", "15:00", "14:00"]]),
    "languages.csv": toCsv(["id", "service_id", "code"], [["lang-1", "svc-1", "fin"], ["lang-2", "svc-2", "fi"]]),
    "taxonomy_terms.csv": toCsv(["id", "code", "name", "description", "taxonomy"], [["term-a", "language", "Kieli", "Kielen oppiminen", "themes"], ["term-b", "language-cafe", "Kielikahvila", "Kielikahvila", "forms"], ["term-c", "homework", "Läksyt", "Läksyapu", "themes"]]),
    "attributes.csv": toCsv(
      ["id", "link_id", "link_entity", "taxonomy_term_id"],
      [["att-1", "svc-1", "service", "term-a"], ["att-2", "svc-1", "service", "term-b"], ["att-3", "svc-2", "service", "term-c"], ["att-4", "svc-2", "service", "term-b"]],
    ),
  };
  return files;
}

const asUploads = (files: Record<string, string>): UploadedFile[] => Object.entries(files).map(([name, text]) => ({ name, bytes: encode(text) }));

describe("several files chosen together", () => {
  beforeEach(async () => {
    await truncateAll(prisma);
    await seedDatabase(prisma, { now: new Date() });
  }, 240_000);

  it("joins the files by id, names errors by file, line and column, finds duplicates, and writes nothing until confirmed", async () => {
    const existing = await prisma.activity.findFirstOrThrow({
      where: { status: "PUBLISHED", organisation: { businessId: { not: null } }, municipalities: { has: "091" } },
      select: { id: true, organisation: { select: { businessId: true } }, translations: { select: { title: true }, take: 1 } },
    });
    const upload = readUpload(asUploads(foreignFiles({ businessId: existing.organisation.businessId!, title: existing.translations[0]!.title })), MAX);
    expect(upload.kind).toBe("tabular");
    if (upload.kind !== "tabular") return;
    const actor = await moderator();
    const activities = await prisma.activity.count();
    const { id, report } = await previewImport({ actor, fileName: upload.fileName, tables: upload.tables, textLanguage: "fi", source: "Toinen hakemisto" });
    // Lines of services.csv: the header is line 1.
    const byRow = new Map(report.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)).toMatchObject({ kind: "duplicate", activityId: existing.id });
    expect(byRow.get(3)?.kind).toBe("rejected");
    const rejected3 = byRow.get(3);
    if (rejected3?.kind === "rejected") expect(rejected3.errors.map((e) => e.field)).toContain("schedules[0].byday");
    const rejected4 = byRow.get(4);
    expect(rejected4?.kind).toBe("rejected");
    if (rejected4?.kind === "rejected") {
      expect(rejected4.errors.map((e) => e.field)).toEqual(expect.arrayContaining(["services.csv:4 organization_id", "service_at_location.csv:4 location_id"]));
      expect(rejected4.errors.every((e) => e.code === "unknownReference" || e.code !== "")).toBe(true);
    }
    expect(report.organisations.find((o) => o.businessId === existing.organisation.businessId)?.kind).toBe("existing");
    expect(await prisma.activity.count()).toBe(activities);

    const outcome = await confirmImport({ actor, importId: id, importDuplicates: [2] });
    expect(outcome.created).toHaveLength(1);
    const created = await prisma.activity.findUniqueOrThrow({ where: { id: outcome.created[0] }, select: { forms: true, themes: true, languages: true, places: { select: { latitude: true, postalCode: true, municipalityCode: true } }, awaitingOrganiser: true } });
    expect(created).toMatchObject({ forms: ["language-cafe"], themes: ["language"], languages: ["fi"], awaitingOrganiser: true });
    expect(created.places[0]).toMatchObject({ latitude: 60.1699, postalCode: "00100", municipalityCode: "091" });
  });

  it("reads the same files from a zip, and refuses what is not a readable zip or names no table", async () => {
    const files = foreignFiles({ businessId: "", title: "Kielikahvila Oodissa" });
    const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [`export/${name}`, encode(text)])));
    const fromZip = readUpload([{ name: "hsds.zip", bytes: zip }], MAX);
    const fromFiles = readUpload(asUploads(files), MAX);
    expect(fromZip.kind === "tabular" && fromFiles.kind === "tabular" && fromZip.tables).toEqual(fromFiles.kind === "tabular" && fromFiles.tables);
    expect(readUpload([{ name: "broken.zip", bytes: encode("PK\u0003\u0004 not really") }], MAX)).toEqual({ kind: "error", error: "unreadableZip" });
    expect(readUpload([{ name: "a.txt", bytes: encode("x") }, { name: "b.txt", bytes: encode("y") }], MAX)).toEqual({ kind: "error", error: "noTables" });
    expect(readUpload([{ name: "hsds.zip", bytes: zipSync({ "services.csv": new Uint8Array(2048) }) }], 1024)).toEqual({ kind: "error", error: "fileTooLarge" });
    // One JSON file stays the JSON import.
    expect(readUpload([{ name: "x.json", bytes: encode("[]") }], MAX)).toMatchObject({ kind: "single", fileName: "x.json" });
  });

  it("a file without services.csv, or with a broken CSV, is refused whole", async () => {
    const actor = await moderator();
    const noServices = await previewImport({ actor, fileName: "x", tables: { organizations: toCsv(["id", "name"], [["o", "O"]]) }, textLanguage: "fi", source: "x" });
    expect(noServices.report.fileError).toBe("tabularNoServices");
    const broken = await previewImport({ actor, fileName: "x", tables: { services: 'id,name\n"unclosed,quote\n' }, textLanguage: "fi", source: "x" });
    expect(broken.report.fileError).toBe("csvSyntax");
  });
});
