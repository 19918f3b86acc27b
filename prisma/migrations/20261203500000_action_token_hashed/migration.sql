-- Action tokens (lib/tokens/action-token.ts): rows are keyed by the SHA-256 of the token id and
-- signed over purpose and id only, so links mailed before this change no longer verify; they
-- are removed (the landing page says "invalid", and the next reminder brings a new link).
DELETE FROM "action_token";

-- The member a link was mailed to, so that leaving the organisation ends their links.
ALTER TABLE "action_token" ADD COLUMN "recipient_user_id" TEXT;
ALTER TABLE "action_token" ADD CONSTRAINT "action_token_recipient_user_id_fkey"
  FOREIGN KEY ("recipient_user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX "action_token_recipient_user_id_idx" ON "action_token"("recipient_user_id");
