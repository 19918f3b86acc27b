import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

// "Email me when new activities match" under a search: a link to the subscription page with the
// search's parameters. The form itself is on that page, so the search page, opened all day and
// re-rendered at every filter, carries no form code, no form texts and no form markup
// (docs/decisions/018).
export async function AlertInvite({ search }: { search: string }) {
  const t = await getTranslations("Alerts");
  return (
    <section id="alert" aria-labelledby="alert-title" className="flex flex-col items-start gap-3 rounded-lg border border-brand-100 bg-brand-50 p-4 print:hidden">
      <h2 id="alert-title" className="text-xl font-semibold">
        {t("formTitle")}
      </h2>
      <p className="max-w-2xl text-sm">{t("formLead")}</p>
      <Link href={`/alerts/new${search ? `?${search}` : ""}`} className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800">
        {t("start")}
      </Link>
    </section>
  );
}
