"use client";

import { useState } from "react";
import { useClientTexts } from "@/components/layout/client-texts";
import { countText } from "@/lib/i18n/count-texts";
import { addItem, removeItem } from "@/lib/referral/list";
import { readShortlist, useShortlist, writeShortlist } from "./shortlist-store";

export type AddToListLabels = { add: string; remove: string; onList: string; removed: string; full: string };

type Props = { id: string; title: string; action: string; labels: AddToListLabels };

// Their look is in app/globals.css: every card of a search page has one.
const addClass = "shortlist-add";
const removeClass = "shortlist-remove";

/**
 * "Add to list" on a search result or a notice. Without JavaScript it is a link to the list page
 * (/{locale}/list?add=id), which shows a list with this activity (a link, not a form: search
 * results sit inside the search form, and forms cannot nest). With JavaScript it is a button that
 * adds to (or removes from) the list kept in this browser and says so in a polite live region.
 */
export function AddToList({ id, title, action, labels }: Props) {
  // "Added… the list now has N": formatted on the server for every possible N (layout's ClientTextsProvider).
  const { shortlist, locale } = useClientTexts();
  const stored = useShortlist();
  const [message, setMessage] = useState("");

  if (stored === null) {
    // No wrapper: twenty of these are hydrated on every search page.
    return (
      <a data-add-to-list={id} href={`${action}?add=${encodeURIComponent(id)}`} className={`${addClass} print:hidden`}>
        {labels.add}
        <span className="sr-only">: {title}</span>
      </a>
    );
  }

  const onList = stored.includes(id);
  function toggle() {
    const current = readShortlist();
    const next = current.includes(id) ? removeItem(current, id) : addItem(current, id);
    if (!next) {
      setMessage(labels.full);
      return;
    }
    if (!writeShortlist(next)) {
      // Storage blocked (some private modes): carry on through the URL, as without JavaScript.
      // A full page load: this component stays clear of the client router (docs/decisions/018).
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign(`${action}?add=${encodeURIComponent(id)}`);
      return;
    }
    setMessage(next.includes(id) ? countText(shortlist.added, locale, next.length) : labels.removed);
  }

  return (
    <span data-add-to-list={id} className="inline-flex flex-wrap items-center gap-2 print:hidden">
      {onList && (
        <span className="text-sm font-semibold text-green-900">
          <span aria-hidden="true">✓ </span>
          {labels.onList}
        </span>
      )}
      <button type="button" onClick={toggle} className={onList ? removeClass : addClass}>
        {onList ? labels.remove : labels.add}
        <span className="sr-only">: {title}</span>
      </button>
      <span role="status" className="text-sm text-muted">
        {message}
      </span>
    </span>
  );
}
