"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and during hydration, true once JavaScript runs: what only works
 * with JavaScript (a filter box, chips with remove buttons, a type-ahead list) appears then, and
 * the page without JavaScript keeps its plain, working controls.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
