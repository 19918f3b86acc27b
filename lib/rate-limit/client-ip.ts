import "server-only";
import { headers } from "next/headers";

/**
 * The client's address: the last X-Forwarded-For hop, which `next start` (or the one reverse
 * proxy in front of it) appends; earlier hops come from the client and could be forged.
 */
export async function clientIp(): Promise<string> {
  const hops = ((await headers()).get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  return hops.at(-1) ?? "unknown";
}
