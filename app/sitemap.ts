import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/site/origin";
import { sitemapEntries } from "@/lib/site/sitemap";

// Read at request time: notices are published and expire all day long.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await siteOrigin());
}
