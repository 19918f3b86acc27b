import { beforeEach, describe, expect, it } from "vitest";
import type { EngineQuery } from "@/lib/search/engine";
import { createPostgresEngine } from "@/lib/search/postgres-engine";
import { parseSearchQuery } from "@/lib/search/query";
import { ensureSearchFormat, SEARCH_FORMAT, syncSearchDocument } from "@/lib/search/sync";
import { getTestPrisma, truncateAll } from "../support/db";
import { createActivity, createOrganisation } from "../support/factories";

// Search is never stale: documents removed without going through lib/search/sync.ts (the
// cascade from a deleted notice) leave every instance's snapshot, and documents written by an
// older format are rebuilt once.

const prisma = getTestPrisma();
const query = (params: Record<string, string>): EngineQuery => ({ ...parseSearchQuery(params), pageSize: 20 });

beforeEach(() => truncateAll(prisma));

describe("search freshness", () => {
  it("drops a notice deleted by cascade from results and counts", async () => {
    const org = await createOrganisation(prisma);
    const kept = await createActivity(prisma, { organisationId: org.id, translations: [{ locale: "fi", title: "Kielikahvila Kalliossa" }] });
    const gone = await createActivity(prisma, { organisationId: org.id, translations: [{ locale: "fi", title: "Kielikahvila Vallilassa" }] });
    for (const a of [kept, gone]) await syncSearchDocument(prisma, a.id);
    const engine = createPostgresEngine(prisma);
    expect((await engine.search(query({ q: "kielikahvila" }))).total).toBe(2);
    const generation = async () => (await prisma.$queryRaw<{ generation: bigint }[]>`SELECT generation FROM search_state`)[0]!.generation;
    const before = await generation();
    await prisma.activity.delete({ where: { id: gone.id } }); // the search document goes by ON DELETE CASCADE
    const after = await engine.search(query({ q: "kielikahvila" }));
    expect(after.ids).toEqual([kept.id]);
    expect(after.facets.municipality["091"]).toBe(1);
    expect(engine.status().notices).toBe(1);
    // A change like any other: instances drop the slot without reloading everything.
    expect(await generation()).toBe(before);
  });

  it("brings back a notice removed and written again under the same id", async () => {
    const org = await createOrganisation(prisma);
    const activity = await createActivity(prisma, { organisationId: org.id, translations: [{ locale: "fi", title: "Kielikahvila Kalliossa" }] });
    await syncSearchDocument(prisma, activity.id);
    const engine = createPostgresEngine(prisma);
    expect((await engine.search(query({ q: "kielikahvila" }))).total).toBe(1);
    await prisma.$executeRaw`DELETE FROM search_document WHERE activity_id = ${activity.id}`;
    await syncSearchDocument(prisma, activity.id);
    expect((await engine.search(query({ q: "kielikahvila" }))).ids).toEqual([activity.id]);
  });

  it("reads the documents again when the municipalities change (a merger adds a code)", async () => {
    const org = await createOrganisation(prisma);
    const engine = createPostgresEngine(prisma);
    await engine.search(query({}));
    await prisma.municipality.create({ data: { code: "999", nameFi: "Uusikunta", nameSv: "Nykommun", regionCode: "01", population: 1 } });
    try {
      const activity = await createActivity(prisma, { organisationId: org.id, municipalities: ["999"] });
      await syncSearchDocument(prisma, activity.id);
      const result = await engine.search(query({ municipality: "999", nationwide: "0" }));
      expect(result.ids).toEqual([activity.id]);
      expect(result.facets.municipality["999"]).toBe(1);
    } finally {
      await prisma.activity.deleteMany({ where: { municipalities: { has: "999" } } });
      await prisma.municipality.delete({ where: { code: "999" } });
    }
  });

  it("rebuilds documents of an older format once", async () => {
    const org = await createOrganisation(prisma);
    const activity = await createActivity(prisma, { organisationId: org.id, translations: [{ locale: "fi", title: "Shakkikerho" }] });
    await syncSearchDocument(prisma, activity.id);
    await prisma.$executeRaw`UPDATE search_document SET terms = '{}'`;
    await prisma.$executeRaw`UPDATE search_state SET format = 0`;
    expect(await ensureSearchFormat(prisma)).toBe(1);
    expect(await ensureSearchFormat(prisma)).toBeUndefined();
    const [state] = await prisma.$queryRaw<{ format: number }[]>`SELECT format FROM search_state`;
    expect(state!.format).toBe(SEARCH_FORMAT);
    expect((await createPostgresEngine(prisma).search(query({ q: "shakki" }))).ids).toEqual([activity.id]);
  });

  it("keeps a changed notice's words up to date in the postings: old words stop matching, new ones match", async () => {
    const org = await createOrganisation(prisma);
    const activity = await createActivity(prisma, { organisationId: org.id, translations: [{ locale: "fi", title: "Shakkiturnaus" }] });
    await syncSearchDocument(prisma, activity.id);
    const engine = createPostgresEngine(prisma);
    expect((await engine.search(query({ q: "shakki" }))).ids).toEqual([activity.id]);
    await prisma.activityTranslation.updateMany({ where: { activityId: activity.id }, data: { title: "Sulkapallovuoro", summary: "Sulkapalloa keskiviikkoisin." } });
    await syncSearchDocument(prisma, activity.id);
    expect((await engine.search(query({ q: "shakki" }))).total).toBe(0);
    expect((await engine.search(query({ q: "sulkapallovuoro" }))).ids).toEqual([activity.id]);
  });

  it("reports a cold instance as not ready until its first snapshot has loaded, and warms it on request", async () => {
    const org = await createOrganisation(prisma);
    await createActivity(prisma, { organisationId: org.id, translations: [{ locale: "fi", title: "Kielikahvila" }] }).then((a) => syncSearchDocument(prisma, a.id));
    const engine = createPostgresEngine(prisma);
    expect(engine.status()).toMatchObject({ ready: false, notices: 0 });
    const warming = engine.warm();
    expect(engine.status().ready).toBe(false);
    await warming;
    expect(engine.status().ready).toBe(true);
    const status = engine.status();
    expect(status.notices).toBe(1);
    expect(status.terms).toBeGreaterThan(0);
    expect(status.bytes).toBeGreaterThan(0);
    expect(status.loadedAt).toBeInstanceOf(Date);
  });
});
