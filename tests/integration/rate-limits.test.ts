import { afterAll, beforeEach, describe, expect, test } from "vitest";
import { closeLimiters, consumeLimit } from "../../lib/rate-limit/limiter";
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
