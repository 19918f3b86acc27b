import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { requireDatabaseUrl } from "../env";

// Rate limits kept in PostgreSQL (table rate_limit, created by a migration), so they hold
// across several app instances and restarts. One small pool of its own: the limiter speaks pg.

export const LIMITS = {
  signInPerEmail: { points: 5, duration: 60 * 60 },
  signInPerIp: { points: 20, duration: 60 * 60 },
  noticeSubmitPerUser: { points: 30, duration: 60 * 60 },
  // Invitations send mail to any address: a few a day per owner is what a real team needs.
  invitePerUser: { points: 10, duration: 24 * 60 * 60 },
  // "Report a problem" needs no account: a few an hour per address is plenty for real people
  // (repeated reports of one notice are grouped anyway, docs/decisions/011).
  reportPerIp: { points: 10, duration: 60 * 60 },
} as const;

export type LimitName = keyof typeof LIMITS;

const globalForLimits = globalThis as unknown as { rateLimitPool?: pg.Pool; limiters?: Map<LimitName, RateLimiterPostgres> };

function pool(): pg.Pool {
  globalForLimits.rateLimitPool ??= new pg.Pool({ connectionString: requireDatabaseUrl(), max: 2 });
  return globalForLimits.rateLimitPool;
}

function limiter(name: LimitName): RateLimiterPostgres {
  globalForLimits.limiters ??= new Map();
  let found = globalForLimits.limiters.get(name);
  if (!found) {
    found = new RateLimiterPostgres({
      storeClient: pool(),
      tableName: "rate_limit",
      tableCreated: true,
      keyPrefix: name,
      points: LIMITS[name].points,
      duration: LIMITS[name].duration,
      clearExpiredByTimeout: false,
    });
    globalForLimits.limiters.set(name, found);
  }
  return found;
}

export type LimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Takes one point; answers whether the caller is still within the limit. */
export async function consumeLimit(name: LimitName, key: string): Promise<LimitResult> {
  try {
    await limiter(name).consume(key.toLowerCase());
    return { allowed: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000) };
    throw error;
  }
}

/** Closes the pool (scripts and tests). */
export async function closeLimiters(): Promise<void> {
  const current = globalForLimits.rateLimitPool;
  globalForLimits.rateLimitPool = undefined;
  globalForLimits.limiters = undefined;
  await current?.end();
}
