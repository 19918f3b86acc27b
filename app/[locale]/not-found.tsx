import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("NotFound");
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p>{t("text")}</p>
      <ul className="flex flex-wrap gap-4">
        <li>
          <Link href="/" className="text-brand-800 underline">
            {t("home")}
          </Link>
        </li>
        <li>
          <Link href="/activities" className="text-brand-800 underline">
            {t("activities")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
