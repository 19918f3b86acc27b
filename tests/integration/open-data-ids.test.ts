import { beforeAll, describe, expect, it } from "vitest";
import { searchActivities } from "@/lib/search";
import { searchAllIds } from "@/lib/search/open-data";
import { syncSearchDocument } from "@/lib/search/sync";
import { getTestPrisma, truncateAll } from "../support/db";
import { createActivity, createOrganisation } from "../support/factories";

// The exports and the open-data API take every notice a search finds in one search of
// ALL_IDS_LIMIT (lib/search/open-data.ts): the same notices in the same order as the search
// page's pages one after another.

const prisma = getTestPrisma();
const DAY = 86_400_000;

beforeAll(async () => {
  await truncateAll(prisma);
  const org = await createOrganisation(prisma);
  const titles = ["Kielikahvila", "Kielikahvila ja läksyapu", "Naisten kielikahvila", "Läksyapu", "Digitaidot senioreille"];
  for (let i = 0; i < 47; i++) {
    const title = `${titles[i % titles.length]} ${i}`;
    const activity = await createActivity(prisma, {
      organisationId: org.id,
      municipalities: [i % 3 === 0 ? "049" : "091"],
      publishedAt: new Date(Date.now() - (i + 1) * DAY),
      lastConfirmedAt: new Date(Date.now() - ((i * 7) % 40) * DAY - DAY),
      translations: [{ locale: "fi", title, summary: i % 4 === 0 ? "Tule puhumaan suomea kielikahvilaan." : `${title}: kuvaus` }],
    });
    await syncSearchDocument(prisma, activity.id);
  }
});

async function pageByPage(params: Record<string, string>): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; page < 10; page++) {
    const response = await searchActivities({ ...params, page: String(page) }, "fi");
    ids.push(...response.items.map((item) => item.id));
    if (page * response.pageSize >= response.total) break;
  }
  return ids;
}

describe("every notice of a search, for the exports", () => {
  const searches: Record<string, string>[] = [{}, { q: "kielikahvila" }, { municipality: "091", sort: "confirmed" }, { q: "läksyapu", municipality: "091" }];
  for (const params of searches) {
    it(`is the search page's pages one after another (${JSON.stringify(params)})`, async () => {
      const expected = await pageByPage(params);
      expect(expected.length).toBeGreaterThan(0);
      // The page asked for does not matter: it is every notice.
      const all = await searchAllIds({ ...params, page: "3" }, "fi");
      expect(all.ids).toEqual(expected);
      expect(all.total).toBe(expected.length);
      expect(all.truncated).toBe(false);
    });
  }

  it("has more than a page of notices to compare", async () => {
    expect((await searchAllIds({}, "fi")).ids).toHaveLength(47);
  });
});
