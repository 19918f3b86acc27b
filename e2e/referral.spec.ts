import { expect, test, type Page } from "@playwright/test";
import QRCode from "qrcode";
import { expectNoAxeViolations } from "./support/axe";
import { waitForHydration } from "./support/hydration";
import { qrModulesFromSvg } from "./support/referral-qr";

// The referral sheet: a case worker's shortlist kept in the browser, the sheet in the client's
// language beside Finnish, its QR code, sharing, printing, old links and bad input.
const ARABIC = /[\u0600-\u06FF]/;

async function addFirstResult(page: Page, q: string): Promise<string> {
  await page.goto(`/fi/activities?q=${encodeURIComponent(q)}`);
  const card = page.locator("main article").first();
  const control = card.locator("[data-add-to-list]");
  const id = (await control.getAttribute("data-add-to-list"))!;
  // Before hydration the button opens the list page (as without JavaScript).
  await waitForHydration(page);
  await control.getByRole("button", { name: /^Lisää listalle/ }).click();
  await expect(control.getByRole("status")).toContainText("Lisätty listalle");
  await expect(control.getByRole("button", { name: /^Poista listalta/ })).toBeVisible();
  return id;
}

test.describe("a case worker's referral sheet", () => {
  test("search, add three, reorder, open the sheet for an Arabic-speaking client, QR code and print", async ({ page, baseURL }) => {
    const ids = [await addFirstResult(page, "arabiankerho"), await addFirstResult(page, "Digipaja"), await addFirstResult(page, "viittomakielen")];
    expect(ids).toEqual(["demo-act-004", "demo-act-002", "demo-act-006"]);
    const headerLink = page.getByTestId("shortlist-link");
    await expect(headerLink).toContainText("(3)");

    // The list survives a reload (local storage) and opens from the header with the ids in the URL.
    await page.reload();
    await expect(headerLink).toContainText("(3)");
    await headerLink.click();
    await expect(page).toHaveURL(/\/fi\/list\?ids=demo-act-004,demo-act-002,demo-act-006$/);
    const items = page.getByTestId("shortlist").locator("li[data-list-item]");
    await expect(items).toHaveCount(3);

    // Reorder: the Finnish-only one to the top; the stored list follows.
    await items.nth(2).getByRole("link", { name: "Ylemmäs" }).click();
    await expect(page).toHaveURL(/ids=demo-act-004,demo-act-006,demo-act-002$/);
    await page.goto("/fi/list");
    await expect(page).toHaveURL(/ids=demo-act-004,demo-act-006,demo-act-002$/);
    const order = ["demo-act-006", "demo-act-004", "demo-act-002"];
    await page.getByTestId("shortlist").locator("li[data-list-item]").nth(1).getByRole("link", { name: "Ylemmäs" }).click();
    await expect(page).toHaveURL(new RegExp(`ids=${order.join(",")}$`));

    // The sheet for an Arabic-speaking client.
    await page.getByLabel("Asiakkaan kieli").selectOption("ar");
    await page.getByRole("button", { name: "Näytä ohjauslomake" }).click();
    await expect(page).toHaveURL(new RegExp(`/fi/list\\?ids=${order.join("(,|%2C)")}&for=ar$`)); // a GET form encodes the commas
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr"); // chrome in the UI language
    const sheet = page.locator("[data-referral-sheet]");
    for (const id of order) {
      const activity = sheet.locator(`[data-activity="${id}"]`);
      const arabic = activity.locator('[data-column="ar"]');
      const finnish = activity.locator('[data-column="fi"]');
      await expect(arabic).toHaveAttribute("lang", "ar");
      await expect(arabic).toHaveAttribute("dir", "rtl");
      await expect(arabic).toContainText(ARABIC);
      await expect(finnish).toHaveAttribute("lang", "fi");
      await expect(finnish).toHaveAttribute("dir", "ltr");
      await expect(finnish.getByText("Näin osallistut")).toBeVisible();
    }
    // The Arabic notice and the translated one in Arabic, the Finnish-only one says where its text is.
    await expect(sheet.locator('[data-activity="demo-act-004"] [data-column="ar"] h2')).toContainText("نادي الواجبات المدرسية");
    await expect(sheet.locator('[data-activity="demo-act-004"] [data-column="fi"] h2')).toContainText("Läksy- ja arabiankerho");
    await expect(sheet.locator('[data-activity="demo-act-002"] [data-column="ar"] h2 span')).toHaveAttribute("lang", "ar");
    await expect(sheet.locator('[data-activity="demo-act-006"] [data-column="ar"]')).toContainText("هذا النشاط غير موصوف بهذه اللغة");
    // Contact before referral, with the contact, in both languages.
    await expect(sheet.locator('[data-activity="demo-act-006"]').getByTestId("contact-before-referral")).toHaveCount(2);
    await expect(sheet.locator('[data-activity="demo-act-006"] [data-column="fi"]').getByTestId("contact-before-referral")).toContainText("Mira Lahtinen");
    // Route planner: a text link, no embedded map.
    await expect(sheet.locator('[data-activity="demo-act-004"] [data-column="fi"]').getByRole("link", { name: /Reittiohje: HSL Reittiopas/ })).toHaveAttribute("href", /^https:\/\/reittiopas\.hsl\.fi\/reitti\/-\//);
    await expect(page.locator("iframe")).toHaveCount(0);

    // The short link, the share links, and a QR code that encodes exactly that link.
    const expected = `${baseURL}/ar/list?ids=${order.join(",")}&for=ar`;
    await expect(page.getByTestId("share-url")).toHaveValue(expected);
    const mailto = await page.getByRole("link", { name: "Lähetä sähköpostilla" }).getAttribute("href");
    expect(decodeURIComponent(mailto!)).toContain(`هذه هي الأنشطة التي تحدثنا عنها: ${expected}`);
    expect(await page.getByRole("link", { name: "Lähetä tekstiviestinä" }).getAttribute("href")).toMatch(/^sms:/);
    const svg = await page.getByTestId("sheet-qr").locator("svg").evaluate((element) => element.outerHTML);
    const drawn = qrModulesFromSvg(svg, 2);
    const modules = QRCode.create(expected, { errorCorrectionLevel: "M" }).modules;
    expect(drawn.size).toBe(modules.size);
    expect(drawn.data).toEqual(Array.from(modules.data, Boolean));
    await expect(page.getByTestId("sheet-qr")).toContainText(expected);

    // The note is printed, never sent anywhere.
    const sent: string[] = [];
    page.on("request", (request) => sent.push(`${request.url()} ${request.postData() ?? ""}`));
    await expect(page.getByTestId("note-warning")).toBeVisible();
    await page.getByLabel("Viesti asiakkaalle (tulostuu lomakkeeseen)").fill("Tiistaina klo 17 ovella");

    // Print: no navigation, buttons or forms; the sheet, the note and the footer.
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("body > header")).toBeHidden();
    await expect(page.locator("body > footer")).toBeHidden();
    await expect(page.getByRole("button", { name: "Vaihda kieli" })).toBeHidden();
    await expect(page.getByTestId("share-url")).toBeHidden();
    await expect(page.getByTestId("note-warning")).toBeHidden();
    await expect(sheet).toBeVisible();
    await expect(sheet.locator("#client-note")).toHaveValue("Tiistaina klo 17 ovella");
    await expect(sheet.locator("#client-note")).toBeVisible();
    await expect(sheet.locator(".sheet-footer")).toContainText(/Tulostettu .* · 127\.0\.0\.1/);
    await expect(sheet.locator(".sheet-footer [lang=ar]")).toContainText("طُبعت في");
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi, for the screenshot
    await page.screenshot({ path: test.info().outputPath("referral-sheet-print.png"), fullPage: true });
    // "Save as PDF": A4 pages from the stylesheet's @page rule; no activity forced onto a page of
    // its own, so three long two-language activities take at most four pages.
    const pdf = (await page.pdf({ preferCSSPageSize: true, path: test.info().outputPath("referral-sheet.pdf") })).toString("latin1");
    const pageCount = Math.max(...[...pdf.matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));
    expect(pageCount).toBeGreaterThanOrEqual(1);
    expect(pageCount).toBeLessThanOrEqual(4);
    expect(pdf).toMatch(/\/MediaBox\s*\[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
    expect(sent.filter((line) => line.includes("Tiistaina"))).toEqual([]);
  });

  test("the notice page has the control, the referral facts and the contact to call first", async ({ page }) => {
    await page.goto("/en/activities/demo-act-006");
    await expect(page.getByTestId("contact-before-referral")).toContainText("Mira Lahtinen");
    await waitForHydration(page);
    await page.getByRole("button", { name: /^Add to list/ }).click();
    await expect(page.getByTestId("shortlist-link")).toContainText("(1)");
    await expect(page.getByRole("button", { name: /^Remove from list/ })).toBeVisible();
  });

  test("where the browser refuses to store the list, Add to list opens the list page with the activity", async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("blocked", "SecurityError");
      };
    });
    await page.goto("/fi/activities?q=arabiankerho");
    await waitForHydration(page);
    await page.locator("main article").first().getByRole("button", { name: /^Lisää listalle/ }).click();
    // The list page opens with add=; once its scripts run they may write the list into the URL
    // (ids=), which is what carries it when the browser stores nothing. Either names the activity.
    await expect(page).toHaveURL(/\/fi\/list\?(add|ids)=demo-act-004$/);
    await expect(page.getByTestId("shortlist").locator("li[data-list-item]")).toHaveCount(1);
  });

  test("an old link: expired and archived activities are shown as no longer available", async ({ page }) => {
    await page.goto("/fi/list?ids=demo-act-001,demo-act-expired-1,demo-act-archived-1");
    const items = page.getByTestId("shortlist").locator("li[data-list-item]");
    await expect(items).toHaveCount(3);
    await expect(items.nth(1).getByTestId("no-longer-available")).toContainText("Ei enää saatavilla");
    await expect(items.nth(2).getByTestId("no-longer-available")).toContainText("Järjestäjä on poistanut ilmoituksen käytöstä");
    await page.goto("/en/list?ids=demo-act-001,demo-act-expired-1,demo-act-archived-1&for=ar");
    await expect(page.locator('[data-activity="demo-act-expired-1"] [data-column="ar"]').getByTestId("no-longer-available")).toContainText("هذا النشاط لم يعد متاحًا");
    await expect(page.locator('[data-activity="demo-act-archived-1"] [data-column="fi"]').getByTestId("no-longer-available")).toContainText("Tämä toiminta ei ole enää saatavilla");
  });

  test("malformed and unknown ids are left out with a note; more than 30 are refused", async ({ page }) => {
    await page.goto("/fi/list?ids=demo-act-001,%3Cscript%3E,no-such-activity,demo-act-draft-1");
    await expect(page.getByTestId("ignored-ids")).toContainText("<script>");
    await expect(page.getByTestId("ignored-ids")).toContainText("no-such-activity");
    await expect(page.getByTestId("ignored-ids")).toContainText("demo-act-draft-1");
    await expect(page.getByTestId("shortlist").locator("li[data-list-item]")).toHaveCount(1);
    const many = Array.from({ length: 31 }, (_, i) => `demo-act-${String(i + 1).padStart(3, "0")}`).join(",");
    const response = await page.goto(`/fi/list?ids=${many}&for=ar`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("too-many")).toContainText("yli 30");
    await expect(page.locator("[data-referral-sheet]")).toHaveCount(0);
  });
});

test.describe("the list without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("add, add by a pasted link, reorder and open the sheet through the URL", async ({ page }) => {
    await page.goto("/fi/activities?q=arabiankerho");
    await page.locator("main article").first().getByRole("button", { name: /^Lisää listalle/ }).click();
    await expect(page).toHaveURL(/\/fi\/list\?add=demo-act-004$/);
    await page.getByLabel("Lisää toiminta sen osoitteella").fill("https://tukiverkko.example.fi/fi/activities/demo-act-001");
    await page.getByRole("button", { name: "Lisää", exact: true }).click();
    const items = page.getByTestId("shortlist").locator("li[data-list-item]");
    await expect(items).toHaveCount(2);
    await items.nth(1).getByRole("link", { name: "Ylemmäs" }).click();
    await expect(page).toHaveURL(/ids=demo-act-001,demo-act-004$/);
    await page.getByLabel("Asiakkaan kieli").selectOption("sv");
    await page.getByRole("button", { name: "Näytä ohjauslomake" }).click();
    await expect(page).toHaveURL(/ids=demo-act-001(%2C|,)demo-act-004&for=sv$/);
    await expect(page.locator('[data-activity="demo-act-001"] [data-column="sv"] h2')).toContainText("Språkcafé i Berghäll");
  });
});

test.describe("accessibility of the list and the sheet", () => {
  for (const locale of ["fi", "en", "ar"]) {
    test(`no axe violations in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/list?ids=demo-act-004,demo-act-002,demo-act-expired-1`);
      await expect(page.getByTestId("shortlist")).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/list?ids=demo-act-004,demo-act-002,demo-act-006,demo-act-expired-1&for=ar`);
      await expect(page.locator("[data-referral-sheet]")).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expectNoAxeViolations(page);
    });
  }
});
