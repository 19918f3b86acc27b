import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

// "Download these results": the search page's own parameters to the export routes
// (lib/hsds/export.ts), so a download holds exactly what the search lists.
export async function ExportLinks({ query, locale, total }: { query: Record<string, string[]>; locale: string; total: number }) {
  if (total === 0) return null;
  const t = await getTranslations("OpenData");
  const params = new URLSearchParams();
  for (const [key, values] of Object.entries(query)) for (const value of values) params.append(key, value);
  params.set("locale", locale);
  const qs = params.toString();
  return (
    <section aria-labelledby="export-title" className="flex flex-col gap-2 rounded border border-brand-100 bg-brand-50 p-3 text-sm">
      <h3 id="export-title" className="font-semibold">
        {t("export.title", { count: total })}
      </h3>
      <ul className="link-list">
        <li>
          <a href={`/api/activities/export.csv?${qs}`} download>
            {t("export.csv")}
          </a>
        </li>
        <li>
          <a href={`/api/activities/export.json?${qs}`} download>
            {t("export.json")}
          </a>
        </li>
        <li>
          <a href={`/api/activities/export.zip?${qs}`} download>
            {t("export.zip")}
          </a>
        </li>
        <li>
          <Link href="/open-data">
            {t("export.about")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
