import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { publicActivityWhere } from "@/lib/activities/visibility";
import { getCoverage, getRegionCoverage, per10k, searchHref } from "@/lib/coverage/coverage";
import { assertDemandAccess, setCoordinatorRegions } from "@/lib/demand/coordinators";
import { weekOf, WORD_THRESHOLD } from "@/lib/demand/normalise";
import { currentDemandMonth, getDemand } from "@/lib/demand/queries";
import { recordSearchDemand, storeDemand } from "@/lib/demand/record";
import { seedDatabase } from "@/lib/db/seed";
import type { Prisma } from "@/lib/db/generated/client";
import { closeLimiters } from "@/lib/rate-limit/limiter";
import { searchActivities } from "@/lib/search";
import { parseSearchQuery } from "@/lib/search/query";
import { createUser } from "../support/accounts";
import { getTestPrisma, truncateAll } from "../support/db";

// Issue 15 (docs/decisions/015): the coverage figures against direct counts on the demo data,
// every figure's link giving the same number through the search page's search, and the demand
// figures: aggregate only, words under the threshold never shown, coordinators scoped to regions.

const prisma = getTestPrisma();
const NOW = new Date();

beforeAll(async () => {
  await truncateAll(prisma);
  await seedDatabase(prisma, { now: NOW, log: () => {} });
}, 120_000);
afterAll(() => closeLimiters());

async function regionCodes(region: string): Promise<string[]> {
  return (await prisma.municipality.findMany({ where: { regionCode: region }, select: { code: true } })).map((m) => m.code);
}

function count(where: Prisma.ActivityWhereInput) {
  return prisma.activity.count({ where: { AND: [publicActivityWhere(), where] } });
}

async function linkTotal(href: string): Promise<number> {
  const params = new URLSearchParams(href.split("?")[1] ?? "");
  return (await searchActivities(params, "fi")).total;
}

describe("coverage figures", () => {
  test("Finland: every public notice, the nationwide online ones counted once, per 10,000 residents of the whole population", async () => {
    const data = await getCoverage();
    const all = await count({});
    expect(all).toBeGreaterThan(50);
    expect(data.country.total).toBe(all);
    expect(data.country.local).toBe(all);
    const nationwide = await count({ nationwide: true });
    expect(nationwide).toBeGreaterThan(0); // the demo data has online notices for all of Finland
    expect(data.nationwide).toBe(nationwide);
    const population = (await prisma.municipality.aggregate({ _sum: { population: true } }))._sum.population!;
    expect(data.country.population).toBe(population);
    expect(per10k(data.country.local, data.country.population)).toBeCloseTo((all / population) * 10_000, 10);
    expect(data.regions).toHaveLength(19);
  });

  test("each region: its own notices, plus the nationwide online ones in its search; per 10,000 of its population; confirmed within 90 days", async () => {
    const data = await getCoverage();
    // The figures count from the moment they were computed.
    const since = new Date(data.computedAt.getTime() - 90 * 86_400_000);
    for (const region of data.regions) {
      const codes = await regionCodes(region.code);
      const local = await count({ municipalities: { hasSome: codes } });
      const withNationwide = await count({ OR: [{ municipalities: { hasSome: codes } }, { nationwide: true }] });
      expect(region.local, region.code).toBe(local);
      expect(region.total, region.code).toBe(withNationwide);
      const population = (await prisma.municipality.aggregate({ where: { regionCode: region.code }, _sum: { population: true } }))._sum.population!;
      expect(region.population).toBe(population);
      expect(per10k(region.local, region.population)).toBeCloseTo((local / population) * 10_000, 10);
      const confirmed = await count({ municipalities: { hasSome: codes }, lastConfirmedAt: { gte: since } });
      expect(region.confirmedRecently, region.code).toBe(confirmed);
    }
    // Uusimaa has notices of its own; the demo data leaves some regions with none.
    expect(data.regions.find((r) => r.code === "01")!.local).toBeGreaterThan(5);
  });

  test("region × target group, language and gender: direct counts, and the cell's link gives the same number", async () => {
    const data = await getCoverage();
    const uusimaa = data.regions.find((r) => r.code === "01")!;
    const codes = await regionCodes("01");
    for (const group of ["women", "men", "youth", "families"]) {
      const direct = await count({ municipalities: { hasSome: codes }, targetGroups: { has: group } });
      expect(uusimaa.counts.group[group] ?? 0, group).toBe(direct);
      expect(await linkTotal(searchHref(uusimaa, { local: true, dimension: "group", value: group }))).toBe(direct);
      const withOnline = await count({ OR: [{ municipalities: { hasSome: codes } }, { nationwide: true }], targetGroups: { has: group } });
      expect(uusimaa.countsAll.group[group] ?? 0, group).toBe(withOnline);
      expect(await linkTotal(searchHref(uusimaa, { dimension: "group", value: group }))).toBe(withOnline);
    }
    for (const lang of ["so", "ar", "ru"]) {
      const direct = await count({ municipalities: { hasSome: codes }, OR: [{ languages: { has: lang } }, { supportLanguages: { has: lang } }] });
      expect(uusimaa.counts.lang[lang] ?? 0, lang).toBe(direct);
    }
    const men = await count({ municipalities: { hasSome: codes }, genderSpace: "MEN" });
    expect(uusimaa.counts.gender.men ?? 0).toBe(men);
    // Finland's figures link to searches without a place.
    expect(await linkTotal(searchHref(data.country, { dimension: "theme", value: "language" }))).toBe(data.country.counts.theme.language);
  });

  test("municipalities of a region: direct counts", async () => {
    const data = (await getRegionCoverage("01"))!;
    const helsinki = data.municipalities.find((m) => m.code === "091")!;
    expect(helsinki.local).toBe(await count({ municipalities: { has: "091" } }));
    expect(helsinki.total).toBe(await count({ OR: [{ municipalities: { has: "091" } }, { nationwide: true }] }));
    expect(await linkTotal(searchHref(helsinki, { local: true }))).toBe(helsinki.local);
    expect(data.municipalities.every((m) => m.kind === "municipality")).toBe(true);
    expect(await getRegionCoverage("99")).toBeUndefined();
  });
});

describe("demand: aggregate only", () => {
  test("stores no address, session or exact time: the tables' columns are exactly these", async () => {
    const columns = await prisma.$queryRaw<{ table_name: string; column_name: string; data_type: string }[]>`
      SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name IN ('demand_search', 'demand_word') ORDER BY table_name, ordinal_position`;
    expect(columns.map((c) => `${c.table_name}.${c.column_name}:${c.data_type}`)).toEqual([
      "demand_search.week:date",
      "demand_search.region_code:character varying",
      "demand_search.filters:character varying",
      "demand_search.words:character varying",
      "demand_search.outcome:USER-DEFINED",
      "demand_search.searches:integer",
      "demand_word.week:date",
      "demand_word.region_code:character varying",
      "demand_word.word:character varying",
      "demand_word.searches:integer",
    ]);
  });

  test("the search page's hook counts a search that found little, once per search, with words folded and no address kept", async () => {
    await prisma.demandSearch.deleteMany({});
    await prisma.demandWord.deleteMany({});
    const headers = new Headers({ "x-forwarded-for": "203.0.113.9" });
    const few = await searchActivities({ q: "Sukellusklubi", municipality: "092", lang: "so" }, "fi");
    expect(few.total).toBeLessThan(3);
    await recordSearchDemand(few, "fi", headers);
    await recordSearchDemand(few, "fi", headers);
    // Not counted: a prefetch, a later page, a search that found enough, an address typed in.
    await recordSearchDemand(few, "fi", new Headers({ "x-forwarded-for": "203.0.113.9", "next-router-prefetch": "1" }));
    await recordSearchDemand({ ...few, query: { ...few.query, page: 2 } }, "fi", headers);
    const many = await searchActivities({ q: "kielikahvila" }, "fi");
    expect(many.total).toBeGreaterThanOrEqual(3);
    await recordSearchDemand(many, "fi", headers);
    const rows = await prisma.demandSearch.findMany();
    expect(rows).toEqual([{ week: weekOf(new Date()), regionCode: "01", filters: "municipality=092&lang=so", words: "sukellusklubi", outcome: few.total === 0 ? "NONE" : "FEW", searches: 2 }]);
    expect(await prisma.demandWord.findMany()).toEqual([{ week: weekOf(new Date()), regionCode: "01", word: "sukellusklubi", searches: 2 }]);
    const dump = JSON.stringify(await prisma.$queryRawUnsafe("SELECT * FROM demand_search, demand_word"));
    expect(dump).not.toContain("203.0.113.9");
  });

  test("a word shows only once five searches in that week and region used it; the others never appear", async () => {
    await prisma.demandSearch.deleteMany({});
    await prisma.demandWord.deleteMany({});
    const now = new Date();
    for (let k = 0; k < WORD_THRESHOLD; k++) await storeDemand({ regionCode: "06", filters: "", words: ["kuoro"], outcome: "NONE" }, now);
    for (let k = 0; k < WORD_THRESHOLD - 1; k++) await storeDemand({ regionCode: "06", filters: "group=men", words: ["kuoro", "harvinaissana"], outcome: "NONE" }, now);
    // Five searches with the rare word, but in another region: does not lift it in Pirkanmaa.
    for (let k = 0; k < WORD_THRESHOLD; k++) await storeDemand({ regionCode: "08", filters: "", words: ["harvinaissana"], outcome: "NONE" }, now);
    // The same word last week, four times: not five in any one week.
    const lastWeek = new Date(now.getTime() - 7 * 86_400_000);
    await storeDemand({ regionCode: "06", filters: "", words: ["harvinaissana"], outcome: "FEW" }, lastWeek);

    const moderator = await createUser(prisma, { role: "MODERATOR" });
    const month = currentDemandMonth(now);
    const pirkanmaa = await getDemand({ actor: moderator, regionCode: "06", month });
    expect(JSON.stringify(pirkanmaa)).not.toContain("harvinaissana");
    expect(pirkanmaa.items.find((i) => i.filters === "" && i.words.join() === "kuoro")?.searches).toBe(WORD_THRESHOLD);
    const withMen = pirkanmaa.items.find((i) => i.filters === "group=men")!;
    expect(withMen).toMatchObject({ words: ["kuoro"], hiddenWords: 1, none: WORD_THRESHOLD - 1 });
    // In Kymenlaakso the word reached five.
    const kymenlaakso = await getDemand({ actor: moderator, regionCode: "08", month });
    expect(kymenlaakso.items.map((i) => i.words)).toEqual([["harvinaissana"]]);
  });

  test("a coordinator sees the demand of their own regions only; nobody else sees any", async () => {
    const moderator = await createUser(prisma, { role: "MODERATOR" });
    const coordinator = await createUser(prisma, { email: "koordinaattori-a@example.fi" });
    const stranger = await createUser(prisma);
    await setCoordinatorRegions({ actor: moderator, email: coordinator.email, regions: ["06"] });
    const month = currentDemandMonth();
    await expect(getDemand({ actor: coordinator, regionCode: "06", month })).resolves.toBeDefined();
    await expect(getDemand({ actor: coordinator, regionCode: "08", month })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDemand({ actor: coordinator, regionCode: "", month })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDemand({ actor: stranger, regionCode: "06", month })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(assertDemandAccess(null, "06")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDemand({ actor: moderator, regionCode: "08", month })).resolves.toBeDefined();
    // Only moderators give the role, and the audit log records it.
    await expect(setCoordinatorRegions({ actor: coordinator, email: stranger.email, regions: ["08"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setCoordinatorRegions({ actor: moderator, email: "nobody@example.fi", regions: ["08"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const audit = await prisma.auditEntry.findFirst({ where: { action: "user.coordinator", entityId: coordinator.id } });
    expect(audit?.changes).toEqual({ from: [], to: ["06"] });
    // Taking the regions away ends the access.
    await setCoordinatorRegions({ actor: moderator, email: coordinator.email, regions: [] });
    await expect(getDemand({ actor: coordinator, regionCode: "06", month })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("the stored filters parse back to the search they came from", () => {
    const query = parseSearchQuery(new URLSearchParams("lang=so&group=men"));
    expect(query.lang).toEqual(["so"]);
    expect(query.group).toEqual(["men"]);
  });
});
