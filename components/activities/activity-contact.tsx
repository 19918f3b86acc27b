import { getTranslations } from "next-intl/server";
import type { ActivityDetail } from "@/lib/activities/queries";

export async function ActivityContact({ activity, headingLevel = 1 }: { activity: ActivityDetail; headingLevel?: 1 | 3 }) {
  const H = headingLevel === 1 ? "h2" : "h4";
  const t = await getTranslations("ActivityPage");
  const email = activity.contactEmail ?? activity.organisation.email;
  const phone = activity.contactPhone ?? activity.organisation.phone;
  return (
    <section aria-labelledby="contact-title" className="rounded-lg border border-brand-100 p-4">
      <H id="contact-title" className="text-xl font-semibold">
        {t("contact")}
      </H>
      <ul className="mt-2 flex flex-col gap-1">
        {activity.contactName && (
          <li>
            <bdi>{activity.contactName}</bdi>
          </li>
        )}
        {email && (
          <li>
            {t("email")}: <a href={`mailto:${email}`} dir="ltr" className="text-brand-800 underline">{email}</a>
          </li>
        )}
        {phone && (
          <li>
            {t("phone")}: <a href={`tel:${phone.replace(/\s/g, "")}`} dir="ltr" className="text-brand-800 underline">{phone}</a>
          </li>
        )}
        {activity.organisation.website && (
          <li>
            {t("website")}: <a href={activity.organisation.website} dir="ltr" className="text-brand-800 underline" rel="noopener noreferrer">{activity.organisation.website}</a>
          </li>
        )}
      </ul>
    </section>
  );
}
