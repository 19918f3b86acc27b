-- Issue 12 (docs/decisions/008): the organiser's referral answer as its own nullable column,
-- a content version for moderation decisions, organisation profile review, Y-tunnus claims
-- and invitations that the invitee accepts.

-- AlterTable
ALTER TABLE "activity" ADD COLUMN     "referrals_answer" BOOLEAN,
ADD COLUMN     "content_version" INTEGER NOT NULL DEFAULT 0;

-- The old column stored "no" for a draft saved before the question was answered. Every notice
-- that was ever submitted passed the submit check, which needs an explicit answer, so its value
-- is the answer; so is "yes" anywhere (it was never a default). Only drafts never submitted
-- that say "no" are ambiguous: they become unanswered and the organiser answers again.
UPDATE "activity" SET "referrals_answer" = "accepts_referrals"
WHERE "accepts_referrals" = true OR "status" <> 'DRAFT' OR "submitted_at" IS NOT NULL;

-- AlterTable
ALTER TABLE "organisation" ADD COLUMN     "pending_profile" JSONB,
ADD COLUMN     "profile_feedback" TEXT,
ADD COLUMN     "profile_reviewed_at" TIMESTAMPTZ(3),
ADD COLUMN     "profile_submitted_at" TIMESTAMPTZ(3);

-- Organisations that exist today have been public all along: their profile counts as reviewed
-- now, and their next change goes through review.
UPDATE "organisation" SET "profile_reviewed_at" = CURRENT_TIMESTAMP;

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "organisation_claim" (
    "id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "message" TEXT,
    "status" "RequestStatus" NOT NULL DEFAULT 'PENDING',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "organisation_claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitation" (
    "id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL,
    "invited_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "declined_at" TIMESTAMPTZ(3),

    CONSTRAINT "invitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "organisation_claim_status_created_at_idx" ON "organisation_claim"("status", "created_at");

-- CreateIndex
CREATE INDEX "organisation_claim_organisation_id_idx" ON "organisation_claim"("organisation_id");

-- CreateIndex
CREATE INDEX "invitation_email_idx" ON "invitation"("email");

-- CreateIndex
CREATE INDEX "invitation_organisation_id_idx" ON "invitation"("organisation_id");

-- AddForeignKey
ALTER TABLE "organisation_claim" ADD CONSTRAINT "organisation_claim_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_claim" ADD CONSTRAINT "organisation_claim_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
