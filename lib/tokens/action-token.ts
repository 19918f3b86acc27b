import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import { requireAuthSecret } from "../env";

// Single-purpose links in emails: `<id>.<signature>`, where id is 24 random bytes and the
// signature an HMAC-SHA256 over purpose, activity and id with AUTH_SECRET. A forged or altered
// token fails the signature before any database lookup; the row makes it expire and single-use.

// confirm-activity: "still running" (reminders); answer-report: "fixed / still correct / ended"
// (report emails); set-capacity: "room / waiting list / full" (reminders). See decisions 003, 011.
export type TokenPurpose = "confirm-activity" | "answer-report" | "set-capacity";

const ID = /^[A-Za-z0-9_-]{32}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

function sign(purpose: TokenPurpose, activityId: string, id: string): string {
  return createHmac("sha256", requireAuthSecret()).update(`${purpose}\n${activityId}\n${id}`).digest("base64url");
}

export async function issueActionToken(
  tx: Prisma.TransactionClient,
  options: { purpose: TokenPurpose; activityId: string; expiresAt: Date },
): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await tx.actionToken.create({ data: { id, purpose: options.purpose, activityId: options.activityId, expiresAt: options.expiresAt } });
  return `${id}.${sign(options.purpose, options.activityId, id)}`;
}

export type TokenCheck = { ok: true; activityId: string } | { ok: false; reason: "invalid" | "expired" | "used" };

/** Looks a token up without using it (the landing page). */
export async function inspectActionToken(
  tx: Prisma.TransactionClient,
  options: { token: string; purpose: TokenPurpose; now?: Date },
): Promise<TokenCheck> {
  const [id, signature] = options.token.split(".");
  if (!id || !signature || !ID.test(id) || !SIGNATURE.test(signature)) return { ok: false, reason: "invalid" };
  const row = await tx.actionToken.findUnique({ where: { id }, select: { purpose: true, activityId: true, expiresAt: true, usedAt: true } });
  if (!row || row.purpose !== options.purpose) return { ok: false, reason: "invalid" };
  const expected = Buffer.from(sign(options.purpose, row.activityId, id));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "invalid" };
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
  const id = options.token.split(".")[0]!;
  const { count } = await tx.actionToken.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return count === 1 ? check : { ok: false, reason: "used" };
}
