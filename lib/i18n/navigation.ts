import { useLocale } from "next-intl";
import { createNavigation } from "next-intl/navigation";
import { createElement, type AnchorHTMLAttributes } from "react";
import { routing } from "./routing";

// The only place links, redirects and router hooks come from, so they always keep the locale.
const navigation = createNavigation(routing);
export const { redirect, usePathname, useRouter, getPathname } = navigation;

type Href = string | { pathname: string; query?: Record<string, string | string[] | undefined> };
type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { href: Href; locale?: string };

/**
 * A link to a page of the site in the current locale (or in `locale`): a plain <a>, rendered on
 * the server. next-intl's own Link is a client component around next/link, which puts next/link,
 * the client router hooks and use-intl into every page's JavaScript (about 20 KB compressed) for
 * client-side navigation; pages here are server-rendered and load whole (docs/decisions/018).
 * Works in server components and in client components under a NextIntlClientProvider.
 */
export function Link({ href, locale, ...rest }: LinkProps) {
  const current = useLocale();
  const target = locale ?? current;
  // "always" adds the prefix by itself; forcePrefix: false would take it away.
  const path = getPathname({ href, locale: target, forcePrefix: target !== current ? true : undefined });
  return createElement("a", { ...rest, href: readableCommas(path), hrefLang: rest.hrefLang ?? locale });
}

/** Lists in the query (`?ids=a,b,c`) keep their commas, as the pages write them: commas are allowed there unescaped (RFC 3986). */
function readableCommas(path: string): string {
  const query = path.indexOf("?");
  return query < 0 ? path : path.slice(0, query) + path.slice(query).replace(/%2C/gi, ",");
}
