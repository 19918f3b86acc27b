import { spawnSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { waitForHydration } from "./support/hydration";

// Issue 11: the list (add by link, wording), the printed sheet (pages, footer), phone numbers in
// right-to-left text, on a phone and on a desktop.
const VIEWPORTS = [
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "desktop", viewport: { width: 1280, height: 800 } },
] as const;

async function addFromSearch(page: Page, q: string): Promise<string> {
  await page.goto(`/fi/activities?q=${encodeURIComponent(q)}`);
  const control = page.locator("#results article").first().locator("[data-add-to-list]");
  const id = (await control.getAttribute("data-add-to-list"))!;
  await waitForHydration(page);
  await control.getByRole("button", { name: /^Lisää listalle/ }).click();
  await expect(control.getByRole("button", { name: /^Poista listalta/ })).toBeVisible();
  return id;
}

for (const { name, viewport } of VIEWPORTS) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    test("an activity added by its link is saved to this browser's list", async ({ page, baseURL }) => {
      test.setTimeout(90_000);
      const first = await addFromSearch(page, "arabiankerho");
      const second = await addFromSearch(page, "Digipaja");
      const header = page.getByTestId("shortlist-link");
      await expect(header).toContainText("(2)");
      // On a phone the header's links are behind the menu button.
      if (name === "phone") await page.locator("header [data-site-menu] > summary").click();
      await header.click();
      await expect(page).toHaveURL(new RegExp(`/fi/list\\?ids=${first},${second}$`));
      // A newcomer's own list; the sheet is the professionals' part of the page.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Oma lista");
      await expect(page.getByRole("heading", { name: "Ammattilaisille: tee ohjauslomake" })).toBeVisible();

      await page.getByLabel("Lisää toiminta sen osoitteella").fill(`${baseURL}/fi/activities/demo-act-006`);
      await page.getByRole("button", { name: "Lisää", exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/fi/list\\?ids=${first},${second},demo-act-006$`));
      await expect(page.getByTestId("list-count")).toHaveText("Listalla 3 toimintaa (enintään 30).");
      await expect(header).toContainText("(3)");
      await expect(page.getByText(/toinen lista/)).toHaveCount(0);
      expect(await page.evaluate(() => JSON.parse(localStorage.getItem("tukiverkko.shortlist") ?? "[]"))).toEqual([first, second, "demo-act-006"]);
      // The stored list opens the same three.
      await page.goto("/fi/list");
      await expect(page).toHaveURL(new RegExp(`ids=${first},${second},demo-act-006$`));
      await expect(page.getByTestId("shortlist").locator("li[data-list-item]")).toHaveCount(3);
      await expectNoAxeViolations(page);
    });

    test("one activity on the list says so in the singular", async ({ page }) => {
      await page.goto("/fi/list?ids=demo-act-001");
      await expect(page.getByTestId("list-count")).toHaveText("Listalla 1 toiminta (enintään 30).");
      await page.goto("/en/list?ids=demo-act-001");
      await expect(page.getByTestId("list-count")).toHaveText("1 activity on the list (at most 30).");
    });

    test("a phone number in an Arabic notice reads left to right and can be called", async ({ page }) => {
      await page.goto("/ar/activities/demo-act-002");
      const join = page.locator("section[aria-labelledby=join-title] p[lang=ar]");
      await expect(join).toHaveAttribute("dir", "rtl");
      const phone = join.locator('a[data-contact="phone"]');
      await expect(phone).toHaveText("040 123 4568");
      await expect(phone).toHaveAttribute("href", "tel:0401234568");
      await expect(phone).toHaveAttribute("dir", "ltr");
      // On screen "040" is to the left of "4568", as on a Finnish letter.
      const [left040, left4568] = await phone.evaluate((link) => {
        const text = link.firstChild as Text;
        const at = (start: number, end: number) => {
          const range = document.createRange();
          range.setStart(text, start);
          range.setEnd(text, end);
          return range.getBoundingClientRect().left;
        };
        return [at(0, 3), at(8, 12)];
      });
      expect(left040).toBeLessThan(left4568);
      await expectNoAxeViolations(page);
    });
  });
}

test.describe("the printed sheet", () => {
  test("three activities in Finnish and Somali fit on two A4 pages, with the footer on each", async ({ page }) => {
    await page.goto("/fi/list?ids=demo-act-004,demo-act-002,demo-act-006&for=so");
    const sheet = page.locator("[data-referral-sheet]");
    await expect(sheet.locator('[data-column="so"]')).toHaveCount(3);
    await page.emulateMedia({ media: "print" });
    // The footer is the sheet's table footer group, which browsers repeat on every printed page.
    await expect(sheet).toHaveCSS("display", "table");
    await expect(sheet.locator(".sheet-footer")).toHaveCSS("display", "table-footer-group");
    await expect(sheet.locator(".sheet-footer")).toHaveCSS("break-inside", "avoid"); // else Chromium prints it once
    await expect(sheet.locator(".sheet-footer")).toContainText("Tulostettu");
    const pdf = (await page.pdf({ preferCSSPageSize: true, path: test.info().outputPath("sheet-fi-so.pdf") })).toString("latin1");
    const pages = Math.max(...[...pdf.matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));
    expect(pages).toBeGreaterThanOrEqual(2); // three two-language activities do not fit on one
    expect(pages).toBeLessThanOrEqual(2);
    // Where poppler's pdftotext is installed, read the footer off every printed page.
    const pdfPath = test.info().outputPath("sheet-fi-so.pdf");
    const text = spawnSync("pdftotext", ["-layout", pdfPath, "-"], { encoding: "utf8" });
    if (text.status === 0) {
      const printedPages = text.stdout.split("\f").filter((p) => p.trim() !== "");
      expect(printedPages).toHaveLength(pages);
      for (const printed of printedPages) {
        expect(printed).toContain("Tulostettu");
        expect(printed).toContain("La daabacay");
      }
    }
  });
});
