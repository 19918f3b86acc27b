import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

// Landing page of a link in an alert mail: opening it changes nothing (mail scanners follow
// links); the button POSTs the signed token (as the reminder and report links, decision 003).
export async function AlertLinkPage(props: { locale: string; token: string; ok: boolean; title: string; text: string; button: string; action: string; searchHref?: string }) {
  const t = await getTranslations("Alerts");
  if (!props.ok) {
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("invalidTitle")}</h1>
        <p>{t("invalidText")}</p>
        <p>
          <Link href="/activities" className="text-brand-800 underline">
            {t("openSearch")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{props.title}</h1>
      <p>{props.text}</p>
      {props.searchHref && (
        <p>
          <a href={props.searchHref} className="text-brand-800 underline">
            {t("openSearch")}
          </a>
        </p>
      )}
      <form method="post" action={props.action}>
        <input type="hidden" name="token" value={props.token} />
        <input type="hidden" name="locale" value={props.locale} />
        <button type="submit" className="rounded border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {props.button}
        </button>
      </form>
    </div>
  );
}
