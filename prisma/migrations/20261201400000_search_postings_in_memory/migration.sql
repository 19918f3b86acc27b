-- Search words are now looked up in each app instance's in-memory postings, loaded with the
-- snapshot (lib/search/postings.ts, docs/decisions/009-search-relevance.md "Speed"). The GIN
-- index over the terms and the separate vocabulary table served the old per-word SQL and
-- are no longer read; dropping them makes every notice write cheaper.
DROP INDEX IF EXISTS "search_document_terms_idx";
DROP TABLE IF EXISTS "search_term";

-- The snapshot reads documents in pages of (change_seq, activity_id).
DROP INDEX IF EXISTS "search_document_change_seq_idx";
CREATE INDEX "search_document_change_seq_idx" ON "search_document" ("change_seq", "activity_id");
