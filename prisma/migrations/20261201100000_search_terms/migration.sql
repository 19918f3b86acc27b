-- Search relevance (docs/decisions/009-search-relevance.md). The words of a notice are now
-- analysed in the app (lib/search/text/): folded without depending on the cluster's locale,
-- split by Unicode word rules (Chinese by ICU's dictionary), coordinated compounds expanded,
-- thesaurus concepts and place names added. PostgreSQL stores the resulting terms as plain
-- text arrays with GIN indexes; the matching of forms (prefixes, inflection, compound parts,
-- typos) is decided in the app against the vocabulary, so the tsvector, the per-language
-- configurations and the trigram text are no longer used.

ALTER TABLE "search_document" DROP COLUMN "document";
ALTER TABLE "search_document" DROP COLUMN "search_text";
ALTER TABLE "search_document" ADD COLUMN "terms" TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE "search_document" ADD COLUMN "title_terms" TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE "search_document" ADD COLUMN "top_terms" TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE "search_document" ADD COLUMN "text_locales" TEXT[] NOT NULL DEFAULT '{}';
CREATE INDEX "search_document_terms_idx" ON "search_document" USING GIN ("terms");

-- Every term any document has had, with the search_state version that first wrote it, so an
-- app instance can load the vocabulary once and then only what is new. Terms are never
-- removed here except by a rebuild (which bumps the generation): a term that no document
-- has any more simply matches nothing.
CREATE TABLE "search_term" (
    "term" TEXT NOT NULL,
    "version" BIGINT NOT NULL,
    CONSTRAINT "search_term_pkey" PRIMARY KEY ("term")
);
CREATE INDEX "search_term_version_idx" ON "search_term" ("version");

-- Documents removed without going through lib/search/sync.ts (ON DELETE CASCADE from
-- activity: the seed, the purge of deleted notices) must still reach every app instance's
-- snapshot: any delete moves the generation on, which makes instances reload.
CREATE OR REPLACE FUNCTION tv_search_document_deleted() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_state SET generation = generation + 1, version = version + 1 WHERE id = 1;
  RETURN NULL;
END $$;
CREATE TRIGGER "search_document_deleted" AFTER DELETE ON "search_document"
  FOR EACH STATEMENT EXECUTE FUNCTION tv_search_document_deleted();

-- Existing documents were built the old way: mark them for a rebuild, which the app runs at
-- start (lib/search/sync.ts ensureSearchDocumentsCurrent) in batches.
ALTER TABLE "search_state" ADD COLUMN "format" INTEGER NOT NULL DEFAULT 0;
DROP INDEX IF EXISTS "search_document_search_text_idx";
DROP INDEX IF EXISTS "search_document_document_idx";
CREATE TRIGGER "search_document_truncated" AFTER TRUNCATE ON "search_document"
  FOR EACH STATEMENT EXECUTE FUNCTION tv_search_document_deleted();
