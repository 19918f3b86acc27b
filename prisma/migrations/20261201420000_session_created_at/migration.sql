-- When a session began: moderators' and admins' sessions end 12 hours after sign-in, however
-- often they are used (lib/auth/config.ts). Existing sessions count from now.
ALTER TABLE "session" ADD COLUMN "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
