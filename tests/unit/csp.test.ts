import { describe, expect, it } from "vitest";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, createNonce, strictTransportSecurity } from "@/lib/security/csp";

describe("content security policy", () => {
  it("makes a fresh random nonce each time", () => {
    const a = createNonce();
    const b = createNonce();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("allows only nonced scripts, no framing, and eval only in development", () => {
    const production = contentSecurityPolicy("abc", { dev: false, https: true });
    expect(production).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(production).toContain("frame-ancestors 'none'");
    expect(production).toContain("object-src 'none'");
    expect(production).toContain("upgrade-insecure-requests");
    expect(production).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("abc", { dev: true, https: false })).toContain("'unsafe-eval'");
  });

  it("lets API responses load and run nothing", () => {
    expect(API_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(API_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(API_CONTENT_SECURITY_POLICY).not.toContain("script-src");
  });

  it("sends HSTS only in production on an https site, as configured where the app runs", () => {
    expect(strictTransportSecurity({ NODE_ENV: "production", SITE_URL: "https://tukiverkko.fi" })).toBe("max-age=63072000; includeSubDomains");
    expect(strictTransportSecurity({ NODE_ENV: "production", SITE_URL: "http://127.0.0.1:3000" })).toBeUndefined();
    expect(strictTransportSecurity({ NODE_ENV: "production" })).toBeUndefined();
    expect(strictTransportSecurity({ NODE_ENV: "development", SITE_URL: "https://tukiverkko.fi" })).toBeUndefined();
  });
});
