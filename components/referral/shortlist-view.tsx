import { getTranslations } from "next-intl/server";
import { pickTranslation } from "@/lib/activities/translation";
import { LOCALES, nativeLanguageName } from "@/lib/i18n/locales";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { languageDirection, languageName } from "@/lib/reference/languages";
import { listSearch, MAX_LIST, moveItem, removeItem } from "@/lib/referral/list";
import type { ReferralActivity } from "@/lib/referral/queries";
import { Badge } from "@/components/ui/badge";

type Props = { locale: string; items: ReferralActivity[]; ids: string[] };

const controlClass = "inline-block rounded border border-brand-600 px-2 py-1 text-sm text-brand-800 hover:bg-brand-50";

/**
 * The list being put together: reorder, remove, clear, add by a pasted link, and choose the
 * client's language for the sheet. Every control is a link or a GET form, so all of it works
 * without JavaScript; with it, ListSync stores each change in this browser (data-shortlist).
 */
export async function ShortlistView({ locale, items, ids }: Props) {
  const t = await getTranslations("ReferralList");
  const tCard = await getTranslations("ActivityCard");
  const tPage = await getTranslations("ActivityPage");
  const action = getPathname({ href: "/list", locale });
  const shown = items.map((item) => item.id);

  return (
    <div className="flex flex-col gap-6">
      {items.length === 0 ? (
        <div className="flex flex-col gap-2 rounded-lg border border-brand-100 p-4">
          <p className="text-lg font-semibold">{t("empty")}</p>
          <p>{t("emptyHelp")}</p>
          <p>
            <Link href="/activities" className="text-brand-800 underline">
              {t("search")}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p className="font-semibold" data-testid="list-count">
            {t("count", { count: items.length, max: MAX_LIST })}
          </p>
          <ol className="flex flex-col gap-3" data-testid="shortlist">
            {items.map((item, index) => {
              const text = pickTranslation(item.translations, locale, item.originalLanguage)!;
              const foreign = text.locale !== locale;
              const up = moveItem(shown, index, -1);
              const down = moveItem(shown, index, 1);
              const without = removeItem(shown, item.id);
              return (
                <li key={item.id} className="flex flex-col gap-2 rounded-lg border border-brand-100 p-3 sm:flex-row sm:items-start sm:justify-between" data-list-item={item.id}>
                  <div className="flex min-w-0 flex-col gap-1">
                    <h2 className="text-lg font-semibold">
                      <span aria-hidden="true">{index + 1}. </span>
                      {item.availability === "current" ? (
                        <Link href={`/activities/${item.id}`} lang={foreign ? text.locale : undefined} dir={foreign ? languageDirection(text.locale) : undefined} className="text-brand-800 underline">
                          {text.title}
                        </Link>
                      ) : (
                        <span lang={foreign ? text.locale : undefined} dir={foreign ? languageDirection(text.locale) : undefined}>
                          {text.title}
                        </span>
                      )}
                    </h2>
                    {foreign && <p className="text-sm text-muted">{tCard("originalLanguage", { language: languageName(text.locale, locale) })}</p>}
                    <p className="text-sm">
                      {tCard("organiser")}: <bdi>{item.organisation.name}</bdi>
                    </p>
                    {item.availability !== "current" ? (
                      <div role="note" className="rounded border border-amber-700 bg-amber-50 p-2 text-sm text-amber-950" data-testid="no-longer-available">
                        <p className="font-semibold">{t("noLongerAvailable")}</p>
                        <p>{item.availability === "archived" ? tPage("noLongerValidArchived") : tPage("noLongerValidExpired")}</p>
                      </div>
                    ) : (
                      <ul className="flex flex-wrap gap-2">
                        {item.acceptsReferrals && (
                          <li>
                            <Badge tone="positive">{tCard("referrals")}</Badge>
                          </li>
                        )}
                        {item.acceptsReferrals && item.contactBeforeReferral && (
                          <li>
                            <Badge tone="warning">{t("contactFirst")}</Badge>
                          </li>
                        )}
                      </ul>
                    )}
                  </div>
                  <ul className="flex shrink-0 flex-wrap gap-2" aria-label={t("controlsFor", { title: text.title })}>
                    {index > 0 && (
                      <li>
                        <Link href={`/list${listSearch(up)}`} data-shortlist={up.join(",")} className={controlClass}>
                          <span aria-hidden="true">↑ </span>
                          {t("moveUp")}
                        </Link>
                      </li>
                    )}
                    {index < items.length - 1 && (
                      <li>
                        <Link href={`/list${listSearch(down)}`} data-shortlist={down.join(",")} className={controlClass}>
                          <span aria-hidden="true">↓ </span>
                          {t("moveDown")}
                        </Link>
                      </li>
                    )}
                    <li>
                      <Link href={`/list${listSearch(without)}`} data-shortlist={without.join(",")} className={controlClass}>
                        {t("remove")}
                      </Link>
                    </li>
                  </ul>
                </li>
              );
            })}
          </ol>
          <p>
            <Link href="/list" data-shortlist="" className="text-brand-800 underline">
              {t("clear")}
            </Link>
          </p>
          <form action={action} method="get" className="flex flex-col gap-2 rounded-lg border-2 border-brand-600 bg-brand-50 p-4">
            <h2 className="text-xl font-semibold text-brand-800">{t("makeSheet")}</h2>
            <p>{t("makeSheetHelp")}</p>
            <input type="hidden" name="ids" value={shown.join(",")} />
            <div className="flex flex-wrap items-end gap-2">
              <div className="flex min-w-0 max-w-full flex-col gap-1">
                <label htmlFor="for" className="font-medium">
                  {t("clientLanguage")}
                </label>
                <LanguageSelect id="for" locale={locale} selected={locale} />
              </div>
              <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
                {t("showSheet")}
              </button>
            </div>
          </form>
        </>
      )}
      {ids.length < MAX_LIST && (
        <form action={action} method="get" className="flex flex-col gap-1">
          {shown.length > 0 && <input type="hidden" name="ids" value={shown.join(",")} />}
          <label htmlFor="add" className="font-medium">
            {t("addByLink")}
          </label>
          <p id="add-hint" className="text-sm text-muted">
            {t("addByLinkHint")}
          </p>
          <div className="flex flex-wrap gap-2">
            <input id="add" name="add" type="text" dir="ltr" aria-describedby="add-hint" autoComplete="off" className="min-w-0 flex-[1_1_12rem] rounded border border-muted px-3 py-2" />
            <button type="submit" className="rounded border border-brand-600 bg-white px-4 py-2 text-brand-800 hover:bg-brand-50">
              {t("addButton")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

/** The twelve UI languages, each named in itself and in the reader's language. */
export function LanguageSelect({ id, locale, selected }: { id: string; locale: string; selected: string }) {
  return (
    <select id={id} name="for" defaultValue={selected} className="w-full min-w-0 max-w-full rounded border border-muted bg-white px-2 py-2">
      {LOCALES.map((code) => {
        const own = nativeLanguageName(code);
        const inUi = languageName(code, locale);
        return (
          <option key={code} value={code}>
            {own.toLocaleLowerCase(code) === inUi.toLocaleLowerCase(locale) ? own : `${own} (${inUi})`}
          </option>
        );
      })}
    </select>
  );
}
