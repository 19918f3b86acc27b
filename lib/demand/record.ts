import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "../db/client";
import { requestClientAddress } from "../http/client-address";
import { logger } from "../log/logger";
import { consumeLimit } from "../rate-limit/limiter";
import { getReferenceData } from "../reference/municipalities";
import type { SearchQuery } from "../search/query";
import { demandKey, weekOf, type DemandKey } from "./normalise";

// Recording searches that found little (docs/decisions/015). Called by the search page after
// its search, without waiting: a failure here is logged and never reaches the page.

/** Growth caps: new keys per week beyond these are not stored (existing ones still count). */
export const DEMAND_CAPS = { searchesPerWeek: 20_000, wordsPerWeek: 20_000 };

type SearchOutcomeLike = {
  query: SearchQuery;
  total: number;
  places?: { list: { kind: "municipality" | "region"; code: string }[]; textWithout: string };
};

/** Writes one counted search: the key's counter and each word's counter for the week. */
export async function storeDemand(key: DemandKey, at: Date = new Date()): Promise<void> {
  const week = weekOf(at);
  const filters = key.filters;
  const words = key.words.join(" ");
  await prisma.$transaction(async (tx) => {
    const updated = await tx.$executeRaw`
      UPDATE demand_search SET searches = searches + 1
      WHERE week = ${week}::date AND region_code = ${key.regionCode} AND filters = ${filters} AND words = ${words} AND outcome = ${key.outcome}::"DemandOutcome"`;
    if (updated === 0) {
      await tx.$executeRaw`
        INSERT INTO demand_search (week, region_code, filters, words, outcome, searches)
        SELECT ${week}::date, ${key.regionCode}, ${filters}, ${words}, ${key.outcome}::"DemandOutcome", 1
        WHERE (SELECT count(*) FROM demand_search WHERE week = ${week}::date) < ${DEMAND_CAPS.searchesPerWeek}
        ON CONFLICT (week, region_code, filters, words, outcome) DO UPDATE SET searches = demand_search.searches + 1`;
    }
    for (const word of key.words) {
      await tx.$executeRaw`
        INSERT INTO demand_word (week, region_code, word, searches)
        SELECT ${week}::date, ${key.regionCode}, ${word}, 1
        WHERE EXISTS (SELECT 1 FROM demand_word WHERE week = ${week}::date AND region_code = ${key.regionCode} AND word = ${word})
           OR (SELECT count(*) FROM demand_word WHERE week = ${week}::date) < ${DEMAND_CAPS.wordsPerWeek}
        ON CONFLICT (week, region_code, word) DO UPDATE SET searches = demand_word.searches + 1`;
    }
  });
}

function isPrefetch(headers: Headers): boolean {
  return headers.has("next-router-prefetch") || /prefetch/i.test(headers.get("purpose") ?? "") || /prefetch/i.test(headers.get("sec-purpose") ?? "");
}

/**
 * Counts the search if it found fewer than three notices. One address counts at most
 * LIMITS.demandPerIp searches an hour (the limiter sees a hash of it, never the address).
 */
export async function recordSearchDemand(outcome: SearchOutcomeLike, locale: string, headers: Headers): Promise<void> {
  try {
    if (isPrefetch(headers)) return;
    const { municipalities } = await getReferenceData();
    const key = demandKey({ query: outcome.query, total: outcome.total, locale, regionOf: (m) => municipalities.get(m)?.regionCode, places: outcome.places });
    if (!key) return;
    const address = createHash("sha256").update(`demand:${requestClientAddress(headers)}`).digest("base64url").slice(0, 24);
    const limit = await consumeLimit("demandPerIp", address);
    if (!limit.allowed) return;
    await storeDemand(key);
  } catch (error) {
    logger.warn({ err: error instanceof Error ? { name: error.name, message: error.message } : String(error) }, "demand: not recorded");
  }
}
