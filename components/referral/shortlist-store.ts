"use client";

import { useSyncExternalStore } from "react";
import { readStoredIds } from "@/lib/referral/list";

// The shortlist in this browser only: local storage, one key, a JSON array of activity ids.
// Every component reads it through useShortlist(), so the header count, the buttons and the list
// page agree at once, also across tabs (the storage event).
const KEY = "tukiverkko.shortlist";
const EVENT = "tukiverkko:shortlist";

let cachedJson: string | null | undefined;
let cachedIds: string[] = [];

function snapshot(): string[] {
  let json: string | null = null;
  try {
    json = window.localStorage.getItem(KEY);
  } catch {
    json = null; // storage blocked: behaves as an empty list, the URL still works
  }
  if (json !== cachedJson) {
    cachedJson = json;
    cachedIds = readStoredIds(json);
  }
  return cachedIds;
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === KEY) onChange();
  };
  window.addEventListener("storage", onStorage);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(EVENT, onChange);
  };
}

/** The stored ids, or null while rendering on the server (nothing is known there). */
export function useShortlist(): string[] | null {
  return useSyncExternalStore<string[] | null>(subscribe, snapshot, () => null);
}

/**
 * Whether one activity is on the list: false on the server and while hydrating, so an activity not
 * on the list (nearly always) renders the same before and after, and twenty cards are not
 * rendered a second time when the page's scripts arrive.
 */
export function useOnShortlist(id: string): boolean {
  return useSyncExternalStore(subscribe, () => snapshot().includes(id), () => false);
}

export function writeShortlist(ids: readonly string[]): boolean {
  try {
    if (ids.length === 0) window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, JSON.stringify(ids));
    window.dispatchEvent(new Event(EVENT));
    return true;
  } catch {
    return false;
  }
}

export function readShortlist(): string[] {
  return snapshot();
}
