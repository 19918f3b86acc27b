import type { PrismaClient } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { env } from "../env";
import { filterColumns } from "./dimensions";
import { buildSearchDocument, type PlaceLookup, type SearchDocumentRow } from "./document";
import { placeNameForms } from "./text/places";

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
  capacityStatus: true,
  capacitySetAt: true,
  organisation: { select: { name: true } },
  slots: { select: { weekday: true, startMinute: true } },
  places: { select: { name: true, streetAddress: true, postOffice: true } },
  translations: {
    select: { locale: true, title: true, summary: true, description: true, howToJoin: true, integrationSupport: true, easySummary: true },
  },
} satisfies Prisma.ActivitySelect;

/** The activities as search sees them (also what the Meilisearch sync sends). */
export function loadDocumentSources(db: Db, activityIds: string[]) {
  return db.activity.findMany({ where: { id: { in: activityIds } }, select: SOURCE_SELECT });
}

/**
 * The format of the documents this code writes. When the analysis of text changes (new
 * terms, a new fold), raise it: ensureSearchFormat() then rebuilds every document once.
 */
export const SEARCH_FORMAT = 5; // 4: languages after the ku → ckb migration; 5: capacity status and date

let placeCache: PlaceLookup | undefined;
/** Municipality and region lookups for documents (reference data: read once per process). */
export async function placeLookup(db: Db): Promise<PlaceLookup> {
  if (!placeCache) {
    // One after the other: `db` may be a transaction, which has one connection.
    const municipalities = await db.municipality.findMany({ select: { code: true, nameFi: true, nameSv: true, regionCode: true } });
    const regions = await db.region.findMany({ select: { code: true, nameFi: true, nameSv: true } });
    if (municipalities.length === 0) return { regionOf: () => undefined, namesOf: () => [] }; // not seeded yet: do not cache
    const regionOf = new Map(municipalities.map((m) => [m.code, m.regionCode]));
    const names = new Map<string, string[]>();
    for (const m of municipalities) names.set(m.code, [m.nameFi, m.nameSv, ...placeNameForms("municipality", m.code)]);
    for (const r of regions) names.set(r.code, [r.nameFi, r.nameSv, ...placeNameForms("region", r.code)]);
    placeCache = { regionOf: (code) => regionOf.get(code), namesOf: (code) => names.get(code) ?? [] };
  }
  return placeCache;
}

/** search_document's own columns with their SQL types; the defined filters' follow (lib/search/dimensions.ts). */
const BASE_COLUMNS = [
  ["activity_id", "text"], ["organisation_id", "text"], ["visible", "boolean"], ["valid_until", "timestamptz"],
  ["published_at", "timestamptz"], ["last_confirmed_at", "timestamptz"], ["municipalities", "text[]"], ["regions", "text[]"],
  ["nationwide", "boolean"], ["age_min", "integer"], ["age_max", "integer"], ["terms", "text[]"], ["title_terms", "text[]"],
  ["top_terms", "text[]"], ["text_locales", "text[]"], ["capacity_status", "text"], ["capacity_set_at", "timestamptz"],
] as const;
const COLUMNS = [...BASE_COLUMNS.map(([column, type]) => ({ column, type })), ...filterColumns()];
// Built from constant names only (never from input), so it is safe to splice into the statement.
const UPSERT = `
  INSERT INTO search_document (${COLUMNS.map((c) => c.column).join(", ")}, change_seq)
  SELECT ${COLUMNS.map((c) => `d.${c.column}`).join(", ")}, $2::bigint
  FROM jsonb_to_recordset($1::jsonb) AS d(${COLUMNS.map((c) => `${c.column} ${c.type}`).join(", ")})
  ON CONFLICT (activity_id) DO UPDATE SET
    ${[...COLUMNS.filter((c) => c.column !== "activity_id").map((c) => c.column), "change_seq"].map((c) => `${c} = EXCLUDED.${c}`).join(", ")}`;

/** Upserts documents in one statement. */
async function writeDocuments(db: Db, rows: SearchDocumentRow[], version: bigint): Promise<void> {
  if (rows.length === 0) return;
  const flat = rows.map(({ filters, ...row }) => ({ ...row, ...filters }));
  await db.$executeRawUnsafe(UPSERT, JSON.stringify(flat), version);
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
    // Rebuilds write a thousand documents at a time: give them room on a busy machine.
    return client.$transaction((tx) => syncInTransaction(tx, activityIds), { maxWait: 30_000, timeout: 300_000 });
  }
  return syncInTransaction(db as Prisma.TransactionClient, activityIds);
}

async function syncInTransaction(db: Prisma.TransactionClient, activityIds: string[]): Promise<void> {
  const sources = await loadDocumentSources(db, activityIds);
  const found = new Set(sources.map((s) => s.id));
  const gone = activityIds.filter((id) => !found.has(id));
  // Analyse the text before taking the version: the lock below is held until commit.
  const places = await placeLookup(db);
  const rows = sources.map((source) => buildSearchDocument(source, places));
  // Taking the next version locks search_state until commit, so versions commit in order.
  const [state] = await db.$queryRaw<{ version: bigint }[]>`
    UPDATE search_state SET version = version + 1 WHERE id = 1 RETURNING version`;
  if (gone.length > 0) await db.$executeRaw`DELETE FROM search_document WHERE activity_id = ANY(${gone}::text[])`;
  await writeDocuments(db, rows, state!.version);
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
  // The new generation makes every instance reload, so the recorded removals are done with.
  await db.$executeRaw`DELETE FROM search_removed`;
  await db.$executeRaw`UPDATE search_state SET generation = generation + 1, version = version + 1, format = ${SEARCH_FORMAT} WHERE id = 1`;
  return count;
}

/**
 * Rebuilds the documents once when they were written by an older format (after an upgrade
 * whose migration changed the search columns). Called where the app migrates its database.
 */
export async function ensureSearchFormat(db: PrismaClient): Promise<number | undefined> {
  const [state] = await db.$queryRaw<{ format: number }[]>`SELECT format FROM search_state WHERE id = 1`;
  if (!state || state.format >= SEARCH_FORMAT) return undefined;
  return rebuildSearchDocuments(db);
}
