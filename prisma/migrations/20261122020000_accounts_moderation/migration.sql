-- Accounts, organisations, notice forms, moderation: moderation state and pending revisions
-- on activity, single-purpose email link tokens, and the rate limiter's table.

-- CreateEnum
CREATE TYPE "RevisionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'REJECTED');

-- AlterTable
ALTER TABLE "activity" ADD COLUMN     "created_by_id" TEXT,
ADD COLUMN     "moderation_feedback" TEXT,
ADD COLUMN     "reminder14_sent_at" TIMESTAMPTZ(3),
ADD COLUMN     "reminder3_sent_at" TIMESTAMPTZ(3),
ADD COLUMN     "revision" JSONB,
ADD COLUMN     "revision_status" "RevisionStatus",
ADD COLUMN     "submitted_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "action_token" (
    "id" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "activity_id" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "action_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "activity_status_submitted_at_idx" ON "activity"("status", "submitted_at");

-- CreateIndex
CREATE INDEX "activity_revision_status_submitted_at_idx" ON "activity"("revision_status", "submitted_at");

-- CreateIndex
CREATE INDEX "action_token_activity_id_idx" ON "action_token"("activity_id");

-- CreateIndex
CREATE INDEX "action_token_expires_at_idx" ON "action_token"("expires_at");

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_token" ADD CONSTRAINT "action_token_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
