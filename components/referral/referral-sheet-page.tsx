import { getTranslations } from "next-intl/server";
import { localeDirection, nativeLanguageName } from "@/lib/i18n/locales";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { listSearch } from "@/lib/referral/list";
import { qrSvg } from "@/lib/referral/qr";
import type { ReferralActivity } from "@/lib/referral/queries";
import { clientListUrl, siteAddress } from "@/lib/referral/urls";
import { PrintButton } from "./print-button";
import { ReferralSheet } from "./referral-sheet";
import { SharePanel } from "./share-panel";
import { LanguageSelect } from "./shortlist-view";

type Props = { locale: string; forLocale: string; items: ReferralActivity[] };

/** The sheet with its screen-only tools: the client's language, printing, sharing, the note. */
export async function ReferralSheetPage({ locale, forLocale, items }: Props) {
  const t = await getTranslations("ReferralList");
  const tClient = await getTranslations({ locale: forLocale, namespace: "ReferralSheet" });
  const ids = items.map((item) => item.id);
  const url = await clientListUrl(ids, forLocale);
  const site = await siteAddress();
  const svg = await qrSvg(url);
  const noteLocales = forLocale === "fi" ? ["fi"] : [forLocale, "fi"];
  const noteHeadings = await Promise.all(
    noteLocales.map(async (code) => {
      const tNote = await getTranslations({ locale: code, namespace: "ReferralSheet" });
      return { code, text: tNote("noteHeading") };
    }),
  );

  // The note is a field without a name, outside any form: it is never submitted, stored or sent.
  const note = (
    <div className="sheet-note flex flex-col gap-1">
      <p className="hidden font-semibold print:block">
        {noteHeadings.map((heading, i) => (
          <span key={heading.code} lang={heading.code} dir={localeDirection(heading.code)}>
            {i > 0 && " / "}
            {heading.text}
          </span>
        ))}
      </p>
      <label htmlFor="client-note" className="font-medium print:hidden">
        {t("noteLabel")}
      </label>
      <p id="client-note-warning" className="rounded border border-amber-700 bg-amber-50 p-2 text-sm text-amber-950 print:hidden" data-testid="note-warning">
        {t("noteWarning")}
      </p>
      <textarea
        id="client-note"
        rows={3}
        autoComplete="off"
        spellCheck={false}
        placeholder={t("notePlaceholder")}
        aria-describedby="client-note-warning"
        className="rounded border border-muted px-3 py-2"
      />
    </div>
  );

  return (
    <div className="flex flex-col gap-6">
      <div className="flex min-w-0 flex-wrap items-end gap-4 print:hidden" data-screen-only>
        <form action={getPathname({ href: "/list", locale })} method="get" className="flex min-w-0 max-w-full flex-wrap items-end gap-2">
          <input type="hidden" name="ids" value={ids.join(",")} />
          <div className="flex min-w-0 max-w-full flex-col gap-1">
            <label htmlFor="for" className="font-medium">
              {t("clientLanguage")}
            </label>
            <LanguageSelect id="for" locale={locale} selected={forLocale} />
          </div>
          <button type="submit" className="rounded border border-brand-600 bg-white px-4 py-2 text-brand-800 hover:bg-brand-50">
            {t("changeLanguage")}
          </button>
        </form>
        <PrintButton label={t("print")} />
        <Link href={`/list${listSearch(ids)}`} className="py-2 text-brand-800 underline">
          {t("editList")}
        </Link>
      </div>
      <p className="text-sm text-muted print:hidden" data-screen-only>
        {t("sheetFor", { language: nativeLanguageName(forLocale) })}
      </p>
      <SharePanel
        url={url}
        message={tClient("shareMessage")}
        subject={tClient("heading")}
        messageLang={forLocale}
        messageDir={localeDirection(forLocale)}
        labels={{
          title: t("shareTitle"),
          link: t("shareLink"),
          copy: t("copy"),
          copied: t("copied"),
          copyFailed: t("copyFailed"),
          email: t("shareEmail"),
          sms: t("shareSms"),
          share: t("shareOther"),
          hint: t("shareHint"),
        }}
      />
      <ReferralSheet items={items} forLocale={forLocale} url={url} qrSvg={svg} site={site} note={note} />
    </div>
  );
}
