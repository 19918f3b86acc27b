import "server-only";
import { headers } from "next/headers";
import { env, siteUrlConfigured } from "../env";

/**
 * The origin for addresses people share or search engines read (list links, QR codes, the
 * sitemap, Open Graph URLs): SITE_URL when it is set, else the origin the request came to.
 * Behind a proxy that sets X-Forwarded-Host/-Proto those are used. Sign-in links never use
 * this (they stay on SITE_URL: lib/auth/config.ts).
 */
export async function siteOrigin(): Promise<string> {
  if (siteUrlConfigured) return new URL(env.SITE_URL).origin;
  return originFromHeaders(await headers()) ?? new URL(env.SITE_URL).origin;
}

/** Exported for tests: the origin a request's headers name, or undefined when they name none. */
export function originFromHeaders(h: Pick<Headers, "get">): string | undefined {
  const host = first(h.get("x-forwarded-host")) ?? first(h.get("host"));
  if (!host || !/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)) return undefined;
  const proto = first(h.get("x-forwarded-proto"));
  const scheme = proto === "https" || proto === "http" ? proto : "http";
  return `${scheme}://${host}`;
}

function first(value: string | null): string | undefined {
  const part = value?.split(",")[0]?.trim();
  return part ? part : undefined;
}
