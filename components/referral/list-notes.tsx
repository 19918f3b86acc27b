import { getTranslations } from "next-intl/server";
import { formatList } from "@/lib/i18n/format";
import { getLocale } from "next-intl/server";
import { MAX_LIST } from "@/lib/referral/list";

type Props = { tooMany: boolean; malformed: string[]; unknown: string[]; badFor: string | undefined };

/** What the page left out of the URL's list, and why; never silently. */
export async function ListNotes({ tooMany, malformed, unknown, badFor }: Props) {
  const t = await getTranslations("ReferralList");
  const locale = await getLocale();
  const ignored = [...malformed, ...unknown];
  if (!tooMany && ignored.length === 0 && !badFor) return null;
  return (
    <div className="flex flex-col gap-2 print:hidden">
      {tooMany && (
        <div role="alert" className="rounded border-2 border-red-700 bg-red-50 p-3 text-red-950" data-testid="too-many">
          <p className="font-semibold">{t("tooManyTitle", { max: MAX_LIST })}</p>
          <p>{t("tooMany", { max: MAX_LIST })}</p>
        </div>
      )}
      {ignored.length > 0 && (
        <p role="note" className="rounded border border-amber-700 bg-amber-50 p-3 text-amber-950" data-testid="ignored-ids">
          {t("ignored", { count: ignored.length })} <bdi dir="ltr">{formatList(ignored, locale)}</bdi>
        </p>
      )}
      {badFor && (
        <p role="note" className="rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
          {t("badFor", { value: badFor })}
        </p>
      )}
    </div>
  );
}
