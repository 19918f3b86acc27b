import { describe, expect, it } from "vitest";
import { listUrlAt } from "../../lib/referral/urls";
import { alternates } from "../../lib/site/sitemap";
import { originFromHeaders } from "../../lib/site/origin";

const h = (values: Record<string, string>) => new Headers(values);

describe("the origin of shared links when SITE_URL is not set", () => {
  it("is the request's own host, behind a proxy the forwarded one", () => {
    expect(originFromHeaders(h({ host: "192.168.1.5:3000" }))).toBe("http://192.168.1.5:3000");
    expect(originFromHeaders(h({ host: "internal:3000", "x-forwarded-host": "tukiverkko.fi", "x-forwarded-proto": "https" }))).toBe("https://tukiverkko.fi");
    expect(originFromHeaders(h({ host: "[::1]:3000" }))).toBe("http://[::1]:3000");
  });

  it("refuses a Host header that is not a host name", () => {
    expect(originFromHeaders(h({ host: "evil.example/path?x=" }))).toBeUndefined();
    expect(originFromHeaders(h({}))).toBeUndefined();
    expect(originFromHeaders(h({ host: "a.fi", "x-forwarded-proto": "javascript" }))).toBe("http://a.fi");
  });

  it("builds the list link and the sitemap alternates on that origin", () => {
    expect(listUrlAt("http://192.168.1.5:3000/", ["demo-act-001", "demo-act-002"], "ar")).toBe("http://192.168.1.5:3000/ar/list?ids=demo-act-001,demo-act-002&for=ar");
    const languages = alternates("https://tukiverkko.fi", "/activities/x");
    expect(Object.keys(languages)).toHaveLength(13);
    expect(languages.so).toBe("https://tukiverkko.fi/so/activities/x");
    expect(languages["x-default"]).toBe("https://tukiverkko.fi/fi/activities/x");
  });
});
