import { getTranslations } from "next-intl/server";

/**
 * The notice's optional easy-Finnish (selkosuomi) summary. Finnish readers see it as a section
 * "Selkokielellä"; everyone else gets it folded away as "Selkosuomeksi · Easy Finnish", for
 * those learning Finnish. The text itself is always marked lang="fi".
 */
export async function EasyFinnish({ text, locale }: { text: string; locale: string }) {
  const t = await getTranslations("ActivityPage");
  if (locale === "fi") {
    return (
      <section aria-labelledby="easy-title" className="rounded-lg border border-brand-100 p-4">
        <h2 id="easy-title" className="text-xl font-semibold">
          {t("easySummary")}
        </h2>
        <p className="mt-2 whitespace-pre-line">{text}</p>
      </section>
    );
  }
  return (
    <details className="rounded-lg border border-brand-100 p-4" data-testid="easy-finnish">
      <summary className="cursor-pointer text-lg font-semibold">
        <bdi lang="fi" dir="ltr">
          Selkosuomeksi
        </bdi>{" "}
        · {t("easyFinnish")}
      </summary>
      <p className="mt-2 text-sm text-muted">{t("easyFinnishHint")}</p>
      <p lang="fi" dir="ltr" className="mt-2 whitespace-pre-line text-lg">
        {text}
      </p>
    </details>
  );
}
