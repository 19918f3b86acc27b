import { afterAll, beforeEach, describe, expect, test } from "vitest";
import { overLimit } from "../../lib/http/rate-limited";
import { closeLimiters, consumeLimit, LIMITS } from "../../lib/rate-limit/limiter";
import { getTestPrisma, truncateAll } from "../support/db";

// The PostgreSQL-backed limiter (rate_limit table): counts survive across limiter instances
// because they live in the database, not in the process.
const prisma = getTestPrisma();
beforeEach(() => truncateAll(prisma));
afterAll(() => closeLimiters());

describe("rate limits", () => {
  test("sign-in emails: 5 per hour per address, case-insensitively; other addresses unaffected", async () => {
    for (let i = 0; i < 5; i++) expect((await consumeLimit("signInPerEmail", "Anna@example.fi")).allowed).toBe(true);
    const sixth = await consumeLimit("signInPerEmail", "anna@example.fi");
    expect(sixth.allowed).toBe(false);
    if (!sixth.allowed) expect(sixth.retryAfterSeconds).toBeGreaterThan(3000);
    expect((await consumeLimit("signInPerEmail", "other@example.fi")).allowed).toBe(true);
  });

  test("sign-in emails: 20 per hour per IP address", async () => {
    for (let i = 0; i < 20; i++) expect((await consumeLimit("signInPerIp", "203.0.113.9")).allowed).toBe(true);
    expect((await consumeLimit("signInPerIp", "203.0.113.9")).allowed).toBe(false);
  });

  test("notice submissions: 30 per hour per user, stored in PostgreSQL", async () => {
    for (let i = 0; i < 30; i++) await consumeLimit("noticeSubmitPerUser", "user-1");
    expect((await consumeLimit("noticeSubmitPerUser", "user-1")).allowed).toBe(false);
    // A fresh limiter (another app instance) sees the same count.
    await closeLimiters();
    expect((await consumeLimit("noticeSubmitPerUser", "user-1")).allowed).toBe(false);
    const rows = await prisma.rateLimit.findMany({ where: { key: { startsWith: "noticeSubmitPerUser" } } });
    expect(rows[0]?.points).toBeGreaterThanOrEqual(31);
  });
});

describe("rate limits on route handlers (lib/http/rate-limited.ts)", () => {
  const from = (address: string) => new Request("http://localhost/api/activities", { headers: { "x-forwarded-for": address } });

  test("the public API: 600 a minute per address in memory, then 429 with Retry-After, other addresses unaffected", async () => {
    for (let i = 0; i < LIMITS.publicApiPerIp.points; i++) expect(await overLimit(from("198.51.100.7"), "publicApiPerIp")).toBeUndefined();
    const limited = await overLimit(from("198.51.100.7"), "publicApiPerIp");
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited?.json()).toMatchObject({ error: "rate_limited" });
    expect(await overLimit(from("198.51.100.8"), "publicApiPerIp")).toBeUndefined();
    // Counted in memory: no database write per API request.
    expect(await prisma.rateLimit.count({ where: { key: { startsWith: "publicApiPerIp" } } })).toBe(0);
  });

  test("the one-click email links: 30 an hour per address, answered in the reader's language", async () => {
    for (let i = 0; i < 30; i++) expect(await overLimit(from("198.51.100.9"), "signedLinkPerIp", { locale: "sv" })).toBeUndefined();
    const limited = await overLimit(from("198.51.100.9"), "signedLinkPerIp", { locale: "sv" });
    expect(limited?.status).toBe(429);
    const html = await limited!.text();
    expect(html).toContain('lang="sv"');
    expect(html).toMatch(/försök/i);
  });

  test("autosave, organisation registration and invitations have their own limits per user", async () => {
    for (const [name, points] of [["autosavePerUser", 600], ["organisationRegisterPerUser", 5], ["invitePerUser", 10]] as const) {
      expect(LIMITS[name].points).toBe(points);
      for (let i = 0; i < points; i++) await consumeLimit(name, "user-9");
      expect((await consumeLimit(name, "user-9")).allowed, name).toBe(false);
    }
  });
});
