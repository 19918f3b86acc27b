import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import { requireAuthSecret } from "../env";

// Single-purpose links in emails: `<id>.<signature>`, where id is 24 random bytes and the
// signature an HMAC-SHA256 over purpose and id with AUTH_SECRET. The signature is checked
// before any database lookup, so a forged or altered token costs no query. The row is keyed
// by the SHA-256 of the id, so a copy of the database holds no usable link; it makes the token
// expire, single-use, and (with its recipient) void once that person leaves the organisation.

// confirm-activity: "still running" (reminders); answer-report: "fixed / still correct / ended"
// (report emails); set-capacity: "room / waiting list / full" (reminders). See decisions 003, 011.
export type TokenPurpose = "confirm-activity" | "answer-report" | "set-capacity";

const ID = /^[A-Za-z0-9_-]{32}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

function sign(purpose: TokenPurpose, id: string): string {
  return createHmac("sha256", requireAuthSecret()).update(`${purpose}\n${id}`).digest("base64url");
}

/** The stored key of a token id. */
export const tokenKey = (id: string): string => createHash("sha256").update(id).digest("base64url");

export async function issueActionToken(
  tx: Prisma.TransactionClient,
  options: { purpose: TokenPurpose; activityId: string; expiresAt: Date; recipientUserId?: string },
): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await tx.actionToken.create({
    data: { id: tokenKey(id), purpose: options.purpose, activityId: options.activityId, expiresAt: options.expiresAt, recipientUserId: options.recipientUserId ?? null },
  });
  return `${id}.${sign(options.purpose, id)}`;
}

/** The token's id when its form and signature are right for the purpose (no database needed). */
export function verifiedTokenId(token: string, purpose: TokenPurpose): string | undefined {
  const [id, signature, extra] = token.split(".");
  if (extra !== undefined || !id || !signature || !ID.test(id) || !SIGNATURE.test(signature)) return undefined;
  const expected = Buffer.from(sign(purpose, id));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : undefined;
}

export type TokenCheck = { ok: true; activityId: string } | { ok: false; reason: "invalid" | "expired" | "used" };

/** Looks a token up without using it (the landing page). */
export async function inspectActionToken(
  tx: Prisma.TransactionClient,
  options: { token: string; purpose: TokenPurpose; now?: Date },
): Promise<TokenCheck> {
  const id = verifiedTokenId(options.token, options.purpose);
  if (!id) return { ok: false, reason: "invalid" };
  const row = await tx.actionToken.findUnique({ where: { id: tokenKey(id) }, select: { purpose: true, activityId: true, expiresAt: true, usedAt: true } });
  if (!row || row.purpose !== options.purpose) return { ok: false, reason: "invalid" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt <= (options.now ?? new Date())) return { ok: false, reason: "expired" };
  return { ok: true, activityId: row.activityId };
}

/** Uses a token once: of two concurrent uses, exactly one succeeds. */
export async function consumeActionToken(
  tx: Prisma.TransactionClient,
  options: { token: string; purpose: TokenPurpose; now?: Date },
): Promise<TokenCheck> {
  const now = options.now ?? new Date();
  const check = await inspectActionToken(tx, { ...options, now });
  if (!check.ok) return check;
  const key = tokenKey(verifiedTokenId(options.token, options.purpose)!);
  const { count } = await tx.actionToken.updateMany({ where: { id: key, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return count === 1 ? check : { ok: false, reason: "used" };
}

/** A member left the organisation: the links mailed to them for its notices stop working. */
export async function revokeMemberTokens(tx: Prisma.TransactionClient, options: { userId: string; organisationId: string }): Promise<number> {
  const { count } = await tx.actionToken.deleteMany({ where: { recipientUserId: options.userId, activity: { organisationId: options.organisationId } } });
  return count;
}
