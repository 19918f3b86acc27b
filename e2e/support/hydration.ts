import type { Page } from "@playwright/test";

/**
 * Resolves once React has hydrated the whole page: it has reached the footer, the last part of
 * the tree. React keeps each hydrated element's props on the element, under a "__reactProps$…"
 * key; nothing in the page's own markup says when hydration is done. For tests whose keys or
 * clicks mean something only to the page's scripts (a key press before hydration is handled by
 * the browser alone).
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    const footer = document.querySelector("footer");
    return footer !== null && Object.keys(footer).some((key) => key.startsWith("__reactProps$"));
  });
}
