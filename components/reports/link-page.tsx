import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

// The landing page of a one-click link from an email (report answer, capacity). Opening the
// link changes nothing: each answer is a button that POSTs, so mail scanners that follow links
// cannot answer by themselves (as the reminder's confirm link, docs/decisions/003).
export async function LinkPage(props: {
  locale: string;
  token: string;
  ok: boolean;
  title: string;
  text: string;
  action: string;
  name: string;
  choices: { value: string; label: string }[];
}) {
  const t = await getTranslations("LinkPage");
  if (!props.ok) {
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("invalidTitle")}</h1>
        <p>{t("invalid")}</p>
        <p>
          <Link href="/manage" className="text-brand-800 underline">
            {t("manage")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{props.title}</h1>
      <p>{props.text}</p>
      <form method="post" action={props.action} className="flex flex-wrap gap-3">
        <input type="hidden" name="token" value={props.token} />
        <input type="hidden" name="locale" value={props.locale} />
        {props.choices.map((choice) => (
          <button key={choice.value} type="submit" name={props.name} value={choice.value} className="rounded border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {choice.label}
          </button>
        ))}
      </form>
    </div>
  );
}
