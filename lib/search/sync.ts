import type { PrismaClient } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { env } from "../env";
import { buildSearchDocument, type SearchDocumentRow } from "./document";

// Keeps search_document in step with activities. The postgres engine reads it directly; for
// Meilisearch the same transaction also queues an outbox event (lib/search/meilisearch/).

type Db = Prisma.TransactionClient | PrismaClient;

const SOURCE_SELECT = {
  id: true,
  organisationId: true,
  status: true,
  deletedAt: true,
  validUntil: true,
  publishedAt: true,
  lastConfirmedAt: true,
  municipalities: true,
  nationwide: true,
  mode: true,
  languages: true,
  supportLanguages: true,
  targetGroups: true,
  themes: true,
  forms: true,
  isFree: true,
  acceptsReferrals: true,
  childcare: true,
  finnishLevel: true,
  genderSpace: true,
  ageMin: true,
  ageMax: true,
  organisation: { select: { name: true } },
  slots: { select: { weekday: true, startMinute: true } },
  translations: {
    select: { locale: true, title: true, summary: true, description: true, howToJoin: true, integrationSupport: true, easySummary: true },
  },
} satisfies Prisma.ActivitySelect;

/** The activities as search sees them (also what the Meilisearch sync sends). */
export function loadDocumentSources(db: Db, activityIds: string[]) {
  return db.activity.findMany({ where: { id: { in: activityIds } }, select: SOURCE_SELECT });
}

let regions: Map<string, string> | undefined;
export async function regionLookup(db: Db): Promise<(code: string) => string | undefined> {
  if (!regions || regions.size === 0) {
    const rows = await db.municipality.findMany({ select: { code: true, regionCode: true } });
    regions = new Map(rows.map((m) => [m.code, m.regionCode]));
  }
  const map = regions;
  return (code) => map.get(code);
}

/** Upserts documents in one statement; PostgreSQL builds each tsvector from the text parts. */
async function writeDocuments(db: Db, rows: SearchDocumentRow[], version: bigint): Promise<void> {
  if (rows.length === 0) return;
  await db.$executeRaw`
    INSERT INTO search_document (
      activity_id, organisation_id, visible, valid_until, published_at, last_confirmed_at,
      municipalities, regions, nationwide, mode, languages, target_groups, themes, forms,
      weekdays, times_of_day, is_free, accepts_referrals, childcare, finnish_level, gender_space,
      age_min, age_max, document, search_text, change_seq)
    SELECT d.activity_id, d.organisation_id, d.visible, d.valid_until, d.published_at, d.last_confirmed_at,
      d.municipalities, d.regions, d.nationwide, d.mode, d.languages, d.target_groups, d.themes, d.forms,
      d.weekdays, d.times_of_day, d.is_free, d.accepts_referrals, d.childcare, d.finnish_level, d.gender_space,
      d.age_min, d.age_max,
      (SELECT coalesce(tv_tsvector_agg(setweight(to_tsvector(p.cfg::regconfig, tv_unaccent(p.body)), p.w::"char")), ''::tsvector)
         FROM jsonb_to_recordset(d.parts) AS p(cfg text, w text, body text)),
      lower(tv_unaccent(d.search_text)), ${version}
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS d(
      activity_id text, organisation_id text, visible boolean, valid_until timestamptz, published_at timestamptz,
      last_confirmed_at timestamptz, municipalities text[], regions text[], nationwide boolean, mode text,
      languages text[], target_groups text[], themes text[], forms text[], weekdays text[], times_of_day text[],
      is_free boolean, accepts_referrals boolean, childcare boolean, finnish_level text, gender_space text,
      age_min integer, age_max integer, parts jsonb, search_text text)
    ON CONFLICT (activity_id) DO UPDATE SET
      organisation_id = EXCLUDED.organisation_id, visible = EXCLUDED.visible, valid_until = EXCLUDED.valid_until,
      published_at = EXCLUDED.published_at, last_confirmed_at = EXCLUDED.last_confirmed_at,
      municipalities = EXCLUDED.municipalities, regions = EXCLUDED.regions, nationwide = EXCLUDED.nationwide,
      mode = EXCLUDED.mode, languages = EXCLUDED.languages, target_groups = EXCLUDED.target_groups,
      themes = EXCLUDED.themes, forms = EXCLUDED.forms, weekdays = EXCLUDED.weekdays,
      times_of_day = EXCLUDED.times_of_day, is_free = EXCLUDED.is_free,
      accepts_referrals = EXCLUDED.accepts_referrals, childcare = EXCLUDED.childcare,
      finnish_level = EXCLUDED.finnish_level, gender_space = EXCLUDED.gender_space,
      age_min = EXCLUDED.age_min, age_max = EXCLUDED.age_max, document = EXCLUDED.document,
      search_text = EXCLUDED.search_text, change_seq = EXCLUDED.change_seq`;
}

async function queueForExternalEngine(db: Db, activityIds: string[], operation: "upsert" | "delete") {
  if (env.SEARCH_ENGINE !== "meilisearch" || activityIds.length === 0) return;
  await db.searchOutbox.createMany({ data: activityIds.map((activityId) => ({ activityId, operation })) });
}

/**
 * Brings the search document of one activity up to date. Call it inside the same
 * transaction as every write to an activity (create, edit, status change, delete,
 * translation change), so search is never stale:
 *
 *   await prisma.$transaction(async (tx) => {
 *     await tx.activity.update({ ... });
 *     await syncSearchDocument(tx, activityId);
 *   });
 */
export async function syncSearchDocument(tx: Db, activityId: string): Promise<void> {
  await syncSearchDocuments(tx, [activityId]);
}

export async function syncSearchDocuments(db: Db, activityIds: string[]): Promise<void> {
  if (activityIds.length === 0) return;
  // The version bump and the documents must commit together (lib/search/snapshot.ts).
  const client = db as PrismaClient;
  if (typeof (client as { $transaction?: unknown }).$transaction === "function") {
    return client.$transaction((tx) => syncInTransaction(tx, activityIds));
  }
  return syncInTransaction(db as Prisma.TransactionClient, activityIds);
}

async function syncInTransaction(db: Prisma.TransactionClient, activityIds: string[]): Promise<void> {
  const sources = await loadDocumentSources(db, activityIds);
  const found = new Set(sources.map((s) => s.id));
  const gone = activityIds.filter((id) => !found.has(id));
  // Taking the next version locks search_state until commit, so versions commit in order.
  const [state] = await db.$queryRaw<{ version: bigint }[]>`
    UPDATE search_state SET version = version + 1, generation = generation + ${gone.length > 0 ? 1 : 0}
    WHERE id = 1 RETURNING version`;
  if (gone.length > 0) await db.$executeRaw`DELETE FROM search_document WHERE activity_id = ANY(${gone}::text[])`;
  const regionOf = await regionLookup(db);
  await writeDocuments(db, sources.map((source) => buildSearchDocument(source, regionOf)), state!.version);
  await queueForExternalEngine(db, sources.map((s) => s.id), "upsert");
  await queueForExternalEngine(db, gone, "delete");
}

/** Rebuilds every document, in batches (after a seed, or when the document format changes). */
export async function rebuildSearchDocuments(db: PrismaClient, options: { batchSize?: number } = {}): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  let cursor: string | undefined;
  let count = 0;
  for (;;) {
    const batch = await db.activity.findMany({
      select: { id: true },
      orderBy: { id: "asc" },
      take: batchSize,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (batch.length === 0) break;
    await syncSearchDocuments(db, batch.map((a) => a.id));
    count += batch.length;
    cursor = batch.at(-1)!.id;
  }
  await db.$executeRaw`DELETE FROM search_document sd WHERE NOT EXISTS (SELECT 1 FROM activity a WHERE a.id = sd.activity_id)`;
  await db.$executeRaw`UPDATE search_state SET generation = generation + 1, version = version + 1 WHERE id = 1`;
  return count;
}
