import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "@/lib/security/csp";

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
});
