import "server-only";
import { prisma } from "../db/client";
import { publicActivityWhere } from "../activities/visibility";
import { LOCALES } from "../i18n/locales";

export type SitemapEntry = {
  url: string;
  lastModified?: Date;
  alternates: { languages: Record<string, string> };
};

/** Every public page a search engine should know, each in the twelve UI locales. */
export async function sitemapEntries(origin: string, now: Date = new Date()): Promise<SitemapEntry[]> {
  const where = publicActivityWhere(now);
  const [activities, organisations] = await Promise.all([
    prisma.activity.findMany({ where, select: { id: true, updatedAt: true }, orderBy: { publishedAt: "desc" } }),
    // Organisations with at least one public notice: the others have a bare page with nothing to find.
    prisma.organisation.findMany({
      where: { activities: { some: where } },
      select: { id: true, updatedAt: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const entry = (path: string, lastModified?: Date): SitemapEntry => ({
    url: localisedUrl(origin, "fi", path),
    lastModified,
    alternates: { languages: alternates(origin, path) },
  });
  return [
    entry(""),
    entry("/activities"),
    entry("/accessibility"),
    entry("/privacy"),
    entry("/open-data"),
    ...activities.map((a) => entry(`/activities/${a.id}`, a.updatedAt)),
    ...organisations.map((o) => entry(`/organisations/${o.id}`, o.updatedAt)),
  ];
}

function localisedUrl(origin: string, locale: string, path: string): string {
  return `${origin.replace(/\/$/, "")}/${locale}${path}`;
}

/** hreflang alternates: each UI locale, plus x-default (the Finnish page, the default locale). */
export function alternates(origin: string, path: string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of LOCALES) languages[locale] = localisedUrl(origin, locale, path);
  languages["x-default"] = localisedUrl(origin, "fi", path);
  return languages;
}
