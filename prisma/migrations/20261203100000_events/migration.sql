-- Events and trainings for people who work in the field (issue 13, docs/decisions/013-events.md).

CREATE TYPE "EventKind" AS ENUM ('TRAINING', 'SEMINAR', 'NETWORK_MEETING', 'WEBINAR', 'VOLUNTEER_TRAINING', 'INFO_SESSION', 'OTHER');
CREATE TYPE "EventState" AS ENUM ('SCHEDULED', 'CANCELLED', 'POSTPONED', 'MOVED_ONLINE');

CREATE TABLE "event" (
    "id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "status" "ActivityStatus" NOT NULL DEFAULT 'DRAFT',
    "state" "EventState" NOT NULL DEFAULT 'SCHEDULED',
    "state_note" TEXT,
    "original_language" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "audiences" TEXT[],
    "themes" TEXT[],
    "languages" TEXT[],
    "mode" "ActivityMode" NOT NULL,
    "place_name" TEXT,
    "street_address" TEXT,
    "postal_code" CHAR(5),
    "post_office" TEXT,
    "municipality_code" CHAR(3),
    "region_code" CHAR(2),
    "nationwide" BOOLEAN NOT NULL DEFAULT false,
    "online_url" TEXT,
    "is_free" BOOLEAN NOT NULL DEFAULT true,
    "price_text" TEXT,
    "registration_url" TEXT,
    "registration_email" TEXT,
    "registration_deadline" DATE,
    "full" BOOLEAN NOT NULL DEFAULT false,
    "contact_name" TEXT,
    "contact_email" TEXT,
    "contact_phone" TEXT,
    "accessibility" TEXT[],
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "published_at" TIMESTAMPTZ(3),
    "submitted_at" TIMESTAMPTZ(3),
    "moderation_feedback" TEXT,
    "revision" JSONB,
    "revision_status" "RevisionStatus",
    "content_version" INTEGER NOT NULL DEFAULT 0,
    "deleted_at" TIMESTAMPTZ(3),
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "event_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "event_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "event_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "event_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "event_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "event_status_ends_at_idx" ON "event" ("status", "ends_at");
CREATE INDEX "event_organisation_id_idx" ON "event" ("organisation_id");
CREATE INDEX "event_status_submitted_at_idx" ON "event" ("status", "submitted_at");
CREATE INDEX "event_revision_status_submitted_at_idx" ON "event" ("revision_status", "submitted_at");

CREATE TABLE "event_translation" (
    "event_id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "event_translation_pkey" PRIMARY KEY ("event_id", "locale"),
    CONSTRAINT "event_translation_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "event_session" (
    "id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "event_session_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "event_session_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "event_session_event_id_starts_at_idx" ON "event_session" ("event_id", "starts_at");
