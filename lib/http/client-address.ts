// Which address a request came from, for per-IP rate limits. `next start` keeps an
// X-Forwarded-For header exactly as the client sent it (it only fills it in when absent), so
// a client could name any address and rotate it past every per-IP limit. scripts/serve.ts
// therefore replaces the header with the address this function picks, before Next.js sees it:
// with no trusted proxy (TRUSTED_PROXIES=0, the default) the socket's own peer; behind N
// trusted reverse proxies, the address the outermost of them saw, N hops from the right.

/** The client's address, from the X-Forwarded-For hops and the socket's peer address. */
export function clientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustedProxies: number): string {
  const peer = normalise(socketAddress) ?? "unknown";
  if (trustedProxies <= 0) return peer;
  const hops = [forwardedFor ?? []]
    .flat()
    .flatMap((value) => value.split(","))
    .map((hop) => normalise(hop.trim()))
    .filter((hop): hop is string => Boolean(hop));
  // [...what the proxies appended, the last proxy itself]: each trusted proxy adds one hop.
  const chain = [...hops, peer];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? peer;
}

/** IPv4 peers arrive as "::ffff:203.0.113.9" on dual-stack sockets. */
function normalise(address: string | undefined): string | undefined {
  if (!address) return undefined;
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/**
 * In the app (server actions, route handlers): the address scripts/serve.ts put in
 * X-Forwarded-For. Under `next dev`, which nothing exposes, the header is as the client sent it.
 */
export function requestClientAddress(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  return hops.at(-1) ?? "unknown";
}
