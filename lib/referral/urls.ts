import "server-only";
import { siteOrigin } from "../site/origin";
import { listSearch } from "./list";

/**
 * The public, stable address of a list in the client's language: the "short link", the QR code's
 * content and what the share links send. The UI opens in the client's language too. The origin
 * is SITE_URL, or the request's own when SITE_URL is not set (lib/site/origin.ts).
 */
export async function clientListUrl(ids: readonly string[], forLocale: string): Promise<string> {
  return listUrlAt(await siteOrigin(), ids, forLocale);
}

export function listUrlAt(origin: string, ids: readonly string[], forLocale: string): string {
  return `${origin.replace(/\/$/, "")}/${forLocale}/list${listSearch(ids, forLocale)}`;
}

/** "tukiverkko.fi" for the printed footer. */
export async function siteAddress(): Promise<string> {
  return new URL(await siteOrigin()).host;
}
