import { getTranslations } from "next-intl/server";
import { signOutEverywhereAction } from "@/app/[locale]/signin/actions";

/** Ends every session of the account (a shared computer, a lost phone); a plain form, no script. */
export async function SignOutEverywhere() {
  const t = await getTranslations("AccountNav");
  return (
    <section aria-labelledby="sessions-title" className="flex flex-col gap-2 border-t border-brand-100 pt-4">
      <h2 id="sessions-title" className="text-lg font-semibold">
        {t("sessionsTitle")}
      </h2>
      <p className="max-w-2xl text-muted">{t("sessionsText")}</p>
      <form action={signOutEverywhereAction}>
        <button type="submit" className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
          {t("signOutEverywhere")}
        </button>
      </form>
    </section>
  );
}
