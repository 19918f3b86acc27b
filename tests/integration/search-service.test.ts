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
