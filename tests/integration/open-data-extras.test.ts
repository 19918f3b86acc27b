import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/db/seed";
import { LOCALES } from "@/lib/i18n/locales";
import { sitemapEntries } from "@/lib/site/sitemap";
import { getImport, readStoredSummary } from "@/lib/hsds/import/queries";
import { getTestPrisma, truncateAll } from "../support/db";

// Issue 16, the smaller parts: the open-data page in the sitemap; the stored import report
// parsed with its schema when read back.

const prisma = getTestPrisma();

beforeAll(async () => {
  await truncateAll(prisma);
  await seedDatabase(prisma, { now: new Date() });
}, 240_000);

describe("sitemap", () => {
  it("lists /{locale}/open-data with an alternate for every locale and x-default", async () => {
    const entries = await sitemapEntries("https://tukiverkko.example");
    const entry = entries.find((e) => e.url === "https://tukiverkko.example/fi/open-data");
    expect(entry).toBeDefined();
    for (const locale of LOCALES) expect(entry!.alternates.languages[locale]).toBe(`https://tukiverkko.example/${locale}/open-data`);
    expect(entry!.alternates.languages["x-default"]).toBe("https://tukiverkko.example/fi/open-data");
  });
});

describe("stored import report", () => {
  const report = { rows: [{ row: 1, kind: "create", title: "Kielikahvila", organisation: "Yhdistys" }], organisations: [], counts: { create: 1, update: 0, duplicate: 0, rejected: 0 } };

  it("reads a dry run's report and an import's { report, outcome } through the schema", () => {
    expect(readStoredSummary(report)?.report.rows[0]).toEqual(report.rows[0]);
    const outcome = { created: ["a"], updated: [], skipped: 0, rejected: 0, organisations: [] };
    expect(readStoredSummary({ report, outcome })?.outcome).toEqual(outcome);
  });

  it("says a damaged stored report is unreadable instead of failing", async () => {
    expect(readStoredSummary({ rows: "nonsense" })).toBeUndefined();
    expect(readStoredSummary({ ...report, rows: [{ row: 1, kind: "teleport" }] })).toBeUndefined();
    expect(readStoredSummary(null)).toBeUndefined();
    const user = await prisma.user.create({ data: { email: "mod-report@example.fi", role: "MODERATOR" } });
    const batch = await prisma.openDataImport.create({
      data: { createdById: user.id, fileName: "x.json", format: "hsds-json", source: "test", textLanguage: "fi", content: "[]", summary: { counts: "broken" } },
      select: { id: true },
    });
    const view = await getImport({ actor: { id: user.id, role: "MODERATOR" }, importId: batch.id });
    expect(view?.reportUnreadable).toBe(true);
    expect(view?.report).toBeUndefined();
    const good = await prisma.openDataImport.create({
      data: { createdById: user.id, fileName: "y.json", format: "hsds-json", source: "test", textLanguage: "fi", content: "[]", summary: report },
      select: { id: true },
    });
    const goodView = await getImport({ actor: { id: user.id, role: "MODERATOR" }, importId: good.id });
    expect(goodView?.reportUnreadable).toBe(false);
    expect(goodView?.report?.counts.create).toBe(1);
  });
});
