-- Field news and email alerts for saved searches (issue 14, docs/decisions/014-news-and-alerts.md).

CREATE TYPE "NewsCategory" AS ENUM ('FUNDING', 'TRAINING', 'LAW', 'NETWORK', 'SERVICE', 'OTHER');
CREATE TYPE "NewsStatus" AS ENUM ('SUBMITTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED');
CREATE TYPE "AlertFrequency" AS ENUM ('DAILY', 'WEEKLY');

CREATE TABLE "news_item" (
    "id" TEXT NOT NULL,
    "organisation_id" TEXT,
    "status" "NewsStatus" NOT NULL DEFAULT 'SUBMITTED',
    "category" "NewsCategory" NOT NULL,
    "original_language" TEXT NOT NULL,
    "regions" TEXT[],
    "published_at" TIMESTAMPTZ(3),
    "valid_until" DATE,
    "submitted_at" TIMESTAMPTZ(3),
    "moderation_feedback" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "news_item_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "news_item_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "news_item_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "news_item_status_published_at_idx" ON "news_item" ("status", "published_at" DESC);
CREATE INDEX "news_item_regions_idx" ON "news_item" USING GIN ("regions");
CREATE INDEX "news_item_organisation_id_idx" ON "news_item" ("organisation_id");

CREATE TABLE "news_translation" (
    "news_id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "lead" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "news_translation_pkey" PRIMARY KEY ("news_id", "locale"),
    CONSTRAINT "news_translation_news_id_fkey" FOREIGN KEY ("news_id") REFERENCES "news_item"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "alert" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "frequency" "AlertFrequency" NOT NULL,
    "query" TEXT NOT NULL,
    "include_news" BOOLEAN NOT NULL DEFAULT false,
    "include_events" BOOLEAN NOT NULL DEFAULT false,
    "confirmed_at" TIMESTAMPTZ(3),
    "last_digest_at" TIMESTAMPTZ(3),
    "last_sent_at" TIMESTAMPTZ(3),
    "bounced_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "alert_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "alert_email_idx" ON "alert" ("email");
CREATE INDEX "alert_confirmed_at_frequency_idx" ON "alert" ("confirmed_at", "frequency");
