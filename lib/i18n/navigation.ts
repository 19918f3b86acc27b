import { useLocale } from "next-intl";
import { redirect as nextRedirect } from "next/navigation";
import { createElement, type AnchorHTMLAttributes } from "react";

// The only place links, paths and redirects in the site's locales come from. Written here, not
// taken from next-intl's createNavigation: that import references next-intl's client Link, which
// put next/link and use-intl into every page's JavaScript (about 18 KB compressed) although no
// page renders it (docs/decisions/018). Every path has its locale prefix (routing.ts: "always"),
// so a path is the locale, the page and the query. Client components that navigate use
// next/navigation's router with a path from here.

type Query = Record<string, string | string[] | undefined>;
export type Href = string | { pathname: string; query?: Query };

/** `/{locale}{pathname}?{query}`: "/" is the locale's home page, repeated parameters repeat. */
export function getPathname({ href, locale }: { href: Href; locale: string }): string {
  const { pathname, query } = typeof href === "string" ? { pathname: href, query: undefined } : href;
  const page = pathname === "/" ? "" : pathname.startsWith("/?") ? pathname.slice(1) : pathname;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, one);
  }
  const rest = search.size > 0 ? `${page.includes("?") ? "&" : "?"}${search}` : "";
  return readableCommas(`/${locale}${page}${rest}`);
}

/** Ends rendering (or a server action) with a redirect to a page in `locale`. */
export function redirect({ href, locale }: { href: Href; locale: string }): never {
  return nextRedirect(getPathname({ href, locale }));
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { href: Href; locale?: string };

/**
 * A link to a page of the site in the current locale (or in `locale`): a plain <a>, rendered on
 * the server. Pages here are server-rendered and load whole, so there is no client-side
 * navigation to set up (docs/decisions/018). Works in server components and in client
 * components under a NextIntlClientProvider.
 */
export function Link({ href, locale, ...rest }: LinkProps) {
  const current = useLocale();
  // hrefLang only when set: an undefined prop still costs "$undefined" in the component payload.
  const hrefLang = rest.hrefLang ?? locale;
  return createElement("a", { ...rest, href: getPathname({ href, locale: locale ?? current }), ...(hrefLang && { hrefLang }) });
}

/** Lists in the query (`?ids=a,b,c`) keep their commas, as the pages write them: commas are allowed there unescaped (RFC 3986). */
function readableCommas(path: string): string {
  const query = path.indexOf("?");
  return query < 0 ? path : path.slice(0, query) + path.slice(query).replace(/%2C/gi, ",");
}
