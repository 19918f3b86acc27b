-- Regional coordination (issue 15, docs/decisions/015-coverage-and-demand.md): coordinators
-- scoped to regions, and searches that found little, counted in aggregate only.

-- A coordinator of a region: given and taken away by moderators (the audit log says who).
CREATE TABLE "coordinator_region" (
    "user_id" TEXT NOT NULL,
    "region_code" CHAR(2) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "coordinator_region_pkey" PRIMARY KEY ("user_id", "region_code"),
    CONSTRAINT "coordinator_region_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "coordinator_region_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "coordinator_region_region_code_idx" ON "coordinator_region" ("region_code");

CREATE TYPE "DemandOutcome" AS ENUM ('NONE', 'FEW');

-- Searches that found nothing or fewer than three notices: a counter per week (the Monday, in
-- Europe/Helsinki), region ('' when the search named no place), the filters (a canonical query
-- string without words, page or sort) and the normalised words. No address, no session, no time
-- finer than the week.
CREATE TABLE "demand_search" (
    "week" DATE NOT NULL,
    "region_code" VARCHAR(2) NOT NULL DEFAULT '',
    "filters" VARCHAR(500) NOT NULL DEFAULT '',
    "words" VARCHAR(200) NOT NULL DEFAULT '',
    "outcome" "DemandOutcome" NOT NULL,
    "searches" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "demand_search_pkey" PRIMARY KEY ("week", "region_code", "filters", "words", "outcome")
);
CREATE INDEX "demand_search_region_code_week_idx" ON "demand_search" ("region_code", "week");

-- How many of those searches used each word, per week and region: a word is shown only when
-- at least five searches in the shown scope used it that week.
CREATE TABLE "demand_word" (
    "week" DATE NOT NULL,
    "region_code" VARCHAR(2) NOT NULL DEFAULT '',
    "word" VARCHAR(40) NOT NULL,
    "searches" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "demand_word_pkey" PRIMARY KEY ("week", "region_code", "word")
);
