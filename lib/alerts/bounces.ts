import { timingSafeEqual, createHash } from "node:crypto";
import { prisma } from "../db/client";
import { permanentFailures } from "../mail/dsn";

// Bounce reports that arrive after sending (docs/decisions/014): the mail provider's webhook
// (/api/mail/bounces) or `npm run mail:bounces <file>` hands over addresses or a DSN; each
// permanently failed address gets bounced_at on its alerts (digests stop; the next clean-up
// removes them), exactly like markAddressBounced.

const MAX_ADDRESSES = 1000;

/** Marks these addresses bounced; returns how many alerts stopped. */
export async function markAddressesBounced(addresses: string[], options: { now?: Date; db?: Pick<typeof prisma, "alert"> } = {}): Promise<number> {
  const db = options.db ?? prisma;
  const emails = [...new Set(addresses.map((a) => a.trim().toLowerCase()).filter(Boolean))].slice(0, MAX_ADDRESSES);
  if (!emails.length) return 0;
  const { count } = await db.alert.updateMany({ where: { email: { in: emails }, bouncedAt: null }, data: { bouncedAt: options.now ?? new Date() } });
  return count;
}

/** A DSN (the whole message or its delivery-status part): its permanent failures are bounced. */
export async function processBounceReport(report: string, options: { now?: Date; db?: Pick<typeof prisma, "alert"> } = {}): Promise<{ addresses: string[]; alerts: number }> {
  const addresses = permanentFailures(report);
  return { addresses, alerts: await markAddressesBounced(addresses, options) };
}

/** Compares a presented secret with the configured one in constant time (hashes first: equal lengths). */
export function secretMatches(presented: string, expected: string): boolean {
  const a = createHash("sha256").update(presented).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}
