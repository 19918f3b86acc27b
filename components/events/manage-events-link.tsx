import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** On the organiser's home: the way to their events and trainings. */
export async function ManageEventsLink() {
  const t = await getTranslations("EventForm");
  return (
    <p>
      <Link href="/manage/events" className="font-semibold text-brand-800 underline">
        {t("manageLink")}
      </Link>
    </p>
  );
}
