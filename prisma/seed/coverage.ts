import type { PrismaClient } from "../../lib/db/client";
import { weekOf } from "../../lib/demand/normalise";

// Demo data for regional coordination (issue 15, docs/decisions/015): a coordinator of Uusimaa
// and Varsinais-Suomi, and a few weeks of searches that found little, so the coordinator's page
// and report have something to show. Deterministic and idempotent (fixed ids, fixed counts).

export const DEMO_COORDINATOR = { id: "demo-user-coordinator", email: "coordinator@example.fi", name: "Kaisa Koordinaattori", regions: ["01", "02"] } as const;

type DemoSearch = { weeksAgo: number; region: string; filters: string; words: string; outcome: "NONE" | "FEW"; searches: number };

// Words with five or more searches in a week show; "vesijumppa" (3) stays hidden on the page.
const SEARCHES: DemoSearch[] = [
  { weeksAgo: 0, region: "01", filters: "lang=so&group=men", words: "", outcome: "NONE", searches: 9 },
  { weeksAgo: 0, region: "01", filters: "", words: "shakki", outcome: "NONE", searches: 6 },
  { weeksAgo: 0, region: "01", filters: "group=women", words: "uinti", outcome: "FEW", searches: 7 },
  { weeksAgo: 0, region: "01", filters: "", words: "vesijumppa", outcome: "NONE", searches: 3 },
  { weeksAgo: 1, region: "01", filters: "lang=ti", words: "", outcome: "NONE", searches: 5 },
  { weeksAgo: 1, region: "01", filters: "", words: "shakki", outcome: "NONE", searches: 4 },
  { weeksAgo: 0, region: "02", filters: "group=youth&lang=ar", words: "", outcome: "FEW", searches: 4 },
  { weeksAgo: 0, region: "06", filters: "", words: "kuoro", outcome: "NONE", searches: 8 },
  { weeksAgo: 0, region: "", filters: "lang=prs", words: "", outcome: "NONE", searches: 5 },
];

export async function seedCoverage(prisma: PrismaClient, now: Date): Promise<void> {
  const c = DEMO_COORDINATOR;
  await prisma.user.upsert({
    where: { id: c.id },
    create: { id: c.id, email: c.email, name: c.name, role: "USER", emailVerified: now, locale: "fi" },
    update: { email: c.email, name: c.name, role: "USER" },
  });
  await prisma.coordinatorRegion.createMany({ data: c.regions.map((regionCode) => ({ userId: c.id, regionCode })), skipDuplicates: true });

  const thisWeek = weekOf(now).getTime();
  const words = new Map<string, { week: Date; regionCode: string; word: string; searches: number }>();
  for (const s of SEARCHES) {
    const week = new Date(thisWeek - s.weeksAgo * 7 * 86_400_000);
    const key = { week, regionCode: s.region, filters: s.filters, words: s.words, outcome: s.outcome };
    await prisma.demandSearch.upsert({ where: { week_regionCode_filters_words_outcome: key }, create: { ...key, searches: s.searches }, update: { searches: s.searches } });
    for (const word of s.words ? s.words.split(" ") : []) {
      const id = `${week.toISOString()}|${s.region}|${word}`;
      const entry = words.get(id) ?? { week, regionCode: s.region, word, searches: 0 };
      entry.searches += s.searches;
      words.set(id, entry);
    }
  }
  for (const w of words.values()) {
    await prisma.demandWord.upsert({
      where: { week_regionCode_word: { week: w.week, regionCode: w.regionCode, word: w.word } },
      create: w,
      update: { searches: w.searches },
    });
  }
}
