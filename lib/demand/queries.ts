import "server-only";
import type { Actor } from "../auth/permissions";
import { prisma } from "../db/client";
import { assertDemandAccess } from "./coordinators";
import { maskWords, weekOf } from "./normalise";

// The demand figures as coordinators and moderators read them: per region and month, the
// searches that found little, most frequent first, with every word under the threshold left out.

export type DemandItem = {
  filters: string;
  /** Words shown (each used by at least five searches that week in this region). */
  words: string[];
  /** Words left out because fewer searches used them. */
  hiddenWords: number;
  none: number;
  few: number;
  searches: number;
};

/** A week belongs to the month of its Monday: the month whose figures hold this week's searches. */
export function currentDemandMonth(now: Date = new Date()): string {
  return weekOf(now).toISOString().slice(0, 7);
}

/** The weeks whose Monday falls in the month. */
function monthRange(month: string): { from: Date; to: Date } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return { from: new Date(Date.UTC(y, m - 1, 1)), to: new Date(Date.UTC(y, m, 1)) };
}

export function isMonth(value: string | undefined): value is string {
  return !!value && /^20\d\d-(0[1-9]|1[0-2])$/.test(value);
}

/** Months with any demand recorded in the region, newest first (always including this month). */
export async function demandMonths(options: { actor: Actor; regionCode: string; now?: Date }): Promise<string[]> {
  await assertDemandAccess(options.actor, options.regionCode);
  const rows = await prisma.demandSearch.findMany({ where: { regionCode: options.regionCode }, select: { week: true }, distinct: ["week"] });
  const months = new Set([currentDemandMonth(options.now), ...rows.map((r) => r.week.toISOString().slice(0, 7))]);
  return [...months].sort().reverse();
}

/** The month's searches that found little in the region ("" = searches that named no place). */
export async function getDemand(options: { actor: Actor; regionCode: string; month: string; limit?: number }): Promise<{ items: DemandItem[]; searches: number }> {
  await assertDemandAccess(options.actor, options.regionCode);
  const { from, to } = monthRange(options.month);
  const where = { regionCode: options.regionCode, week: { gte: from, lt: to } };
  const [rows, wordRows] = await Promise.all([
    prisma.demandSearch.findMany({ where, select: { week: true, filters: true, words: true, outcome: true, searches: true } }),
    prisma.demandWord.findMany({ where, select: { week: true, word: true, searches: true } }),
  ]);
  const wordCounts = new Map(wordRows.map((w) => [`${w.week.toISOString()}|${w.word}`, w.searches]));
  const grouped = new Map<string, DemandItem>();
  let searches = 0;
  for (const row of rows) {
    const week = row.week.toISOString();
    const { shown, hidden } = maskWords(row.words ? row.words.split(" ") : [], (w) => wordCounts.get(`${week}|${w}`) ?? 0);
    // A search whose every word is hidden and that has no filter says nothing: counted in the total only.
    searches += row.searches;
    if (shown.length === 0 && !row.filters) continue;
    const key = `${row.filters}|${shown.join(" ")}|${hidden > 0}`;
    const item = grouped.get(key) ?? { filters: row.filters, words: shown, hiddenWords: hidden, none: 0, few: 0, searches: 0 };
    item.hiddenWords = Math.max(item.hiddenWords, hidden);
    if (row.outcome === "NONE") item.none += row.searches;
    else item.few += row.searches;
    item.searches += row.searches;
    grouped.set(key, item);
  }
  const items = [...grouped.values()].sort((a, b) => b.searches - a.searches || a.filters.localeCompare(b.filters) || a.words.join(" ").localeCompare(b.words.join(" ")));
  return { items: items.slice(0, options.limit ?? 30), searches };
}
