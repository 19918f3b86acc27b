import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as activity } from "@/app/api/activities/[id]/route";
import { GET as activities } from "@/app/api/activities/route";
import { POST as capacity } from "@/app/api/capacity/route";
import { POST as confirm } from "@/app/api/confirm/route";
import { POST as reportAnswer } from "@/app/api/report-answer/route";
import { syncSearchDocument } from "@/lib/search/sync";
import { getTestPrisma, truncateAll } from "../support/db";
import { createActivity, createOrganisation } from "../support/factories";

// Property-based tests (fast-check) over the API routes with the real database: whatever the
// query string, path or form, the answer is a 2xx, 3xx or 4xx (never a 5xx), and nothing is
// written by a request that is refused.

const prisma = getTestPrisma();
let address = 0;
/** A different client address per request, so the per-address limits stay out of the way. */
const from = () => ({ "x-forwarded-for": `198.18.${(address >> 8) & 255}.${address++ & 255}` });

beforeAll(async () => {
  await truncateAll(prisma);
  const org = await createOrganisation(prisma);
  const a = await createActivity(prisma, { organisationId: org.id, translations: [{ locale: "fi", title: "Kielikahvila" }] });
  await syncSearchDocument(prisma, a.id);
});

const piece = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("%", "%E0%A4%A", "%FF", "%00", "+", "&&", "==", "q=", "page=99999999", "age=-1", "lang=ar,so,xx", "sort=relevance", "municipality=Helsinki", "region=1", "free=maybe", "locale=xx", "__proto__=1"),
);
const queryString = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(fc.sample(fc.constantFrom("&", "=", ""), 1)[0]));

describe("the public API, whatever is asked", () => {
  it("GET /api/activities answers 200 or 400, never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(queryString, async (qs) => {
        const response = await activities(new Request(`http://localhost/api/activities?${qs}`, { headers: from() }));
        expect([200, 400]).toContain(response.status);
        const body = await response.json();
        if (response.status === 200) expect(body.total).toEqual(expect.any(Number));
      }),
      { numRuns: 150 },
    );
  });

  it("GET /api/activities/{id} answers 404 for anything that is not a public notice, never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom("..", "%2e%2e", "null", "' OR 1=1", "a".repeat(5000))), async (id) => {
        const response = await activity(new Request(`http://localhost/api/activities/${encodeURIComponent(id)}`, { headers: from() }), { params: Promise.resolve({ id }) });
        expect(response.status).toBe(404);
      }),
      { numRuns: 100 },
    );
  });
});

describe("the one-click link endpoints, whatever is posted", () => {
  const field = fc.oneof(fc.string({ maxLength: 100 }), fc.constantFrom("", "x.y", `${"A".repeat(32)}.${"B".repeat(43)}`, "fi", "ar", "ROOM", "FIXED", "__proto__"));
  const form = fc.dictionary(fc.constantFrom("token", "locale", "status", "answer", "other"), field, { maxKeys: 5 });

  it.each([
    ["confirm", confirm],
    ["capacity", capacity],
    ["report-answer", reportAnswer],
  ] as const)("POST /api/%s redirects or refuses (3xx/4xx) and writes nothing", async (_name, handler) => {
    const before = await prisma.auditEntry.count();
    await fc.assert(
      fc.asyncProperty(form, async (fields) => {
        const body = new URLSearchParams(fields);
        const response = await handler(new Request("http://localhost/api/x", { method: "POST", body, headers: { ...from(), "content-type": "application/x-www-form-urlencoded" } }));
        expect(response.status).toBeGreaterThanOrEqual(300);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
    expect(await prisma.auditEntry.count()).toBe(before);
  });
});
