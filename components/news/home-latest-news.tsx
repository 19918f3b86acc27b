import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { listPublicNews } from "@/lib/news/queries";
import { NewsCard } from "./news-card";

/** The home page's latest three news items, with a link to all news. */
export async function HomeLatestNews({ locale }: { locale: string }) {
  const t = await getTranslations("News");
  const { items } = await listPublicNews({ category: [], region: [], lang: [], page: 1 }, locale, { pageSize: 3 });
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="home-news-title" className="flex flex-col gap-4">
      <h2 id="home-news-title" className="text-2xl font-semibold">
        {t("homeTitle")}
      </h2>
      <ul className="grid gap-4 md:grid-cols-3">
        {items.map((item) => (
          <li key={item.id} className="flex">
            <NewsCard item={item} locale={locale} headingLevel={3} />
          </li>
        ))}
      </ul>
      <p>
        <Link href="/news" className="font-semibold text-brand-800 underline">
          {t("homeAll")}
        </Link>
      </p>
    </section>
  );
}
