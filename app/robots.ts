import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/site/origin";

export const dynamic = "force-dynamic";

// Public pages are open to search engines; the organiser, moderation and sign-in areas, the
// per-person list and the API are not worth crawling (and the list pages say noindex anyway).
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteOrigin();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/*/manage", "/*/moderation", "/*/signin", "/*/list", "/*/confirm", "/*/dev"] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
