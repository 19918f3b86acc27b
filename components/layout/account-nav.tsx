import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/[locale]/signin/actions";
import { getSessionUser } from "@/lib/auth/session";
import { isModerator } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";

/** Sign in, or the signed-in user's way to their notices, moderation, and signing out. */
export async function AccountNav() {
  const t = await getTranslations("AccountNav");
  const user = await getSessionUser();
  const link = "nav-link"; // app/globals.css: on every page, twice
  if (!user) {
    return (
      <Link href="/signin" className={link}>
        {t("signIn")}
      </Link>
    );
  }
  return (
    <nav aria-label={t("accountNav")}>
      <ul className="flex flex-wrap items-center gap-4">
        <li>
          <Link href="/manage" className={link}>
            {t("manage")}
          </Link>
        </li>
        {isModerator(user) && (
          <li>
            <Link href="/moderation" className={link}>
              {t("moderation")}
            </Link>
          </li>
        )}
        <li>
          <form action={signOutAction}>
            <button type="submit" className={`${link} underline`}>
              {t("signOut")}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
