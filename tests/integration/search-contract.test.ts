import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresEngine } from "@/lib/search/postgres-engine";
import type { EngineQuery, SearchEngine } from "@/lib/search/engine";
import { parseSearchQuery } from "@/lib/search/query";
import { syncSearchDocument } from "@/lib/search/sync";
import { getTestPrisma, truncateAll } from "../support/db";
import { createActivity, createOrganisation } from "../support/factories";
import { configuredMeilisearchEngine } from "../support/meilisearch";

// One contract, every engine: the same fixtures and expectations run against PostgreSQL
// always, and against Meilisearch when MEILISEARCH_URL points at a server.

const prisma = getTestPrisma();
const DAY = 86_400_000;

function q(params: Record<string, string | string[]>): EngineQuery {
  const parsed = parseSearchQuery(params);
  return { ...parsed, pageSize: 20 };
}

type Fixture = Record<string, string>;

async function buildFixture(): Promise<Fixture> {
  const org = await createOrganisation(prisma, { name: "Monikulttuuriyhdistys Silta ry" });
  const ids: Fixture = {};
  const make = async (key: string, options: Parameters<typeof createActivity>[1] extends infer T ? Omit<T & object, "organisationId"> : never) => {
    const activity = await createActivity(prisma, { organisationId: org.id, ...options });
    await syncSearchDocument(prisma, activity.id);
    ids[key] = activity.id;
  };
  await make("cafe", {
    translations: [
      { locale: "fi", title: "Kielikahvila kirjastossa", summary: "Harjoittele suomen kieltä rennosti." },
      { locale: "en", title: "Language café at the library", summary: "Practise Finnish in a relaxed group." },
    ],
    themes: ["language", "social"], targetGroups: ["everyone"], forms: ["language-cafe"], languages: ["fi"], supportLanguages: ["ar", "so"],
    municipalities: ["091"], acceptsReferrals: true, isFree: true, publishedAt: new Date(Date.now() - 1 * DAY), lastConfirmedAt: new Date(Date.now() - 30 * DAY),
    capacityStatus: "ROOM", capacitySetAt: new Date(Date.now() - 2 * DAY),
    slots: { create: [{ weekday: 2, startMinute: 17 * 60, endMinute: 19 * 60 }] },
  });
  await make("mothers", {
    translations: [{ locale: "fi", title: "Äitien käsityöpiiri", summary: "Äidit ja lapset tekevät käsitöitä yhdessä." }],
    themes: ["culture", "family"], targetGroups: ["women", "families"], forms: ["club"], languages: ["fi", "ar"],
    municipalities: ["049"], childcare: true, genderSpace: "WOMEN", isFree: true, publishedAt: new Date(Date.now() - 2 * DAY), lastConfirmedAt: new Date(Date.now() - 60_000),
    // "Room" said 40 days ago: unknown now, so not "has room".
    capacityStatus: "ROOM", capacitySetAt: new Date(Date.now() - 40 * DAY),
    slots: { create: [{ weekday: 3, startMinute: 10 * 60, endMinute: 12 * 60 }] },
  });
  await make("football", {
    translations: [{ locale: "fi", title: "Jalkapallo nuorille", summary: "Pelataan jalkapalloa joka lauantai." }],
    themes: ["sports"], targetGroups: ["youth"], forms: ["club"], languages: ["fi"], municipalities: ["853"], ageMin: 13, ageMax: 25,
    isFree: false, finnishLevel: "SOME", publishedAt: new Date(Date.now() - 3 * DAY), capacityStatus: "FULL", capacitySetAt: new Date(),
    slots: { create: [{ weekday: 6, startMinute: 12 * 60, endMinute: 14 * 60 }] },
  });
  await make("digital", {
    translations: [{ locale: "fi", title: "Digitaidot haltuun", summary: "Opi käyttämään verkkopankkia ja OmaKantaa." }],
    themes: ["digital"], targetGroups: ["seniors"], forms: ["course"], languages: ["fi", "ru"], municipalities: [], nationwide: true, mode: "ONLINE",
    publishedAt: new Date(Date.now() - 4 * DAY), slots: { create: [{ weekday: 1, startMinute: 18 * 60, endMinute: 19 * 60 }] },
  });
  await make("club", {
    translations: [{ locale: "sv", title: "Suomen kielen kerho", summary: "Vi övar finska tillsammans." }],
    themes: ["language"], targetGroups: ["everyone"], forms: ["club"], languages: ["sv", "fi"], municipalities: ["638"], finnishLevel: "GOOD",
    publishedAt: new Date(Date.now() - 5 * DAY), slots: { create: [{ weekday: 4, startMinute: 18 * 60, endMinute: 20 * 60 }] },
  });
  await make("russian", {
    translations: [{ locale: "ru", title: "Группа поддержки для родителей", summary: "Встречи родителей на русском языке." }],
    themes: ["family"], targetGroups: ["families"], forms: ["peer-group"], languages: ["ru"], municipalities: ["091"], mode: "HYBRID",
    genderSpace: "MEN", publishedAt: new Date(Date.now() - 6 * DAY),
  });
  // Never public:
  for (const [key, extra] of Object.entries({
    draft: { status: "DRAFT" },
    submitted: { status: "SUBMITTED" },
    rejected: { status: "REJECTED" },
    archived: { status: "ARCHIVED" },
    expired: { validUntil: new Date(Date.now() - DAY) },
    deleted: { deletedAt: new Date() },
  } as const)) {
    await make(key, { ...extra, translations: [{ locale: "fi", title: `Kielikahvila piilossa ${key}` }], themes: ["language"], municipalities: ["091"] });
  }
  return ids;
}

const engines: { name: string; create: () => SearchEngine | undefined; skip?: string }[] = [
  { name: "postgres", create: () => createPostgresEngine(prisma) },
  configuredMeilisearchEngine(prisma),
];

for (const { name, create, skip } of engines) {
  describe.skipIf(Boolean(skip))(`search contract: ${name}${skip ? ` (skipped: ${skip})` : ""}`, () => {
    let engine: SearchEngine;
    let ids: Fixture;
    const find = async (params: Record<string, string | string[]>) => (await engine.search(q(params))).ids;
    const named = (...keys: string[]) => keys.map((k) => ids[k]);

    beforeAll(async () => {
      await truncateAll(prisma);
      ids = await buildFixture();
      engine = create()!;
      await (engine as SearchEngine & { ready?: () => Promise<void> }).ready?.();
    });
    afterAll(() => truncateAll(prisma));

    it("finds only published, valid, undeleted notices, newest first", async () => {
      const result = await engine.search(q({}));
      expect(result.total).toBe(6);
      expect(result.ids).toEqual(named("cafe", "mothers", "football", "digital", "club", "russian"));
    });

    it("sorts by most recently confirmed", async () => {
      expect((await find({ sort: "confirmed" }))[0]).toBe(ids.mothers);
    });

    it("pages, and a page beyond the end is empty with the total", async () => {
      const first = await engine.search({ ...q({}), pageSize: 4 });
      const second = await engine.search({ ...q({ page: "2" }), pageSize: 4 });
      expect(first.ids).toHaveLength(4);
      expect(second.ids).toEqual(named("club", "russian"));
      const beyond = await engine.search(q({ page: "50" }));
      expect(beyond).toMatchObject({ total: 6, ids: [] });
    });

    it("filters by municipality, including nationwide online activities unless toggled off", async () => {
      expect(new Set(await find({ municipality: "091" }))).toEqual(new Set(named("cafe", "russian", "digital")));
      expect(new Set(await find({ municipality: "091", nationwide: "0" }))).toEqual(new Set(named("cafe", "russian")));
    });

    it("expands a region to its municipalities", async () => {
      // 01 Uusimaa: Helsinki 091, Espoo 049, Porvoo 638
      expect(new Set(await find({ region: "01", nationwide: "0" }))).toEqual(new Set(named("cafe", "mothers", "club", "russian")));
    });

    it("filters by language run in or supported", async () => {
      expect(new Set(await find({ lang: "ar" }))).toEqual(new Set(named("cafe", "mothers")));
      expect(new Set(await find({ lang: ["so", "ru"] }))).toEqual(new Set(named("cafe", "digital", "russian")));
    });

    it("filters by target group, theme, form and mode", async () => {
      expect(await find({ group: "youth" })).toEqual(named("football"));
      expect(new Set(await find({ theme: "family" }))).toEqual(new Set(named("mothers", "russian")));
      expect(await find({ form: "peer-group" })).toEqual(named("russian"));
      expect(await find({ mode: "online" })).toEqual(named("digital"));
    });

    it("filters by free, referrals, childcare, day, time of day, Finnish level, age and gender space", async () => {
      expect(await find({ free: "1", theme: "sports" })).toEqual([]);
      expect(await find({ referrals: "1" })).toEqual(named("cafe"));
      expect(await find({ childcare: "1" })).toEqual(named("mothers"));
      expect(await find({ day: "sat" })).toEqual(named("football"));
      expect(new Set(await find({ time: "morning" }))).toEqual(new Set(named("mothers")));
      expect(new Set(await find({ finnish: "none" }))).toEqual(new Set(named("cafe", "mothers", "digital", "russian")));
      expect(new Set(await find({ finnish: "some" }))).toEqual(new Set(named("cafe", "mothers", "football", "digital", "russian")));
      expect(await find({ age: "30", group: "youth" })).toEqual([]);
      expect(await find({ age: "16", group: "youth" })).toEqual(named("football"));
      expect(await find({ gender: "women" })).toEqual(named("mothers"));
    });

    it("filters 'has room': a ROOM status of the last 30 days, counted like the other yes/no filters", async () => {
      expect(await find({ room: "1" })).toEqual(named("cafe"));
      expect(await find({ room: "1", theme: "sports" })).toEqual([]);
      const all = await engine.search(q({ theme: ["language", "culture"] }));
      expect(all.facets.room).toEqual({ true: 1 });
      const chosen = await engine.search(q({ theme: ["language", "culture"], room: "1" }));
      expect(chosen.total).toBe(1);
      expect(chosen.withoutFilter.room).toBe(all.total);
    });

    it("counts facets disjunctively: a value's count applies every other filter", async () => {
      const result = await engine.search(q({ theme: "family", municipality: "091", nationwide: "0" }));
      expect(result.ids).toEqual(named("russian"));
      // Theme counts ignore the theme filter but keep the municipality filter (Helsinki: cafe, russian).
      expect(result.facets.theme).toMatchObject({ language: 1, social: 1, family: 1 });
      expect(result.facets.theme.culture).toBeUndefined();
      // Municipality counts ignore the place filter but keep the theme filter (family: mothers in Espoo, russian in Helsinki).
      expect(result.facets.municipality).toMatchObject({ "091": 1, "049": 1 });
      // Other dimensions apply both filters.
      expect(result.facets.mode).toEqual({ hybrid: 1 });
      expect(result.withoutFilter).toMatchObject({ theme: 2, municipality: 2 });
    });

    it("counts nationwide online notices in every place's count, as choosing the place returns them", async () => {
      const all = await engine.search(q({ theme: ["digital", "language", "family"] }));
      for (const municipality of ["091", "638"]) {
        const chosen = await engine.search(q({ theme: ["digital", "language", "family"], municipality }));
        expect(all.facets.municipality[municipality]).toBe(chosen.total);
      }
      const region = await engine.search(q({ theme: ["digital", "language", "family"], region: "01" }));
      expect(all.facets.region["01"]).toBe(region.total);
      const local = await engine.search(q({ nationwide: "0" }));
      expect(local.facets.municipality["091"]).toBe((await engine.search(q({ municipality: "091", nationwide: "0" }))).total);
    });

    it("does not need every word: the notice with most of the search comes first", async () => {
      const found = await find({ q: "kielikahvila kirjasto joka päivä" });
      expect(found[0]).toBe(ids.cafe);
      const result = await engine.search(q({ q: "jalkapallo zyxwvut" }));
      expect(result.ids[0]).toBe(ids.football);
      if (engine.name === "postgres") expect(result.unmatched).toEqual(["zyxwvut"]);
    });

    it("folds capitals of every script", async () => {
      expect((await find({ q: "ГРУППА ПОДДЕРЖКИ" }))[0]).toBe(ids.russian);
      expect((await find({ q: "группа поддержки" }))[0]).toBe(ids.russian);
    });

    it("matches text accent- and umlaut-insensitively", async () => {
      expect(await find({ q: "aiti" })).toEqual(named("mothers"));
      expect(await find({ q: "kasityo" })).toEqual(named("mothers"));
    });

    it("tolerates typos", async () => {
      expect(await find({ q: "jalkapalo" })).toEqual(named("football"));
      expect(await find({ q: "digitaito" })).toContain(ids.digital);
      expect((await find({ q: "suomenkielen kerho" }))[0]).toBe(ids.club);
    });

    it("matches Finnish compounds by prefix", async () => {
      const found = await find({ q: "kieli" });
      expect(found).toEqual(expect.arrayContaining(named("cafe", "club")));
    });

    it("finds a Finnish notice through its English translation and through taxonomy labels in other languages", async () => {
      expect(await find({ q: "library" })).toEqual(named("cafe"));
      expect(await find({ q: "sport" })).toEqual(named("football")); // English label of the theme "sports"
      expect(await find({ q: "idrott" })).toEqual(named("football")); // Swedish label of the theme "sports"
    });

    it("stems Russian", async () => {
      expect(await find({ q: "родитель" })).toEqual(named("russian"));
    });

    it("treats hostile text as words only", async () => {
      const result = await engine.search(q({ q: "'; DROP TABLE activity; -- :* & | !" }));
      expect(result.total).toBe(0);
      expect((await engine.search(q({}))).total).toBe(6);
    });

    it("sees publish, edit, archive and delete at once", async () => {
      await prisma.$transaction(async (tx) => {
        await tx.activity.update({ where: { id: ids.draft! }, data: { status: "PUBLISHED", publishedAt: new Date() } });
        await syncSearchDocument(tx, ids.draft!);
      });
      expect((await find({}))[0]).toBe(ids.draft);
      await prisma.$transaction(async (tx) => {
        await tx.activityTranslation.updateMany({ where: { activityId: ids.draft! }, data: { title: "Shakkikerho" } });
        await syncSearchDocument(tx, ids.draft!);
      });
      expect(await find({ q: "shakki" })).toEqual([ids.draft]);
      await prisma.$transaction(async (tx) => {
        await tx.activity.update({ where: { id: ids.draft! }, data: { status: "ARCHIVED" } });
        await syncSearchDocument(tx, ids.draft!);
      });
      expect(await find({ q: "shakki" })).toEqual([]);
      await prisma.$transaction(async (tx) => {
        await tx.activity.delete({ where: { id: ids.cafe! } });
        await syncSearchDocument(tx, ids.cafe!);
      });
      expect(await find({ q: "library" })).toEqual([]);
    });
  });
}
