import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { handleSearchCache, PRIVATE_POLICY, SHARED_POLICY } from "@/lib/http/search-cache";
import { createPostgresEngine } from "@/lib/search/postgres-engine";
import { parseSearchQuery } from "@/lib/search/query";
import { syncSearchDocument } from "@/lib/search/sync";
import { searchDataVersion } from "@/lib/search/version";
import { getTestPrisma, truncateAll } from "../support/db";
import { createActivity, createOrganisation } from "../support/factories";

// The search page's reuse of rendered results (docs/decisions/019): behind the hook is a stand-in
// for Next.js that renders the titles of a real search and sets Next.js's own dynamic-page headers.
// A reused result is never stale: any change to a notice, or a notice's validity ending, makes
// the old ETag fail; signed-in requests are never shareable.

const prisma = getTestPrisma();
const engine = createPostgresEngine(prisma);
let renders = 0;
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    void (async () => {
      if (await handleSearchCache(request, response, { version: () => searchDataVersion(prisma), buildId: "test-build" })) return;
      renders++;
      const params = Object.fromEntries(new URL(request.url!, "http://x").searchParams);
      const result = await engine.search({ ...parseSearchQuery(params), pageSize: 20 });
      const titles = await prisma.activityTranslation.findMany({ where: { activityId: { in: result.ids } }, select: { title: true }, orderBy: { title: "asc" } });
      response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
      response.setHeader("Vary", "RSC, Accept-Encoding");
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.end(titles.map((t) => t.title).join("\n"));
    })().catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(async () => {
  await truncateAll(prisma);
  renders = 0;
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });

async function publishedCafe() {
  const org = await createOrganisation(prisma);
  const activity = await createActivity(prisma, { organisationId: org.id, translations: [{ locale: "fi", title: "Kielikahvila Kalliossa" }] });
  await syncSearchDocument(prisma, activity.id);
  return activity;
}

describe("search page caching", () => {
  it("answers a repeated anonymous search with 304 until a notice changes, then renders the change", async () => {
    const activity = await publishedCafe();
    const first = await get("/fi/activities?q=kielikahvila");
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe(SHARED_POLICY);
    expect(first.headers.get("vary")).toMatch(/\bCookie\b/);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"s-/);
    expect(await first.text()).toBe("Kielikahvila Kalliossa");

    const again = await get("/fi/activities?q=kielikahvila", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    // A 304 carries no Content-Security-Policy: the stored page keeps the one its nonces match.
    expect(again.headers.get("content-security-policy")).toBeNull();
    expect(renders).toBe(1);

    // Another URL or locale is another result.
    expect((await get("/sv/activities?q=kielikahvila", { "If-None-Match": etag })).status).toBe(200);
    expect((await get("/fi/activities?q=kielikahvila&page=2", { "If-None-Match": etag })).status).toBe(200);

    // The organiser edits the notice: the stored page must not be reused.
    await prisma.activityTranslation.updateMany({ where: { activityId: activity.id }, data: { title: "Kielikahvila Kalliossa ja Sörnäisissä" } });
    await syncSearchDocument(prisma, activity.id);
    const changed = await get("/fi/activities?q=kielikahvila", { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(await changed.text()).toBe("Kielikahvila Kalliossa ja Sörnäisissä");
  });

  it("does not reuse a result once a notice's validity has ended, though nothing was written", async () => {
    const org = await createOrganisation(prisma);
    const activity = await createActivity(prisma, { organisationId: org.id, validUntil: new Date(Date.now() + 4000) });
    await syncSearchDocument(prisma, activity.id);
    const first = await get("/fi/activities");
    expect(await first.text()).toBe("Kielikahvila");
    const etag = first.headers.get("etag")!;
    expect((await get("/fi/activities", { "If-None-Match": etag })).status).toBe(304);
    // The notice leaves the results when its validity ends: from then on the old page is not reused.
    await expect.poll(async () => (await get("/fi/activities", { "If-None-Match": etag })).status, { timeout: 15_000, interval: 250 }).toBe(200);
    expect(await (await get("/fi/activities")).text()).toBe("");
  });

  it("never shares a signed-in request, nor a client-side navigation's payload", async () => {
    await publishedCafe();
    const etag = (await get("/fi/activities")).headers.get("etag")!;
    for (const cookie of ["authjs.session-token=abc", "theme=x; __Secure-authjs.session-token=abc", "__Secure-authjs.session-token.0=abc"]) {
      const signedIn = await get("/fi/activities", { Cookie: cookie, "If-None-Match": etag });
      expect(signedIn.status).toBe(200);
      expect(signedIn.headers.get("cache-control")).toBe(PRIVATE_POLICY);
      expect(signedIn.headers.get("etag")).toBeNull();
      expect(signedIn.headers.get("vary")).toMatch(/\bCookie\b/);
    }
    const rsc = await get("/fi/activities?_rsc=abc", { RSC: "1", "If-None-Match": etag });
    expect(rsc.status).toBe(200);
    expect(rsc.headers.get("cache-control")).toBe(PRIVATE_POLICY);
    expect(renders).toBe(5);
  });

  it("leaves other routes and methods alone", async () => {
    const other = await get("/fi/activities/abc");
    expect(other.headers.get("cache-control")).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    expect(other.headers.get("etag")).toBeNull();
  });
});
