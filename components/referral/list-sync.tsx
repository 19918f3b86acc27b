"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { listSearch, MAX_LIST, readStoredIds } from "@/lib/referral/list";
import { useShortlist, writeShortlist } from "./shortlist-store";

type Props = {
  /** The ids the page shows (the URL's, minus unknown ones); empty when the URL has none. */
  ids: string[];
  /** The ids of the URL's `ids` parameter alone, before any `add`. */
  baseIds: string[];
  /** Known ids the URL's `add` parameter asks to add (the paste form, the no-JavaScript button). */
  addIds: string[];
  hasIdsInUrl: boolean;
  forLocale?: string;
};

/**
 * Keeps the list page and this browser's stored list together:
 * - /list without ids opens the stored list (the URL then carries it, for sharing and Back);
 * - adding by a link (`add=`) to the list this browser keeps stores the result, so the header,
 *   the page and the stored list agree; the URL is then rewritten without `add`;
 * - a list opened from a link is stored when nothing else is, and edits made on the page
 *   (links marked data-shortlist) are stored before the page follows them;
 * - a link with a different list than the stored one asks before replacing it.
 */
export function ListSync({ ids, baseIds, addIds, hasIdsInUrl, forLocale }: Props) {
  const t = useTranslations("ReferralList");
  const router = useRouter();
  const locale = useLocale();
  const stored = useShortlist();
  const [dismissed, setDismissed] = useState(false);
  const same = stored !== null && stored.join(",") === ids.join(",");

  useEffect(() => {
    if (stored === null) return;
    const storedKey = stored.join(",");
    if (addIds.length > 0 && (baseIds.length === 0 || baseIds.join(",") === storedKey)) {
      // "Add to my list": the stored list (or, without one, the page's) plus the new ones.
      const start = stored.length > 0 ? stored : baseIds;
      const next = [...start, ...addIds.filter((id) => !start.includes(id))].slice(0, MAX_LIST);
      if (next.join(",") !== storedKey) writeShortlist(next);
      router.replace(getPathname({ href: `/list${listSearch(next, forLocale)}`, locale }));
    } else if (!hasIdsInUrl && stored.length > 0) {
      router.replace(getPathname({ href: `/list${listSearch(stored, forLocale)}`, locale }));
    } else if (hasIdsInUrl && stored.length === 0 && ids.length > 0) {
      writeShortlist(ids);
    }
  }, [stored, hasIdsInUrl, ids, baseIds, addIds, forLocale, router, locale]);

  useEffect(() => {
    function onClick(event: MouseEvent) {
      const link = (event.target as Element | null)?.closest?.("a[data-shortlist]");
      if (!(link instanceof HTMLAnchorElement)) return;
      writeShortlist(readStoredIds(JSON.stringify((link.dataset.shortlist ?? "").split(",").filter(Boolean))));
    }
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, []);

  const adding = addIds.length > 0 && (baseIds.length === 0 || (stored !== null && baseIds.join(",") === stored.join(",")));
  if (!hasIdsInUrl || adding || stored === null || stored.length === 0 || same || dismissed) return null;
  return (
    <div role="note" className="flex flex-wrap items-center gap-3 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950 print:hidden">
      <p>{t("otherSaved", { count: stored.length })}</p>
      <button
        type="button"
        onClick={() => {
          writeShortlist(ids);
          setDismissed(true);
        }}
        className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white hover:bg-brand-800"
      >
        {t("replaceSaved")}
      </button>
      <Link href={`/list${listSearch(stored)}`} className="text-brand-800 underline">
        {t("openSaved")}
      </Link>
    </div>
  );
}
