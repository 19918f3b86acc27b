"use client";

import { useEffect, useState } from "react";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { listSearch, readStoredIds } from "@/lib/referral/list";
import { useShortlist, writeShortlist } from "./shortlist-store";

type Props = {
  /** The ids the page shows (the URL's, minus unknown ones); empty when the URL has none. */
  ids: string[];
  hasIdsInUrl: boolean;
  forLocale?: string;
  labels: { otherSaved: string; replace: string; openSaved: string };
};

/**
 * Keeps the list page and this browser's stored list together:
 * - /list without ids opens the stored list (the URL then carries it, for sharing and Back);
 * - a list opened from a link is stored when nothing else is, and edits made on the page
 *   (links marked data-shortlist) are stored before the page follows them;
 * - a link with a different list than the stored one asks before replacing it.
 */
export function ListSync({ ids, hasIdsInUrl, forLocale, labels }: Props) {
  const router = useRouter();
  const stored = useShortlist();
  const [dismissed, setDismissed] = useState(false);
  const same = stored !== null && stored.join(",") === ids.join(",");

  useEffect(() => {
    if (stored === null) return;
    if (!hasIdsInUrl && stored.length > 0) {
      router.replace(`/list${listSearch(stored, forLocale)}`);
    } else if (hasIdsInUrl && stored.length === 0 && ids.length > 0) {
      writeShortlist(ids);
    }
  }, [stored, hasIdsInUrl, ids, forLocale, router]);

  useEffect(() => {
    function onClick(event: MouseEvent) {
      const link = (event.target as Element | null)?.closest?.("a[data-shortlist]");
      if (!(link instanceof HTMLAnchorElement)) return;
      writeShortlist(readStoredIds(JSON.stringify((link.dataset.shortlist ?? "").split(",").filter(Boolean))));
    }
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, []);

  if (!hasIdsInUrl || stored === null || stored.length === 0 || same || dismissed) return null;
  return (
    <div role="note" className="flex flex-wrap items-center gap-3 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950 print:hidden">
      <p>{labels.otherSaved.replace("{count}", String(stored.length))}</p>
      <button
        type="button"
        onClick={() => {
          writeShortlist(ids);
          setDismissed(true);
        }}
        className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white hover:bg-brand-800"
      >
        {labels.replace}
      </button>
      <Link href={`/list${listSearch(stored)}`} className="text-brand-800 underline">
        {labels.openSaved}
      </Link>
    </div>
  );
}
