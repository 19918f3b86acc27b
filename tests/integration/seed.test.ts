import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { publicActivityWhere } from "@/lib/activities/visibility";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDatabase } from "@/lib/db/seed";
import { ACTIVITY_FORMS, TARGET_GROUPS, THEMES } from "@/lib/reference/taxonomies";
import { createFreshDatabase } from "../support/db";

// The demo data (lib/db/seed.ts) on a database of its own, migrated from scratch and seeded
// twice: what the e2e tests, a first `npm start` and a demo rely on.

const NOW = new Date("2026-11-23T09:00:00Z");

let drop: (() => Promise<void>) | undefined;
let prisma: PrismaClient;
let sql: pg.Client;
let countsAfterFirst: Record<string, number>;
let countsAfterSecond: Record<string, number>;

async function rowCounts(): Promise<Record<string, number>> {
  const { rows } = await sql.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1",
  );
  const counts: Record<string, number> = {};
  for (const { tablename } of rows) {
    const result = await sql.query<{ n: string }>(`SELECT count(*) AS n FROM "${tablename}"`);
    counts[tablename] = Number(result.rows[0]?.n);
  }
  return counts;
}

/** The activities the public sees at NOW (lib/activities/visibility.ts decides). */
function publicActivities() {
  return prisma.activity.findMany({
    where: publicActivityWhere(NOW),
    select: {
      id: true,
      organisationId: true,
      originalLanguage: true,
      themes: true,
      targetGroups: true,
      forms: true,
      places: { select: { municipality: { select: { code: true, regionCode: true } } } },
      translations: { select: { locale: true } },
    },
  });
}

const distinct = <T,>(values: T[]) => [...new Set(values)].sort();

beforeAll(async () => {
  const db = await createFreshDatabase("seed");
  drop = db.drop;
  await applyMigrations(db.url);
  prisma = createPrismaClient(db.url);
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  await seedDatabase(prisma, { now: NOW });
  countsAfterFirst = await rowCounts();
  await seedDatabase(prisma, { now: NOW });
  countsAfterSecond = await rowCounts();
}, 180_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await sql?.end();
  await drop?.();
});

describe("seedDatabase", () => {
  test("is idempotent: a second run leaves the same number of rows in every table", () => {
    expect(countsAfterFirst.activity).toBeGreaterThan(0);
    expect(countsAfterSecond).toEqual(countsAfterFirst);
  });

  test("writes all 309 municipalities and 19 regions", () => {
    expect(countsAfterSecond.municipality).toBe(309);
    expect(countsAfterSecond.region).toBe(19);
  });

  test("has at least 80 published, valid activities from at least 20 organisations", async () => {
    const activities = await publicActivities();
    expect(activities.length).toBeGreaterThanOrEqual(80);
    expect(countsAfterSecond.organisation).toBeGreaterThanOrEqual(20);
    expect(distinct(activities.map((activity) => activity.organisationId)).length).toBeGreaterThanOrEqual(20);
  });

  test("every public activity has a translation in its original language", async () => {
    const missing = (await publicActivities())
      .filter((activity) => !activity.translations.some((translation) => translation.locale === activity.originalLanguage))
      .map((activity) => activity.id);
    expect(missing).toEqual([]);
  });

  test("places of public activities cover at least 15 municipalities across at least 6 regions", async () => {
    const municipalities = (await publicActivities()).flatMap((activity) => activity.places.map((place) => place.municipality));
    expect(distinct(municipalities.map((municipality) => municipality.code)).length).toBeGreaterThanOrEqual(15);
    expect(distinct(municipalities.map((municipality) => municipality.regionCode)).length).toBeGreaterThanOrEqual(6);
  });

  test("public activities use every theme, target group and activity form, and no unknown slug", async () => {
    const activities = await publicActivities();
    expect(distinct(activities.flatMap((activity) => activity.themes))).toEqual([...THEMES].sort());
    expect(distinct(activities.flatMap((activity) => activity.targetGroups))).toEqual([...TARGET_GROUPS].sort());
    expect(distinct(activities.flatMap((activity) => activity.forms))).toEqual([...ACTIVITY_FORMS].sort());
  });

  test("public notices are written in Finnish, Swedish, English, Arabic, Russian and Somali (at least)", async () => {
    const languages = distinct((await publicActivities()).map((activity) => activity.originalLanguage));
    expect(languages).toEqual(expect.arrayContaining(["fi", "sv", "en", "ar", "ru", "so"]));
  });
});
