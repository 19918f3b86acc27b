import type { PrismaClient } from "../db/client";

/**
 * The search data's version, for reusing rendered results (docs/decisions/019): search_state's
 * generation and version, which every change to a search document (publish, edit, archive,
 * delete by cascade, rebuild) moves in the same transaction (lib/search/sync.ts and the
 * migrations' triggers), and the next instant at which a visible notice's validity ends (a
 * notice leaves the results then without any write). One indexed read.
 */
export async function searchDataVersion(db: Pick<PrismaClient, "$queryRaw">): Promise<string> {
  const [state] = await db.$queryRaw<{ version: bigint; generation: bigint; next_expiry: Date | null }[]>`
    SELECT version, generation,
      (SELECT min(valid_until) FROM search_document WHERE visible AND valid_until > now()) AS next_expiry
    FROM search_state WHERE id = 1`;
  if (!state) throw new Error("search_state is missing its row; run the migrations");
  return `${state.generation}.${state.version}.${state.next_expiry?.getTime() ?? 0}`;
}
