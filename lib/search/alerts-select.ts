import type { PrismaClient } from "../db/client";
import { createPostgresEngine } from "./postgres-engine";
import { PAGE_SIZE } from "./query";
import { createSearchService, searchIds, type ReferenceData, type SearchService } from "./service";

// For email alerts (lib/alerts/digest.ts): which of some candidate notices a stored search
// matches, through the search's own public functions, so an alert matches exactly what the
// search page shows. Runs outside Next.js too (the job), hence its own engine and reference
// data rather than lib/search/index.ts.

const MAX_PAGES = 50;

export type AlertMatcher = { match: (options: { query: string; locale: string; candidates: Set<string> }) => Promise<Set<string>> };

export function createAlertMatcher(prisma: PrismaClient): AlertMatcher {
  const engine = createPostgresEngine(prisma);
  const service: SearchService = createSearchService(engine, engine);
  let reference: Promise<ReferenceData> | undefined;
  const loadReference = () =>
    (reference ??= (async () => {
      const [municipalities, regions] = await Promise.all([
        prisma.municipality.findMany({ select: { code: true, nameFi: true, nameSv: true, regionCode: true } }),
        prisma.region.findMany({ select: { code: true, nameFi: true, nameSv: true, nameEn: true } }),
      ]);
      return { municipalities: new Map(municipalities.map((m) => [m.code, m])), regions: new Map(regions.map((r) => [r.code, r])) };
    })());
  return {
    async match({ query, locale, candidates }) {
      const found = new Set<string>();
      if (candidates.size === 0) return found;
      const ref = await loadReference();
      // Newest first, so new notices come on the first pages; stop once every candidate is seen.
      for (let page = 1; page <= MAX_PAGES; page++) {
        const params = new URLSearchParams(query);
        params.set("sort", "newest");
        params.set("page", String(page));
        const outcome = await searchIds(params, locale, { service, reference: ref });
        for (const id of outcome.ids) if (candidates.has(id)) found.add(id);
        if (found.size === candidates.size || page * PAGE_SIZE >= outcome.total || outcome.ids.length === 0) break;
      }
      return found;
    },
  };
}
