import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { TARGET_GROUPS, THEMES } from "@/lib/reference/taxonomies";

// Links into search by theme and by target group (the search page reads `theme` and `group`).
export async function HomeQuickLinks() {
  const t = await getTranslations("HomePage");
  const tt = await getTranslations("Taxonomy");
  const groups = [
    { id: "by-theme", title: t("byTheme"), param: "theme", items: THEMES.map((slug) => ({ slug, label: tt(`themes.${slug}`) })) },
    { id: "by-group", title: t("byGroup"), param: "group", items: TARGET_GROUPS.map((slug) => ({ slug, label: tt(`targetGroups.${slug}`) })) },
  ];
  return (
    <div className="grid gap-8 md:grid-cols-2">
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id}>
          <h2 id={group.id} className="mb-3 text-xl font-semibold">
            {group.title}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {group.items.map((item) => (
              <li key={item.slug}>
                <Link
                  href={{ pathname: "/activities", query: { [group.param]: item.slug } }}
                  className="inline-block rounded-full border border-brand-600 px-3 py-1 text-brand-800 hover:bg-brand-50"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
