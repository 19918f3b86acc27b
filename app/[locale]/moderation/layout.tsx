import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { FormsIntlProvider } from "@/components/manage/intl-provider";
import { getSessionUser } from "@/lib/auth/session";
import { isAdmin, isModerator } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";

// Each page checks requireModerator itself (404 for everyone else); the navigation shows only to moderators.
export default async function ModerationLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  const t = await getTranslations("Moderation");
  const tEvents = await getTranslations("Events");
  const tDemand = await getTranslations("Demand");
  const tNews = await getTranslations("News");
  const tImport = await getTranslations("Import");
  const links = [
    { href: "/moderation", label: t("queue") },
    { href: "/moderation/reports", label: t("reports") },
    { href: "/moderation/events", label: tEvents("queueTitle") },
    { href: "/moderation/news", label: tNews("queueTitle") },
    { href: "/moderation/organisations", label: t("organisations") },
    { href: "/moderation/deleted", label: t("deleted") },
    { href: "/moderation/audit", label: t("audit") },
    { href: "/moderation/import", label: tImport("nav") },
    ...(isAdmin(user) ? [{ href: "/moderation/roles", label: t("roles") }] : []),
    { href: "/moderation/coordinators", label: tDemand("coordinatorsTitle") },
  ];
  return (
    <FormsIntlProvider>
      {isModerator(user) && (
        <nav aria-label={t("navLabel")} className="mb-6 border-b border-brand-100 pb-3">
          <ul className="flex flex-wrap gap-4">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-brand-800 underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {children}
    </FormsIntlProvider>
  );
}
