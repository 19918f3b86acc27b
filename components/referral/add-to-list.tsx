"use client";

import { useState, type MouseEvent } from "react";
import { useClientTexts } from "@/components/layout/client-texts";
import { countText } from "@/lib/i18n/count-texts";
import { ADD_FORM_ID, addItem, removeItem } from "@/lib/referral/list";
import { readShortlist, useOnShortlist, writeShortlist } from "./shortlist-store";

export type AddToListLabels = { add: string; remove: string; onList: string; removed: string; full: string };

type Props = { id: string; title: string; labels: AddToListLabels };

/**
 * "Add to list" on a search result or a notice: a button, rendered on the server as it is after
 * hydration, so the page's scripts change nothing in twenty cards when they arrive
 * (docs/decisions/018). Without JavaScript it submits the layout's empty form (ADD_FORM_ID) with
 * add=id, which opens the list page with this activity; the `form` attribute lets it do so from
 * inside the search form (forms cannot nest). With JavaScript it adds to (or removes from) the
 * list kept in this browser and says so in a polite live region. Its look is in app/globals.css.
 */
export function AddToList({ id, title, labels }: Props) {
  // "Added… the list now has N": formatted on the server for every possible N (layout's ClientTextsProvider).
  const { shortlist, locale } = useClientTexts();
  const onList = useOnShortlist(id);
  const [message, setMessage] = useState("");

  function toggle(event: MouseEvent<HTMLButtonElement>) {
    const current = readShortlist();
    const next = current.includes(id) ? removeItem(current, id) : addItem(current, id);
    // Storage blocked (some private modes): the click goes on to submit the form, as without
    // JavaScript (a full page load to the list page with add=id).
    if (next && !writeShortlist(next)) return;
    event.preventDefault();
    if (!next) {
      setMessage(labels.full);
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
