import { getTranslations } from "next-intl/server";
import type { ActivityDetail } from "@/lib/activities/queries";
import { Link } from "@/lib/i18n/navigation";
import { languageDirection } from "@/lib/reference/languages";

// Someone followed an old link: say plainly that the notice is gone and offer the way on.
export async function ActivityGone({ activity }: { activity: ActivityDetail }) {
  const t = await getTranslations("ActivityPage");
  return (
    <article className="flex flex-col gap-4">
      <div role="alert" className="rounded border-2 border-amber-700 bg-amber-50 p-4 text-amber-950">
        <h1 className="text-2xl font-bold">{t("noLongerValid")}</h1>
        <p className="mt-2">{activity.availability === "archived" ? t("noLongerValidArchived") : t("noLongerValidExpired")}</p>
      </div>
      <p lang={activity.text.locale} dir={languageDirection(activity.text.locale)} className="text-xl font-semibold">
        {activity.text.title}
      </p>
      <ul className="flex flex-col gap-2">
        <li>
          <Link href={`/organisations/${activity.organisation.id}`} className="text-brand-800 underline">
            {t("otherFromOrganiser")}: <bdi>{activity.organisation.name}</bdi>
          </Link>
        </li>
        <li>
          <Link href="/activities" className="text-brand-800 underline">
            {t("findOthers")}
          </Link>
        </li>
      </ul>
    </article>
  );
}
