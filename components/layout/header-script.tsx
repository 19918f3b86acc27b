"use client";

import { useEffect } from "react";

/** The current page in another locale: the first path segment is always the locale. */
function pageIn(locale: string): string {
  return `/${locale}${window.location.pathname.replace(/^\/[^/]+/, "")}${window.location.search}`;
}

/**
 * What the header does with JavaScript, on top of its plain HTML (it works without):
 * - Escape closes an open header disclosure (the menu, the language list) and puts focus back
 *   on its button;
 * - language links point at the page shown now, also after a client-side navigation, which does
 *   not render the header again.
 * Listeners on the document: no state, nothing rendered, no message catalogue.
 */
export function HeaderScript() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      const details = (event.target as Element | null)?.closest?.("header details[open]");
      if (!(details instanceof HTMLDetailsElement)) return;
      details.open = false;
      details.querySelector("summary")?.focus();
    }
    function retarget(event: Event) {
      const target = event.target as Element | null;
      const links = target instanceof HTMLDetailsElement ? target.querySelectorAll("[data-language-switcher] a[hreflang]") : [target?.closest?.("[data-language-switcher] a[hreflang]")];
      for (const link of links) {
        if (link instanceof HTMLAnchorElement && link.hreflang) link.href = pageIn(link.hreflang);
      }
    }
    document.addEventListener("keydown", onKeyDown);
    // "toggle" does not bubble: listen in the capture phase.
    document.addEventListener("toggle", retarget, true);
    document.addEventListener("click", retarget, true);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("toggle", retarget, true);
      document.removeEventListener("click", retarget, true);
    };
  }, []);
  return null;
}
