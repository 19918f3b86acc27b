import { describe, expect, it } from "vitest";
import { newRequestId, requestLogLine, routePattern } from "@/lib/http/request-log";

describe("request log lines", () => {
  it("name the route, never its variable parts or the query", () => {
    expect(routePattern("/fi/activities?q=somali+women&municipality=091")).toBe("/[locale]/activities");
    expect(routePattern("/ar/activities/cmb2x9k1d0001abcdefgh1234")).toBe("/[locale]/activities/[id]");
    expect(routePattern("/fi/confirm/AbC_123-xyzAbC_123-xyzAbC_123-xy.sig")).toBe("/[locale]/confirm/[id]");
    expect(routePattern("/api/activities/abc123?lang=fi")).toBe("/api/activities/[id]");
    expect(routePattern("/fi/list/Matti%20Meik%C3%A4l%C3%A4inen")).toBe("/[locale]/list/[id]");
    expect(routePattern("/_next/static/chunks/app-123.js")).toBe("/_next/[asset]");
    expect(routePattern("/fi/activities/page/2")).toBe("/[locale]/activities/page/[n]");
    expect(routePattern("/robots.txt")).toBe("/robots.txt");
    expect(routePattern("/fi/%E0%A4%A")).toBe("/[locale]/[value]");
  });

  it("hold the method, status, duration and the app's own request id", () => {
    const line = requestLogLine({ method: "post", url: "/fi/signin?email=a@b.fi", status: 303, startedAt: 1_000_000n, now: 13_500_000n, requestId: "r1" });
    expect(line).toEqual({ msg: "request", method: "POST", route: "/[locale]/signin", status: 303, ms: 12.5, requestId: "r1" });
    expect(JSON.stringify(line)).not.toContain("a@b.fi");
    expect(requestLogLine({ method: "<script>", url: "/", status: 400, startedAt: 0n, now: 0n, requestId: "r" }).method).toBe("OTHER");
  });

  it("makes a new id for every request", () => {
    const ids = new Set(Array.from({ length: 100 }, newRequestId));
    expect(ids.size).toBe(100);
    expect([...ids][0]).toMatch(/^[0-9a-f-]{36}$/);
  });
});
