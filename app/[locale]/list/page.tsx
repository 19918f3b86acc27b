import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { ListSync } from "@/components/referral/list-sync";
import { ListNotes } from "@/components/referral/list-notes";
import { ReferralSheetPage } from "@/components/referral/referral-sheet-page";
import { ShortlistView } from "@/components/referral/shortlist-view";
import type { SearchParams } from "@/lib/i18n/page-params";
import { parseListParams } from "@/lib/referral/list";
import { getReferralList } from "@/lib/referral/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const { forLocale } = parseListParams(await searchParams);
  const t = await getTranslations({ locale, namespace: "ReferralList" });
  // A list is one person's selection: nothing for search engines.
  return { title: forLocale ? t("sheetTitle") : t("title"), robots: { index: false, follow: false } };
}

/** /{locale}/list?ids=a,b,c (the shortlist) and …&for=ar (the referral sheet in the client's language). */
export default async function ListPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const parsed = parseListParams(query);
  const { items, unknown } = await getReferralList(parsed.ids);
  const t = await getTranslations("ReferralList");
  const shownIds = items.map((item) => item.id);
  // What the URL's own list was, and what `add` asked for, so the browser can add to its stored list.
  const baseIds = parseListParams({ ids: query.ids }).ids.filter((id) => shownIds.includes(id));
  const addIds = parseListParams({ add: query.add }).ids.filter((id) => shownIds.includes(id) && !baseIds.includes(id));
  const messages = (await getMessages()) as { ReferralList: Record<string, string> };
  const syncMessages = { ReferralList: { otherSaved: messages.ReferralList.otherSaved, replaceSaved: messages.ReferralList.replaceSaved, openSaved: messages.ReferralList.openSaved } };
  const sheet = parsed.forLocale && items.length > 0 && !parsed.tooMany;

  return (
    <div className="flex flex-col gap-6">
      <NextIntlClientProvider messages={syncMessages}>
        <ListSync
          ids={shownIds}
          baseIds={baseIds}
          addIds={addIds}
          hasIdsInUrl={query.ids !== undefined || query.add !== undefined}
          forLocale={parsed.forLocale}
        />
      </NextIntlClientProvider>
      <div className="flex flex-col gap-2 print:hidden">
        <h1 className="text-3xl font-bold text-brand-800">{sheet ? t("sheetTitle") : t("title")}</h1>
        <p className="max-w-3xl text-muted">{sheet ? t("sheetLead") : t("lead")}</p>
      </div>
      <ListNotes tooMany={parsed.tooMany} malformed={parsed.malformed} unknown={unknown} badFor={parsed.badFor} />
      {sheet ? (
        <ReferralSheetPage locale={locale} forLocale={parsed.forLocale!} items={items} />
      ) : (
        !parsed.tooMany && <ShortlistView locale={locale} items={items} ids={shownIds} />
      )}
    </div>
  );
}
