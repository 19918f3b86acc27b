import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { RenderStore } from "@/lib/http/render-store";
import { allowReuse } from "@/lib/http/reusable-render";
import { handleSearchCache, PRIVATE_POLICY, SHARED_POLICY } from "@/lib/http/search-cache";
import { createPostgresEngine } from "@/lib/search/postgres-engine";
import { parseSearchQuery } from "@/lib/search/query";
import { syncSearchDocument } from "@/lib/search/sync";
import { searchDataVersion } from "@/lib/search/version";
import { getTestPrisma, truncateAll } from "../support/db";
import { createActivity, createOrganisation } from "../support/factories";

// The search page's reuse of rendered results (docs/decisions/019): behind the hook is a stand-in
// for Next.js that renders the titles of a real search and sets Next.js's own dynamic-page headers,
// a Content-Security-Policy with a new nonce, and next-intl's locale cookie when next-intl would;
// like the search page, it allows its render to be reused, with a step for each request that reuses it.
// A reused result is never stale: any change to a notice, or a notice's validity ending, makes
// the old ETag fail; signed-in requests are never shareable.

const prisma = getTestPrisma();
const engine = createPostgresEngine(prisma);
let renders = 0;
let reusedBy: string[] = [];
let store: RenderStore;
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    void (async () => {
      // As scripts/serve.ts does: the app's own request id.
      const requestId = randomUUID();
      request.headers["x-request-id"] = requestId;
      response.setHeader("X-Request-Id", requestId);
      if (await handleSearchCache(request, response, { version: () => searchDataVersion(prisma), buildId: "test-build", store })) return;
      renders++;
      const params = Object.fromEntries(new URL(request.url!, "http://x").searchParams);
      const query = parseSearchQuery(params);
      const result = await engine.search({ ...query, pageSize: 20 });
      allowReuse(requestId, (headers) => reusedBy.push(headers.get("x-forwarded-for") ?? ""));
      const titles = await prisma.activityTranslation.findMany({ where: { activityId: { in: result.ids } }, select: { title: true }, orderBy: { title: "asc" } });
      const locale = request.url!.split("/")[1]!;
      // next-intl's rule: no cookie yet and the browser's language (fetch sends "*": the default) is another.
      const acceptLanguage = request.headers["accept-language"] ?? "*";
      const preferred = acceptLanguage === "*" ? "fi" : acceptLanguage.slice(0, 2);
      if (!/NEXT_LOCALE=/.test(request.headers.cookie ?? "") && preferred !== locale) response.setHeader("Set-Cookie", `NEXT_LOCALE=${locale}; Path=/`);
      response.setHeader("Content-Security-Policy", `script-src 'nonce-${randomUUID()}'`);
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
  reusedBy = [];
  store = new RenderStore(1024 * 1024);
});

const get = (path: string, headers: Record<string, string> = {}, method = "GET") => fetch(base + path, { headers, method });

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

  it("reuses the page rendered for an identical anonymous request until a notice changes", async () => {
    const activity = await publishedCafe();
    const first = await get("/fi/activities");
    expect(await first.text()).toBe("Kielikahvila Kalliossa");
    const again = await get("/fi/activities");
    expect(again.status).toBe(200);
    expect(await again.text()).toBe("Kielikahvila Kalliossa");
    expect(renders).toBe(1);
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(again.headers.get("cache-control")).toBe(SHARED_POLICY);
    expect(again.headers.get("vary")).toMatch(/\bCookie\b/);
    // The page's own policy, whose nonce its scripts carry; a request id of its own.
    expect(again.headers.get("content-security-policy")).toBe(first.headers.get("content-security-policy"));
    expect(again.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));

    await prisma.activityTranslation.updateMany({ where: { activityId: activity.id }, data: { title: "Kielikahvila Sörnäisissä" } });
    await syncSearchDocument(prisma, activity.id);
    expect(await (await get("/fi/activities")).text()).toBe("Kielikahvila Sörnäisissä");
    expect(renders).toBe(2);
  });

  it("runs the page's step (counting the search) for each request that reuses it, with that request's headers", async () => {
    await publishedCafe();
    await get("/fi/activities?q=kielikahvila", { "X-Forwarded-For": "192.0.2.1" });
    await get("/fi/activities?q=kielikahvila", { "X-Forwarded-For": "192.0.2.2" });
    await get("/fi/activities?q=kielikahvila", { "X-Forwarded-For": "192.0.2.3" });
    expect(renders).toBe(1);
    expect(reusedBy).toEqual(["192.0.2.2", "192.0.2.3"]);
  });

  it("renders again for a fresh request (a hard reload) and a HEAD", async () => {
    await publishedCafe();
    await get("/fi/activities");
    await get("/fi/activities", { "Cache-Control": "no-cache" });
    await get("/fi/activities", { Pragma: "no-cache" });
    expect((await get("/fi/activities", {}, "HEAD")).status).toBe(200);
    expect(renders).toBe(4);
    await get("/fi/activities");
    expect(renders).toBe(4);
    expect(reusedBy).toHaveLength(1);
  });

  it("never keeps a page that sets a cookie, and keeps the locale cookie's cases apart", async () => {
    await publishedCafe();
    // next-intl sets its cookie when the browser's language is not the page's: every such request renders.
    for (let i = 0; i < 2; i++) {
      const cookieSet = await get("/fi/activities", { "Accept-Language": "ar" });
      expect(cookieSet.headers.get("set-cookie")).toMatch(/NEXT_LOCALE=fi/);
      expect(cookieSet.headers.get("cache-control")).toBe(PRIVATE_POLICY);
    }
    expect(renders).toBe(2);
    // With the cookie there is nothing to set: the page is kept and reused.
    for (let i = 0; i < 2; i++) {
      const withCookie = await get("/fi/activities", { "Accept-Language": "ar", Cookie: "NEXT_LOCALE=fi" });
      expect(withCookie.headers.get("set-cookie")).toBeNull();
    }
    expect(renders).toBe(3);
    expect(store.size).toBe(1);
  });
});
