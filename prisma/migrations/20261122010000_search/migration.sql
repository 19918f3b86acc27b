-- Search (lib/search, postgres engine). search_document is maintained by lib/search/sync.ts
-- in the same transaction as every activity write and read only with raw SQL; it is not a
-- Prisma model (docs/decisions/005-search.md). search_state orders the changes: every sync
-- takes the next version under the row's lock, so versions commit in order and a reader that
-- has seen version N has seen every change up to N.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); this wrapper names the dictionary
-- explicitly so it can be IMMUTABLE and used in index expressions and generated values.
CREATE OR REPLACE FUNCTION tv_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Concatenation of tsvectors over rows (the parts of one document, each in its language).
CREATE AGGREGATE tv_tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

-- AND of tsqueries over rows (one per search word), for building a query word by word.
CREATE AGGREGATE tv_tsquery_and(tsquery) (SFUNC = tsquery_and, STYPE = tsquery);

CREATE TABLE "search_document" (
    "activity_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "visible" BOOLEAN NOT NULL,
    "valid_until" TIMESTAMPTZ(3) NOT NULL,
    "published_at" TIMESTAMPTZ(3),
    "last_confirmed_at" TIMESTAMPTZ(3) NOT NULL,
    "municipalities" TEXT[] NOT NULL,
    "regions" TEXT[] NOT NULL,
    "nationwide" BOOLEAN NOT NULL,
    "mode" TEXT NOT NULL,
    "languages" TEXT[] NOT NULL,
    "target_groups" TEXT[] NOT NULL,
    "themes" TEXT[] NOT NULL,
    "forms" TEXT[] NOT NULL,
    "weekdays" TEXT[] NOT NULL,
    "times_of_day" TEXT[] NOT NULL,
    "is_free" BOOLEAN NOT NULL,
    "accepts_referrals" BOOLEAN NOT NULL,
    "childcare" BOOLEAN NOT NULL,
    "finnish_level" TEXT NOT NULL,
    "gender_space" TEXT NOT NULL,
    "age_min" INTEGER,
    "age_max" INTEGER,
    "document" TSVECTOR NOT NULL,
    "search_text" TEXT NOT NULL,
    "change_seq" BIGINT NOT NULL,
    CONSTRAINT "search_document_pkey" PRIMARY KEY ("activity_id"),
    CONSTRAINT "search_document_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "search_state" (
    "id" SMALLINT NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,
    "generation" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "search_state_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "search_state_single_row" CHECK ("id" = 1)
);
INSERT INTO "search_state" ("id") VALUES (1);

CREATE INDEX "search_document_change_seq_idx" ON "search_document" ("change_seq");
CREATE INDEX "search_document_visible_idx" ON "search_document" ("valid_until") WHERE "visible";
CREATE INDEX "search_document_document_idx" ON "search_document" USING GIN ("document");
CREATE INDEX "search_document_search_text_idx" ON "search_document" USING GIN ("search_text" gin_trgm_ops);
CREATE INDEX "search_document_municipalities_idx" ON "search_document" USING GIN ("municipalities");
CREATE INDEX "search_document_regions_idx" ON "search_document" USING GIN ("regions");
CREATE INDEX "search_document_languages_idx" ON "search_document" USING GIN ("languages");
CREATE INDEX "search_document_target_groups_idx" ON "search_document" USING GIN ("target_groups");
CREATE INDEX "search_document_themes_idx" ON "search_document" USING GIN ("themes");
CREATE INDEX "search_document_forms_idx" ON "search_document" USING GIN ("forms");
CREATE INDEX "search_document_published_at_idx" ON "search_document" ("published_at" DESC);
CREATE INDEX "search_document_last_confirmed_at_idx" ON "search_document" ("last_confirmed_at" DESC);
