import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { databaseUnreachableSince, isDatabaseUnreachable, markDatabaseReachable, markDatabaseUnreachable } from "@/lib/db/unreachable";
import { loadUnavailableTexts, localeFor, unavailableResponse } from "@/lib/http/unavailable-page";

afterEach(() => markDatabaseReachable());

describe("telling an unreachable database from other errors", () => {
  it("recognises what Prisma, its pg adapter and node-postgres throw when PostgreSQL is gone", () => {
    // The shape Prisma 7 threw in the outage experiment (a stopped cluster).
    const prismaKnown = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
      code: "P1001",
      meta: { driverAdapterError: Object.assign(new Error("DatabaseNotReachable"), { cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 } }) },
    });
    const rawQuery = Object.assign(new Error("Raw query failed."), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } });
    const shutdown = { cause: { kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" } };
    const terminated = new Error("Connection terminated unexpectedly");
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect", errno: -111 });
    // Last: how Auth.js wraps the adapter error it catches in a session lookup (SessionTokenError).
    for (const error of [prismaKnown, rawQuery, shutdown, terminated, refused, { cause: { cause: refused } }, { cause: { err: prismaKnown } }]) {
      expect(isDatabaseUnreachable(error)).toBe(true);
    }
  });

  it("does not take ordinary errors for an outage", () => {
    const unique = Object.assign(new Error("Unique constraint failed"), { code: "P2002", meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } } });
    const syntax = { cause: { kind: "postgres", code: "42601", message: "syntax error" } };
    for (const error of [unique, syntax, new Error("boom"), "text", null, undefined, 42]) {
      expect(isDatabaseUnreachable(error)).toBe(false);
    }
  });

  it("remembers the outage process-wide from the first mark until the database is reachable again", () => {
    expect(databaseUnreachableSince()).toBeUndefined();
    markDatabaseUnreachable(1000);
    markDatabaseUnreachable(2000);
    expect(databaseUnreachableSince()).toBe(1000);
    markDatabaseReachable();
    expect(databaseUnreachableSince()).toBeUndefined();
  });
});

describe("the 503 answer served without Next.js", () => {
  beforeAll(() => loadUnavailableTexts());

  it("takes the locale from the path, else from Accept-Language, else Finnish", () => {
    expect(localeFor("/ar/activities", "fi")).toBe("ar");
    expect(localeFor("/api/activities", "de-DE,sv;q=0.8")).toBe("sv");
    expect(localeFor("/xx", undefined)).toBe("fi");
  });

  it("is a localized HTML page with lang, dir and Retry-After for pages", async () => {
    const answer = unavailableResponse("database", "/ar/activities?q=<b>", undefined);
    expect(answer.status).toBe(503);
    expect(answer.headers["Retry-After"]).toBe("10");
    expect(answer.headers["Cache-Control"]).toBe("no-store");
    expect(answer.body).toContain('<html lang="ar" dir="rtl">');
    expect(answer.body).toContain("الخدمة غير متاحة مؤقتًا");
    expect(answer.body).not.toContain("<b>"); // the address is escaped
  });

  it("never links off the site, and answers the API in JSON", async () => {
    expect((unavailableResponse("busy", "//evil.example/x", "en")).body).toContain('href="/"');
    const api = unavailableResponse("busy", "/api/activities?q=x", "en");
    expect(api.headers["Content-Type"]).toMatch(/application\/json/);
    expect(JSON.parse(api.body)).toEqual({ error: "busy", message: expect.stringContaining("more requests") });
    expect(api.headers["Retry-After"]).toBe("2");
  });
});
