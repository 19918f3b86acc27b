import { expect, test, type Page } from "@playwright/test";

// Issue 11: no horizontal scrolling at 320 CSS px (WCAG 1.4.10) or with text at 200% (1.4.4),
// and tap targets of at least 24 × 24 px (2.5.8).
const PAGES = [
  "/fi",
  "/fi/activities",
  "/so/activities?q=kahvila",
  "/ar/activities?municipality=091&lang=ar",
  "/ar/activities/demo-act-002",
  "/fi/activities/demo-act-006",
  "/fi/list?ids=demo-act-004,demo-act-002,demo-act-006",
  "/fi/list?ids=demo-act-004,demo-act-002,demo-act-006&for=so",
];

async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    // Name the widest offenders, for the failure message.
    return [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== "fixed")
      .slice(-5)
      .map((el) => `${el.tagName.toLowerCase()}.${(el.getAttribute("class") ?? "").split(" ").slice(0, 3).join(".")} → ${Math.round(el.getBoundingClientRect().right)}px`);
  });
}

async function openFiltersIfAny(page: Page) {
  const panel = page.locator("details[data-filter-panel]");
  // Only where its toggle shows (phones); on wide screens CSS shows the filters without it.
  const toggle = panel.locator("summary");
  if ((await panel.count()) && (await toggle.isVisible()) && !(await panel.evaluate((d: HTMLDetailsElement) => d.open))) await toggle.click();
}

test.describe("reflow at 320 CSS px", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of PAGES) {
    test(`${path} needs no horizontal scrolling`, async ({ page }) => {
      await page.goto(path);
      await openFiltersIfAny(page);
      expect(await overflow(page)).toEqual([]);
    });
  }
});

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
  test.describe(`text at 200% on a ${viewport.width} px screen`, () => {
    test.use({ viewport });
    for (const path of PAGES) {
      test(`${path} needs no horizontal scrolling`, async ({ page }) => {
        await page.goto(path);
        // The browser's text-size setting scales the root font size, which every rem in the CSS follows.
        await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
        await openFiltersIfAny(page);
        expect(await overflow(page)).toEqual([]);
      });
    }
  });
}

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the Somali sort menu fits", async ({ page }) => {
    await page.goto("/so/activities?q=kahvila");
    const sort = page.locator("#sort");
    const box = (await sort.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await overflow(page)).toEqual([]);
  });

  test("menu links, filter choices, chips and buttons are at least 24 × 24 px", async ({ page }) => {
    await page.goto("/fi/activities?municipality=091");
    await openFiltersIfAny(page);
    const targets = page.locator(
      "header nav a, header summary, header button, footer nav a, details[data-filter-panel] summary, details[data-filter-panel] label, [data-chip], details[data-filter-panel] button, #results [data-add-to-list] button",
    );
    const small = await targets.evaluateAll((elements) =>
      elements
        .filter((el) => (el as HTMLElement).offsetParent !== null && !el.closest(".sr-only"))
        // A label of a text field or select is not the target (the field is); a checkbox's or radio's is.
        .filter((el) => !(el instanceof HTMLLabelElement) || (el.control instanceof HTMLInputElement && ["checkbox", "radio"].includes(el.control.type)))
        .map((el) => ({ el: `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 30)}"`, ...el.getBoundingClientRect().toJSON() }))
        .filter((box) => box.height < 24 || box.width < 24)
        .map((box) => `${box.el}: ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    expect(await targets.count()).toBeGreaterThan(20);
  });
});
