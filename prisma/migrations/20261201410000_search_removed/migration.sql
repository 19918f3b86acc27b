-- Removed search documents reach every app instance as a change, not as a reload
-- (docs/decisions/005-search.md): a delete (by lib/search/sync.ts or by ON DELETE CASCADE from
-- activity, as the seed and the daily purge do) records the removed ids under a new version,
-- and instances drop those slots with their next delta read. Before, every delete moved the
-- generation on, so the nightly purge made every instance load its whole snapshot again at
-- the same moment while searches waited.
CREATE TABLE "search_removed" (
    "activity_id" TEXT NOT NULL,
    "change_seq" BIGINT NOT NULL
);
CREATE INDEX "search_removed_change_seq_idx" ON "search_removed" ("change_seq");

CREATE OR REPLACE FUNCTION tv_search_document_removed() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  v BIGINT;
BEGIN
  -- Taking the version locks search_state until commit, so versions commit in order.
  UPDATE search_state SET version = version + 1 WHERE id = 1 RETURNING version INTO v;
  INSERT INTO search_removed (activity_id, change_seq) SELECT activity_id, v FROM gone;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS "search_document_deleted" ON "search_document";
CREATE TRIGGER "search_document_deleted" AFTER DELETE ON "search_document"
  REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION tv_search_document_removed();

-- TRUNCATE has no transition table: it still moves the generation on (a full reload), and the
-- removals recorded so far mean nothing after it.
CREATE OR REPLACE FUNCTION tv_search_document_deleted() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_state SET generation = generation + 1, version = version + 1 WHERE id = 1;
  DELETE FROM search_removed;
  RETURN NULL;
END $$;
