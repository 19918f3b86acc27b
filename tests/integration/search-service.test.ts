import { Meilisearch } from "meilisearch";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma as appPrisma } from "@/lib/db/client";
import { createSearchService, searchActivities } from "@/lib/search";
import { createMeilisearchEngine } from "@/lib/search/meilisearch/engine";
import { createPostgresEngine } from "@/lib/search/postgres-engine";
import { syncSearchDocument } from "@/lib/search/sync";
import { consoleError } from "../support/setup";
import { getTestPrisma, truncateAll } from "../support/db";
import { createActivity, createOrganisation } from "../support/factories";

const prisma = getTestPrisma();
const ids: Record<string, string> = {};

beforeAll(async () => {
  await truncateAll(prisma);
  const org = await createOrganisation(prisma);
  for (const [key, options] of Object.entries({
    helsinki: { municipalities: ["091"], translations: [{ locale: "fi", title: "Kielikahvila Kalliossa" }] },
    espoo: { municipalities: ["049"], translations: [{ locale: "fi", title: "Kielikahvila Leppävaarassa" }] },
  })) {
    const activity = await createActivity(prisma, { organisationId: org.id, ...options });
    await syncSearchDocument(prisma, activity.id);
    ids[key] = activity.id;
  }
});

describe("searchActivities", () => {
  it("takes municipalities by code or by Finnish or Swedish name, and reports the ones it could not place", async () => {
    const byName = await searchActivities({ municipality: ["Esbo", "Atlantis"] }, "sv");
    expect(byName.query.municipality).toEqual(["049"]);
    expect(byName.ignored.municipality).toEqual(["Atlantis"]);
    expect(byName.items.map((i) => i.id)).toEqual([ids.espoo]);
    expect(byName.items[0]?.municipalityNames).toEqual(["Esbo"]);
    const byCode = await searchActivities({ municipality: "091" }, "fi");
    expect(byCode.items.map((i) => i.id)).toEqual([ids.helsinki]);
  });

  it("when nothing matches, counts what the search would find without its words", async () => {
    const response = await searchActivities({ q: "shakkikerho", municipality: "091" }, "fi");
    expect(response.total).toBe(0);
    expect(response.withoutFilter.q).toBe(1);
    expect(response.withoutFilter.municipality).toBe(0);
  });

  it("narrows to a place named in the text, with the count for all of Finland and a way back", async () => {
    const response = await searchActivities({ q: "kielikahvila Helsingissä" }, "fi");
    expect(response.places).toEqual({ list: [{ kind: "municipality", code: "091" }], textWithout: "kielikahvila", allFinland: 2, fallback: false });
    expect(response.items.map((i) => i.id)).toEqual([ids.helsinki]);
    expect(response.query.q).toBe("kielikahvila Helsingissä"); // the URL stays as typed
    const swedish = await searchActivities({ q: "esbo" }, "sv");
    expect(swedish.items.map((i) => i.id)).toEqual([ids.espoo]);
  });

  it("shows all of Finland, and says so, when nothing matches in the place named", async () => {
    const response = await searchActivities({ q: "kielikahvila turku" }, "fi");
    expect(response.places?.fallback).toBe(true);
    expect(response.total).toBe(2);
  });

  it("does not take a place from the text when a place is chosen already", async () => {
    const response = await searchActivities({ q: "kielikahvila espoo", municipality: "091" }, "fi");
    expect(response.places).toBeUndefined();
    expect(response.items.map((i) => i.id)).toEqual([ids.helsinki]);
  });

  it("names the words no notice contains, as typed, and says when a search was cut to its first words", async () => {
    const response = await searchActivities({ q: "kielikahvila Äkkiväärä" }, "fi");
    expect(response.total).toBe(2);
    expect(response.unmatched).toEqual(["Äkkiväärä"]);
    expect(response.truncated).toBe(false);
    const long = await searchActivities({ q: "kielikahvila " + Array.from({ length: 12 }, (_, i) => `sana${i}`).join(" ") }, "fi");
    expect(long.truncated).toBe(true);
    expect(long.total).toBe(2);
  });

  it("answers hostile and odd text with a sane result", async () => {
    for (const q of ["🙂🙂", "'; DROP TABLE activity; --", "x".repeat(5000), "کافه زبان Kielikahvila مقهى", "\u0000%_"]) {
      const response = await searchActivities({ q }, "fi");
      expect(response.total).toBeGreaterThanOrEqual(0);
    }
  });

  it("drops unknown regions and keeps valid ones", async () => {
    const response = await searchActivities({ region: ["01", "99", "x"] }, "fi");
    expect(response.query.region).toEqual(["01"]);
    expect(response.total).toBe(2);
  });
});

describe("an unreachable Meilisearch", () => {
  it("falls back to PostgreSQL and reports the degradation", async () => {
    const unreachable = createMeilisearchEngine(new Meilisearch({ host: "http://127.0.0.1:9", timeout: 500 }), "activities");
    const service = createSearchService(unreachable, createPostgresEngine(appPrisma));
    const warn = await captureWarnings(async () => {
      const response = await searchActivities({ q: "kielikahvila" }, "fi", service);
      expect(response.engine).toBe("postgres");
      expect(response.total).toBe(2);
    });
    expect(warn.join(" ")).toMatch(/meilisearch failed .*answering from postgres/);
    expect(await service.health()).toEqual({ engine: "meilisearch", status: "degraded", fallback: "postgres" });
    expect(consoleError).not.toHaveBeenCalled();
  });
});

async function captureWarnings(fn: () => Promise<void>): Promise<string[]> {
  const original = console.warn;
  const lines: string[] = [];
  console.warn = (...args: unknown[]) => void lines.push(args.join(" "));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return lines;
}

describe("search_document and the filter definitions (lib/search/dimensions.ts)", () => {
  it("has a column of the right type for every defined filter", async () => {
    const { filterColumns } = await import("@/lib/search/dimensions");
    const rows = await prisma.$queryRaw<{ column_name: string; data_type: string; udt_name: string }[]>`
      SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_name = 'search_document'`;
    const typeOf = new Map(rows.map((r) => [r.column_name, r.data_type === "ARRAY" ? `${r.udt_name.replace(/^_/, "")}[]` : r.data_type]));
    for (const { column, type } of filterColumns()) expect(`${column}: ${typeOf.get(column)}`).toBe(`${column}: ${type}`);
  });
});
