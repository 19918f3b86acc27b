import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy from "@/proxy";

function request(path: string, headers: Record<string, string> = {}) {
  return new NextRequest(`http://localhost:3000${path}`, { headers });
}

describe("locale negotiation at /", () => {
  it("redirects to the best supported language from Accept-Language", () => {
    const response = proxy(request("/", { "accept-language": "sv-FI,sv;q=0.9,en;q=0.5" }));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/sv");
  });

  it("falls back to Finnish when no supported language is accepted", () => {
    const response = proxy(request("/", { "accept-language": "ja,ko;q=0.8" }));
    expect(response.headers.get("location")).toBe("http://localhost:3000/fi");
  });

  it("prefers the language the person chose earlier (cookie) over the browser's", () => {
    const response = proxy(request("/", { "accept-language": "sv", cookie: "NEXT_LOCALE=en" }));
    expect(response.headers.get("location")).toBe("http://localhost:3000/en");
  });

  it("keeps the path and query when adding the locale", () => {
    const response = proxy(request("/activities?theme=sports", { "accept-language": "en" }));
    expect(response.headers.get("location")).toBe("http://localhost:3000/en/activities?theme=sports");
  });

  it("passes localized paths through with a nonce-based CSP", () => {
    const response = proxy(request("/fi/activities"));
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  });
});

describe("malformed paths", () => {
  it("answers 400 for a path that is not valid percent-encoding", () => {
    expect(proxy(request("/fi/activities/%E0%A4%A")).status).toBe(400);
  });
});
