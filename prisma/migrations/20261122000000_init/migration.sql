-- CreateEnum
CREATE TYPE "PlatformRole" AS ENUM ('USER', 'MODERATOR', 'ADMIN');
CREATE TYPE "OrganisationKind" AS ENUM ('ASSOCIATION', 'MUNICIPALITY', 'PARISH', 'SCHOOL', 'PROJECT', 'COMPANY', 'INFORMAL', 'OTHER');
CREATE TYPE "MemberRole" AS ENUM ('OWNER', 'EDITOR');
CREATE TYPE "ActivityStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED');
CREATE TYPE "FinnishLevel" AS ENUM ('NONE', 'SOME', 'GOOD');
CREATE TYPE "ActivityMode" AS ENUM ('ONSITE', 'ONLINE', 'HYBRID');
CREATE TYPE "Registration" AS ENUM ('DROP_IN', 'REQUIRED');
CREATE TYPE "GenderSpace" AS ENUM ('ALL', 'WOMEN', 'MEN');

-- CreateTable
CREATE TABLE "region" (
    "code" CHAR(2) NOT NULL,
    "name_fi" TEXT NOT NULL,
    "name_sv" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

CREATE TABLE "municipality" (
    "code" CHAR(3) NOT NULL,
    "name_fi" TEXT NOT NULL,
    "name_sv" TEXT NOT NULL,
    "region_code" CHAR(2) NOT NULL,
    "population" INTEGER NOT NULL,
    CONSTRAINT "municipality_pkey" PRIMARY KEY ("code")
);

CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "email_verified" TIMESTAMPTZ(3),
    "image" TEXT,
    "role" "PlatformRole" NOT NULL DEFAULT 'USER',
    "locale" TEXT NOT NULL DEFAULT 'fi',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "account" (
    "user_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    CONSTRAINT "account_pkey" PRIMARY KEY ("provider","provider_account_id")
);

CREATE TABLE "session" (
    "session_token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "session_pkey" PRIMARY KEY ("session_token")
);

CREATE TABLE "verification_token" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "verification_token_pkey" PRIMARY KEY ("identifier","token")
);

CREATE TABLE "organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "business_id" TEXT,
    "website" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "trusted" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "organisation_translation" (
    "organisation_id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    CONSTRAINT "organisation_translation_pkey" PRIMARY KEY ("organisation_id","locale")
);

CREATE TABLE "organisation_municipality" (
    "organisation_id" TEXT NOT NULL,
    "municipality_code" CHAR(3) NOT NULL,
    CONSTRAINT "organisation_municipality_pkey" PRIMARY KEY ("organisation_id","municipality_code")
);

CREATE TABLE "membership" (
    "user_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "membership_pkey" PRIMARY KEY ("user_id","organisation_id")
);

CREATE TABLE "activity" (
    "id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "status" "ActivityStatus" NOT NULL DEFAULT 'DRAFT',
    "original_language" TEXT NOT NULL,
    "themes" TEXT[],
    "target_groups" TEXT[],
    "forms" TEXT[],
    "languages" TEXT[],
    "support_languages" TEXT[],
    "finnish_level" "FinnishLevel" NOT NULL DEFAULT 'NONE',
    "mode" "ActivityMode" NOT NULL,
    "nationwide" BOOLEAN NOT NULL DEFAULT false,
    "municipalities" TEXT[],
    "is_free" BOOLEAN NOT NULL DEFAULT true,
    "registration" "Registration" NOT NULL DEFAULT 'DROP_IN',
    "registration_url" TEXT,
    "registration_email" TEXT,
    "registration_phone" TEXT,
    "online_url" TEXT,
    "accepts_referrals" BOOLEAN NOT NULL DEFAULT false,
    "contact_before_referral" BOOLEAN NOT NULL DEFAULT false,
    "childcare" BOOLEAN NOT NULL DEFAULT false,
    "accessibility" TEXT[],
    "gender_space" "GenderSpace" NOT NULL DEFAULT 'ALL',
    "age_min" INTEGER,
    "age_max" INTEGER,
    "contact_name" TEXT,
    "contact_email" TEXT,
    "contact_phone" TEXT,
    "start_date" DATE,
    "end_date" DATE,
    "valid_until" TIMESTAMPTZ(3) NOT NULL,
    "last_confirmed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "activity_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "activity_translation" (
    "activity_id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "how_to_join" TEXT NOT NULL,
    "integration_support" TEXT NOT NULL,
    "schedule_note" TEXT,
    "cost_note" TEXT,
    "easy_summary" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "activity_translation_pkey" PRIMARY KEY ("activity_id","locale")
);

CREATE TABLE "place" (
    "id" TEXT NOT NULL,
    "activity_id" TEXT NOT NULL,
    "name" TEXT,
    "street_address" TEXT NOT NULL,
    "postal_code" CHAR(5) NOT NULL,
    "post_office" TEXT,
    "municipality_code" CHAR(3) NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    CONSTRAINT "place_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "schedule_slot" (
    "id" TEXT NOT NULL,
    "activity_id" TEXT NOT NULL,
    "weekday" SMALLINT NOT NULL,
    "start_minute" SMALLINT NOT NULL,
    "end_minute" SMALLINT NOT NULL,
    "every_n_weeks" SMALLINT NOT NULL DEFAULT 1,
    CONSTRAINT "schedule_slot_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "schedule_pause" (
    "id" TEXT NOT NULL,
    "activity_id" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    CONSTRAINT "schedule_pause_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "audit_entry" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "changes" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "search_outbox" (
    "id" BIGSERIAL NOT NULL,
    "activity_id" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "available_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "search_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "municipality_region_code_idx" ON "municipality"("region_code");
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");
CREATE INDEX "account_user_id_idx" ON "account"("user_id");
CREATE INDEX "session_user_id_idx" ON "session"("user_id");
CREATE UNIQUE INDEX "organisation_business_id_key" ON "organisation"("business_id");
CREATE INDEX "organisation_municipality_municipality_code_idx" ON "organisation_municipality"("municipality_code");
CREATE INDEX "membership_organisation_id_idx" ON "membership"("organisation_id");
CREATE INDEX "activity_status_valid_until_published_at_idx" ON "activity"("status", "valid_until", "published_at" DESC);
CREATE INDEX "activity_organisation_id_idx" ON "activity"("organisation_id");
CREATE INDEX "activity_themes_idx" ON "activity" USING GIN ("themes");
CREATE INDEX "activity_target_groups_idx" ON "activity" USING GIN ("target_groups");
CREATE INDEX "activity_forms_idx" ON "activity" USING GIN ("forms");
CREATE INDEX "activity_languages_idx" ON "activity" USING GIN ("languages");
CREATE INDEX "activity_support_languages_idx" ON "activity" USING GIN ("support_languages");
CREATE INDEX "activity_municipalities_idx" ON "activity" USING GIN ("municipalities");
CREATE INDEX "place_activity_id_idx" ON "place"("activity_id");
CREATE INDEX "place_municipality_code_idx" ON "place"("municipality_code");
CREATE INDEX "schedule_slot_weekday_activity_id_idx" ON "schedule_slot"("weekday", "activity_id");
CREATE INDEX "schedule_slot_activity_id_idx" ON "schedule_slot"("activity_id");
CREATE INDEX "schedule_pause_activity_id_idx" ON "schedule_pause"("activity_id");
CREATE INDEX "audit_entry_entity_type_entity_id_created_at_idx" ON "audit_entry"("entity_type", "entity_id", "created_at");
CREATE INDEX "audit_entry_actor_id_idx" ON "audit_entry"("actor_id");
CREATE INDEX "search_outbox_processed_at_available_at_idx" ON "search_outbox"("processed_at", "available_at");

-- AddForeignKey
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "organisation_translation" ADD CONSTRAINT "organisation_translation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "organisation_municipality" ADD CONSTRAINT "organisation_municipality_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "organisation_municipality" ADD CONSTRAINT "organisation_municipality_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "membership" ADD CONSTRAINT "membership_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "activity" ADD CONSTRAINT "activity_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "activity_translation" ADD CONSTRAINT "activity_translation_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "place" ADD CONSTRAINT "place_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "place" ADD CONSTRAINT "place_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "schedule_slot" ADD CONSTRAINT "schedule_slot_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "schedule_pause" ADD CONSTRAINT "schedule_pause_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
