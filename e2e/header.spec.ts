import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

// Issue 18: the header is one row on a phone (logo, menu button, language button); the menu is
// a <details> that works without JavaScript and by keyboard; the full navigation shows inline on
// wide screens. Screenshots at 320, 390 and 1280 px in Finnish and Arabic are kept in
// test-results/ and attached to the report, for a person to look at.

const menuButton = (page: Page) => page.locator("header [data-site-menu] > summary");
const mainNav = (page: Page, name: string) => page.getByRole("navigation", { name });

for (const [locale, nav, menu] of [
  ["fi", "Päävalikko", "Valikko"],
  ["ar", "القائمة الرئيسية", "القائمة"],
] as const) {
  for (const width of [320, 390]) {
    test(`${locale} at ${width} px: one row, the menu opens and closes, no sideways scrolling`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 740 });
      await page.goto(`/${locale}/activities`);
      const header = (await page.getByRole("banner").boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(64);
      await expect(mainNav(page, nav)).toBeHidden();
      await expect(menuButton(page)).toHaveText(menu);
      await menuButton(page).click();
      await expect(mainNav(page, nav)).toBeVisible();
      // The open menu lies over the page inside the viewport, in both directions.
      const panel = (await mainNav(page, nav).boundingBox())!;
      expect(panel.x).toBeGreaterThanOrEqual(0);
      expect(panel.x + panel.width).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.evaluate(() => document.fonts.ready);
      const file = testInfo.outputPath(`header-${locale}-${width}.png`);
      await page.screenshot({ path: file, clip: { x: 0, y: 0, width, height: 420 } });
      await testInfo.attach(`header-${locale}-${width}.png`, { path: file, contentType: "image/png" });
      await expectNoAxeViolations(page, { include: "header" });
    });
  }

  test(`${locale} at 1280 px: the whole navigation inline, no menu button`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/${locale}/activities`);
    await expect(menuButton(page)).toBeHidden();
    await expect(mainNav(page, nav)).toBeVisible();
    const header = (await page.getByRole("banner").boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(72);
    await page.evaluate(() => document.fonts.ready);
    const file = testInfo.outputPath(`header-${locale}-1280.png`);
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1280, height: 300 } });
    await testInfo.attach(`header-${locale}-1280.png`, { path: file, contentType: "image/png" });
    await expectNoAxeViolations(page, { include: "header" });
  });
}

test("the phone menu works by keyboard: Enter opens, Escape closes back on its button", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/fi");
  await menuButton(page).focus();
  await page.keyboard.press("Enter");
  const events = mainNav(page, "Päävalikko").getByRole("link", { name: "Tapahtumat" });
  await expect(events).toBeVisible();
  await events.focus();
  await page.keyboard.press("Escape");
  await expect(events).toBeHidden();
  await expect(menuButton(page)).toBeFocused();
});

test("the phone menu works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/fi");
  await menuButton(page).click();
  await mainNav(page, "Päävalikko").getByRole("link", { name: "Ajankohtaista" }).click();
  await expect(page).toHaveURL(/\/fi\/news$/);
  await context.close();
});
