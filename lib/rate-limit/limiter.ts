import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env, requireDatabaseUrl } from "../env";

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
  // Autosave posts every few seconds while someone types; this stops a runaway script, never a person.
  autosavePerUser: { points: 600, duration: 60 * 60 },
  // A new organisation is a moderation task: a few a day per account.
  organisationRegisterPerUser: { points: 5, duration: 24 * 60 * 60 },
  // The one-click links from emails (confirm, capacity, report answer): a person clicks a few.
  signedLinkPerIp: { points: 30, duration: 60 * 60 },
  // The public read API: generous, per address, counted in each instance's memory (no database
  // write per request). PUBLIC_API_PER_MINUTE raises it (the HTTP benchmark's own server).
  publicApiPerIp: { points: env.PUBLIC_API_PER_MINUTE, duration: 60, memory: true },
  // Events (issue 13): as many submissions as notices.
  eventSubmitPerUser: { points: 30, duration: 60 * 60 },
  // Searches that found little are counted (docs/decisions/015); one address counts at most
  // this many an hour, so a script cannot fill the demand figures. The key is a hash.
  demandPerIp: { points: 30, duration: 60 * 60 },
  // Email alerts (docs/decisions/014): each subscription mails a confirmation link, so both the
  // client address and the email address are limited; the manage link likewise.
  alertSubscribePerIp: { points: 10, duration: 60 * 60 },
  alertSubscribePerEmail: { points: 5, duration: 24 * 60 * 60 },
  alertManagePerIp: { points: 10, duration: 60 * 60 },
  alertManagePerEmail: { points: 3, duration: 24 * 60 * 60 },
  newsSubmitPerUser: { points: 20, duration: 24 * 60 * 60 },
  newsEditPerUser: { points: 100, duration: 24 * 60 * 60 },
} as const satisfies Record<string, { points: number; duration: number; memory?: boolean }>;

export type LimitName = keyof typeof LIMITS;

const globalForLimits = globalThis as unknown as { rateLimitPool?: pg.Pool; limiters?: Map<LimitName, RateLimiterAbstract> };

function pool(): pg.Pool {
  globalForLimits.rateLimitPool ??= new pg.Pool({ connectionString: requireDatabaseUrl(), max: 2 });
  return globalForLimits.rateLimitPool;
}

function limiter(name: LimitName): RateLimiterAbstract {
  globalForLimits.limiters ??= new Map();
  let found = globalForLimits.limiters.get(name);
  const limit: { points: number; duration: number; memory?: boolean } = LIMITS[name];
  if (!found && limit.memory) {
    found = new RateLimiterMemory({ keyPrefix: name, points: limit.points, duration: limit.duration });
    globalForLimits.limiters.set(name, found);
  }
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
