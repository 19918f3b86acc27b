import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import { localeDirection } from "@/lib/i18n/locales";
import type { ReferralActivity } from "@/lib/referral/queries";
import { columnTexts, SheetColumn } from "./sheet-column";
import "./referral-print.css";

type Props = {
  items: ReferralActivity[];
  /** The client's language. */
  forLocale: string;
  url: string;
  qrSvg: string;
  site: string;
  /** The case worker's note field (screen) that also prints; rendered by the page. */
  note: React.ReactNode;
};

/**
 * The printable part of the referral sheet: a heading and the QR code, the optional note, every
 * activity in the client's language beside the Finnish version, and a footer with the date and
 * the service's address. Chrome (language choice, sharing, buttons) lives outside it.
 */
export async function ReferralSheet({ items, forLocale, url, qrSvg, site, note }: Props) {
  const columns = forLocale === "fi" ? ["fi"] : [forLocale, "fi"];
  const printed = new Date();
  return (
    <section data-referral-sheet aria-labelledby="sheet-heading" className="referral-sheet flex flex-col gap-4">
      <header className="flex flex-wrap items-start justify-between gap-4 border-b-2 border-brand-600 pb-3">
        <div className="flex flex-col gap-2">
          <SheetHeading locales={columns} />
        </div>
        <QrFigure locale={forLocale} url={url} svg={qrSvg} />
      </header>
      {note}
      <ol className="flex flex-col gap-4">
        {items.map((activity) => {
          const texts = columnTexts(activity, forLocale);
          return (
            <li key={activity.id} className="sheet-activity rounded-lg border border-brand-100 p-3" data-activity={activity.id}>
              <article aria-labelledby={`sheet-${activity.id}-${columns[0]}`} className={`grid gap-4 ${columns.length > 1 ? "md:grid-cols-2 print:grid-cols-2" : ""}`}>
                {columns.map((locale) => (
                  <SheetColumn
                    key={locale}
                    activity={activity}
                    locale={locale}
                    column={locale === "fi" && columns.length > 1 ? texts.finnish : texts.client}
                    headingId={`sheet-${activity.id}-${locale}`}
                  />
                ))}
              </article>
            </li>
          );
        })}
      </ol>
      <footer className="sheet-footer border-t border-slate-400 pt-2 text-sm">
        <FooterLines locales={columns} date={printed} site={site} />
      </footer>
    </section>
  );
}

async function SheetHeading({ locales }: { locales: string[] }) {
  const lines = await Promise.all(
    locales.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: "ReferralSheet" });
      return { locale, heading: t("heading"), intro: t("intro") };
    }),
  );
  return (
    <>
      <h2 id="sheet-heading" className="text-2xl font-bold text-brand-800">
        {lines.map((line, i) => (
          <span key={line.locale} lang={line.locale} dir={localeDirection(line.locale)} className={i > 0 ? "block text-lg font-semibold" : "block"}>
            {line.heading}
          </span>
        ))}
      </h2>
      {lines.map((line) => (
        <p key={line.locale} lang={line.locale} dir={localeDirection(line.locale)}>
          {line.intro}
        </p>
      ))}
    </>
  );
}

async function QrFigure({ locale, url, svg }: { locale: string; url: string; svg: string }) {
  const t = await getTranslations({ locale, namespace: "ReferralSheet" });
  return (
    <figure lang={locale} dir={localeDirection(locale)} className="flex w-44 flex-col items-center gap-1 print:w-40" data-testid="sheet-qr">
      {/* The SVG comes from the qrcode package on the server, built from our own URL only. */}
      <div role="img" aria-label={t("qrLabel")} className="size-40 print:size-36" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="text-center text-xs">
        {t("qrCaption")}
        <br />
        <span dir="ltr" className="break-all font-mono">
          {url}
        </span>
      </figcaption>
    </figure>
  );
}

async function FooterLines({ locales, date, site }: { locales: string[]; date: Date; site: string }) {
  const lines = await Promise.all(
    locales.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: "ReferralSheet" });
      return { locale, text: t("footer", { date: formatDate(date, locale), site }) };
    }),
  );
  return lines.map((line) => (
    <p key={line.locale} lang={line.locale} dir={localeDirection(line.locale)}>
      {line.text}
    </p>
  ));
}
