import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { FEEDBACK_EMAIL } from "@/lib/site";

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  return (
    <footer className="mt-12 border-t border-brand-100 bg-brand-50">
      <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-6 text-sm text-muted">
        <p>{t("footerText")}</p>
        <nav aria-label={t("footerNav")}>
          <ul className="link-list">
            <li>
              <Link href="/coverage">
                {t("navCoverage")}
              </Link>
            </li>
            <li>
              <Link href="/accessibility">
                {t("accessibility")}
              </Link>
            </li>
            <li>
              <Link href="/open-data">
                {t("openData")}
              </Link>
            </li>
            <li>
              <Link href="/privacy">
                {t("privacy")}
              </Link>
            </li>
            <li>
              <a href={`mailto:${FEEDBACK_EMAIL}`}>
                {t("feedback")}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
