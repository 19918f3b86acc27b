import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { waitForHydration } from "./support/hydration";

// Issue 11: the search page on a 390 px phone and on a desktop, with a keyboard.
const VIEWPORTS = [
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "desktop", viewport: { width: 1280, height: 800 } },
] as const;

/**
 * On a phone the filters are behind the "Filters (n)" toggle; open it. On a desktop the toggle is
 * hidden and the panel's script opens it once the page has hydrated: wait for that, never click
 * (a click on the hidden toggle before hydration waited until the test timed out).
 */
async function openFilters(page: Page) {
  const panel = page.locator("details[data-filter-panel]");
  const toggle = panel.locator("summary");
  if ((await toggle.isVisible()) && !(await panel.evaluate((d: HTMLDetailsElement) => d.open))) await toggle.click();
  await expect(panel).toHaveJSProperty("open", true);
}

/** The municipality codes in the page's URL, in order. */
function urlMunicipalities(page: Page): string[] {
  return new URL(page.url()).searchParams.getAll("municipality");
}

async function chipState(page: Page) {
  return page.locator("[data-municipality-picker] input[type=checkbox]").evaluateAll((boxes) =>
    boxes.map((b) => `${(b as HTMLInputElement).value}:${(b as HTMLInputElement).checked}`),
  );
}

for (const { name, viewport } of VIEWPORTS) {
  test.describe(`search on a ${name}`, () => {
    test.use({ viewport });

    test("the municipality control adds, shows chips, never a code, and always equals the URL", async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto("/fi/activities");
      await openFilters(page);
      const field = page.locator("#f-municipality-new");
      await expect(page.getByLabel("Kunta", { exact: true })).toBeVisible();

      await field.fill("Helsinki");
      // The suggestions (Finnish and Swedish names) are there once the field has focus.
      await expect(page.locator('#municipality-names option[value="Helsingfors"]')).toHaveCount(1);
      await field.press("Enter");
      await expect.poll(() => urlMunicipalities(page)).toEqual(["091"]);
      await expect(page.getByRole("checkbox", { name: /^Helsinki/ })).toBeChecked();
      await expect.poll(() => chipState(page)).toEqual(["091:true"]);
      await expect(field).toHaveValue("");
      await expect(page.getByRole("link", { name: "Poista rajaus: Helsinki" })).toBeVisible();

      // A second one is added, not swapped for the first.
      await expect(page.getByLabel("Lisää kunta")).toBeVisible();
      await field.fill("Espoo");
      await field.press("Enter");
      await expect.poll(() => urlMunicipalities(page)).toEqual(["091", "049"]);
      await expect.poll(() => chipState(page)).toEqual(["091:true", "049:true"]);
      await expect(field).toHaveValue("");
      await expect(page.locator("[data-municipality-picker]")).not.toContainText(/\b0\d\d\b/);

      // Unticking a chip removes it, and it is not sent again.
      // A click, not uncheck(): the chip leaves the page once unticked, so there is nothing left to re-check.
      await page.getByRole("checkbox", { name: /^Helsinki/ }).click();
      await expect.poll(() => urlMunicipalities(page)).toEqual(["049"]);
      await expect.poll(() => chipState(page)).toEqual(["049:true"]);
      await expect(field).toHaveValue("");

      // Back and reload: the control follows the URL.
      await page.goBack();
      await expect.poll(() => urlMunicipalities(page)).toEqual(["091", "049"]);
      await expect.poll(() => chipState(page)).toEqual(["091:true", "049:true"]);
      await page.reload();
      await openFilters(page);
      expect(await chipState(page)).toEqual(["091:true", "049:true"]);
      await expect(field).toHaveValue("");
      await expectNoAxeViolations(page);
    });

    test("the Finnish-level radios show the choice, and arrow keys do not search per key press", async ({ page }) => {
      await page.goto("/fi/activities");
      await openFilters(page);
      // Arrow keys pressed before hydration move the radio without the deferred search.
      await waitForHydration(page);
      const any = page.getByRole("radio", { name: "Ei väliä" });
      await expect(any).toBeChecked();
      const urls: string[] = [];
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame()) urls.push(frame.url());
      });
      await any.focus();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await expect(page.getByRole("radio", { name: /^Hyvä suomen kielen taito|^Jonkin verran/ }).first()).toBeVisible();
      // Leaving the group runs the one search for where the arrows stopped.
      await page.keyboard.press("Tab");
      await expect(page).toHaveURL(/finnish=some/);
      expect(urls.filter((url) => /finnish=none/.test(url))).toEqual([]);
      await expect(page.locator('input[name=finnish][value="some"]')).toBeChecked();
      // Back: "no matter" is the choice again.
      await page.goBack();
      await expect(page).not.toHaveURL(/finnish=/);
      await expect(any).toBeChecked();
    });

    test("a skip link leads past the filters to the results", async ({ page }) => {
      await page.goto("/fi/activities");
      const skip = page.getByRole("link", { name: "Siirry hakutuloksiin" });
      let presses = 0;
      while (!(await skip.evaluate((el) => el === document.activeElement)) && presses < 25) {
        await page.keyboard.press("Tab");
        presses += 1;
      }
      await expect(skip).toBeFocused();
      expect(presses).toBeLessThan(15);
      await page.keyboard.press("Enter");
      await expect(page.locator("#results")).toBeFocused();
      await page.keyboard.press("Tab");
      const inResults = await page.evaluate(() => document.getElementById("results")!.contains(document.activeElement));
      expect(inResults).toBe(true);
    });
  });
}

test.describe("search on a 390 px phone: results first", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the filters wait behind 'Filters (n)'; 'Show N results' closes them onto the results", async ({ page }) => {
    await page.goto("/fi/activities");
    const panel = page.locator("details[data-filter-panel]");
    await expect(panel).toHaveJSProperty("open", false);
    await expect(panel.locator("summary")).toHaveText("Rajaa hakua (ei rajauksia)");
    // The first result is on the first screen.
    const first = page.locator("#results article").first();
    const box = (await first.boundingBox())!;
    expect(box.y).toBeLessThan(844);

    await openFilters(page);
    await page.getByRole("checkbox", { name: /^Lastenhoito järjestetty/ }).check();
    await expect(page).toHaveURL(/childcare=1/);
    await expect(panel.locator("summary")).toHaveText("Rajaa hakua (1 rajaus)");
    const status = page.locator("#results p[role=status]");
    const count = Number((await status.innerText()).match(/\d+/)![0]);
    const show = page.getByRole("button", { name: new RegExp(`^Näytä ${count} tulos`) });
    // Sticky: in view at the bottom of the screen while the long panel is open.
    await expect(show).toBeInViewport();
    await show.click();
    await expect(panel).toHaveJSProperty("open", false);
    await expect(page.locator("#results")).toBeInViewport();
    await expect(page.locator("#results article").first()).toContainText("Lastenhoito järjestetty");
    await expectNoAxeViolations(page);
  });

  test("the closed filters are left out of the page's layout until they are opened", async ({ page }) => {
    await page.goto("/fi/activities");
    const panel = page.locator("details[data-filter-panel]");
    const fields = panel.locator(":scope > :not(summary)");
    await expect(panel).toHaveJSProperty("open", false);
    await expect(fields).toHaveCSS("display", "none");
    await panel.locator("summary").click();
    await expect(fields).not.toHaveCSS("display", "none");
    await expect(page.getByRole("checkbox", { name: /^Lastenhoito järjestetty/ })).toBeVisible();
  });
});

test.describe("search on a desktop: after a filter change", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the new count is announced and the results are in view", async ({ page }) => {
    await page.goto("/fi/activities");
    const status = page.locator("#results p[role=status]");
    await expect(status).toHaveAttribute("aria-live", "polite");
    const before = await status.innerText();
    // A filter far down the column: the column scrolls on its own, the results stay put.
    const evening = page.locator('input[name="time"][value="evening"]');
    await evening.scrollIntoViewIfNeeded();
    await evening.check();
    await expect(page).toHaveURL(/time=evening/);
    await expect(status).not.toHaveText(before);
    await expect(page.locator("#results")).toBeInViewport();
    await expect(status).toBeInViewport();
    await expect(evening).toBeFocused();
  });
});
