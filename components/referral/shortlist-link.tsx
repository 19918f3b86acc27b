"use client";

import { useClientTexts } from "@/components/layout/client-texts";
import { countText } from "@/lib/i18n/count-texts";
import { listSearch } from "@/lib/referral/list";
import { useShortlist } from "./shortlist-store";

type Props = { label: string; href: string };

// The header's way to the list: /{locale}/list without JavaScript; with it, the stored ids go in
// the link and the count shows ("List (3)"). The count's text comes formatted from the server.
export function ShortlistLink({ label, href }: Props) {
  const { shortlist, locale } = useClientTexts();
  const ids = useShortlist();
  const count = ids?.length ?? 0;
  return (
    <a href={`${href}${listSearch(ids ?? [])}`} className="nav-link" data-testid="shortlist-link">
      {label}
      {count > 0 && (
        <>
          {" "}
          <span aria-hidden="true">({count})</span>
          <span className="sr-only">{countText(shortlist.linkCount, locale, count)}</span>
        </>
      )}
    </a>
  );
}
