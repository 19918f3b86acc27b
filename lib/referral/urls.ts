import "server-only";
import { env } from "../env";
import { listSearch } from "./list";

/**
 * The public, stable address of a list in the client's language: the "short link", the QR code's
 * content and what the share links send. The UI opens in the client's language too.
 */
export function clientListUrl(ids: readonly string[], forLocale: string): string {
  return `${env.SITE_URL.replace(/\/$/, "")}/${forLocale}/list${listSearch(ids, forLocale)}`;
}

/** "tukiverkko.fi" for the printed footer. */
export function siteAddress(): string {
  const url = new URL(env.SITE_URL);
  return url.host;
}
