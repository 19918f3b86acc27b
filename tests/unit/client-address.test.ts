import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/http/client-address";

describe("client address for rate limits", () => {
  it("takes the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress("1.1.1.1, 2.2.2.2", "::ffff:203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
  });

  it("behind one trusted proxy, takes the hop that proxy appended, not what the client forged", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy at 10.0.0.2 appended the real 203.0.113.9.
    expect(clientAddress("6.6.6.6, 203.0.113.9", "10.0.0.2", 1)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9", "10.0.0.2", 1)).toBe("203.0.113.9");
  });

  it("behind two trusted proxies, counts two hops from the right", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.9, 10.0.0.1", "10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("falls back to the furthest hop there is when fewer hops arrive than proxies are trusted", () => {
    expect(clientAddress(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
    expect(clientAddress(["203.0.113.9"], "10.0.0.2", 5)).toBe("203.0.113.9");
  });
});
