"use client";

import { useState, type MouseEvent } from "react";
import { useClientTexts } from "@/components/layout/client-texts";
import { countText } from "@/lib/i18n/count-texts";
import { ADD_FORM_ID, addItem, removeItem } from "@/lib/referral/list";
import { readShortlist, useOnShortlist, writeShortlist } from "./shortlist-store";

export type AddToListLabels = { add: string; remove: string; onList: string; removed: string; full: string };

type Props = { id: string; title: string; action: string; labels: AddToListLabels };

/**
 * "Add to list" on a search result or a notice: a button, rendered on the server as it is after
 * hydration, so the page's scripts change nothing in twenty cards when they arrive
 * (docs/decisions/018). Without JavaScript it submits the layout's empty form (ADD_FORM_ID) with
 * add=id, which opens the list page with this activity; the `form` attribute lets it do so from
 * inside the search form (forms cannot nest). With JavaScript it adds to (or removes from) the
 * list kept in this browser and says so in a polite live region. Its look is in app/globals.css.
 */
export function AddToList({ id, title, action, labels }: Props) {
  // "Added… the list now has N": formatted on the server for every possible N (layout's ClientTextsProvider).
  const { shortlist, locale } = useClientTexts();
  const onList = useOnShortlist(id);
  const [message, setMessage] = useState("");

  function toggle(event: MouseEvent<HTMLButtonElement>) {
    event.preventDefault();
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
    <span data-add-to-list={id} className="shortlist-control">
      {onList && (
        <span className="font-semibold text-green-900">
          <span aria-hidden="true">✓ </span>
          {labels.onList}
        </span>
      )}
      <button form={ADD_FORM_ID} name="add" value={id} onClick={toggle} className={onList ? "shortlist-remove" : "shortlist-add"}>
        {onList ? labels.remove : labels.add}
        <span className="sr-only">: {title}</span>
      </button>
      <span role="status">{message}</span>
    </span>
  );
}
