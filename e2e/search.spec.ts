import { expect, test } from "@playwright/test";
import { LOCALES } from "../lib/i18n/locales";
import { expectNoAxeViolations } from "./support/axe";
import { waitForHydration } from "./support/hydration";

test.describe("a case worker's search", () => {
  test("narrows by municipality, language and referrals, with the URL, count and focus following", async ({ page }) => {
    await page.goto("/fi/activities");
    const status = page.getByRole("status").first();
    const allText = await status.innerText();

    await page.getByLabel("Kunta", { exact: true }).fill("Helsinki");
    await page.getByLabel("Kunta", { exact: true }).press("Enter");
    // The type-ahead adds the place by its code (the field shows names only: issue 11).
    await expect(page).toHaveURL(/municipality=091/);
    await expect(page.getByRole("link", { name: "Poista rajaus: Helsinki" })).toBeVisible();
    await expect(status).not.toHaveText(allText);

    const arabic = page.getByRole("checkbox", { name: /^arabia/ });
    await arabic.check();
    await expect(page).toHaveURL(/lang=ar/);
    await expect(arabic).toBeFocused();
    const referrals = page.getByRole("checkbox", { name: /Ottaa vastaan viranomaisen ohjaamia/ });
    await referrals.check();
    await expect(page).toHaveURL(/referrals=1/);
    await expect(page.getByRole("link", { name: "Poista rajaus: arabia" })).toBeVisible();

    const cards = page.locator("main article");
    await expect(cards.first()).toBeVisible();
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await expect(cards.nth(i)).toContainText("Ottaa vastaan viranomaisen ohjaamia");
      await expect(cards.nth(i)).toContainText(/Helsinki|Koko Suomi/);
    }

    // Back restores the previous state: the referrals filter is off again.
    await page.goBack();
    await expect(page).not.toHaveURL(/referrals=1/);
    await expect(referrals).not.toBeChecked();
    await expect(arabic).toBeChecked();
  });

  test("a shared URL opens the same search", async ({ page, browser }) => {
    await page.goto("/en/activities?theme=sports&group=women");
    const count = await page.getByRole("status").first().innerText();
    const other = await browser.newContext();
    const shared = await other.newPage();
    await shared.goto(page.url());
    await expect(shared.getByRole("status").first()).toHaveText(count);
    await expect(shared.getByRole("checkbox", { name: /^Sports and exercise \(/ })).toBeChecked();
    await expect(shared.getByRole("checkbox", { name: /^Women \(/ })).toBeChecked();
    await expect(shared.getByLabel("Order")).toHaveValue("newest");
    await other.close();
  });

  test("text search tolerates typos and highlights matches", async ({ page }) => {
    await page.goto("/fi/activities?q=jalkapalo");
    await expect(page.locator("main article").first()).toBeVisible();
    await expect(page.locator("main article mark").first()).toBeVisible();
  });

  test("no results: says so and offers the filters whose removal would give results", async ({ page }) => {
    await page.goto("/fi/activities?q=kielikahvila&municipality=Utsjoki&nationwide=0");
    await expect(page.getByRole("heading", { name: "Hakuehtoja vastaavia toimintoja ei löytynyt" })).toBeVisible();
    const suggestion = page.getByRole("link", { name: /Ilman rajausta ”Missä”: \d+ toimint/ });
    await expect(suggestion).toBeVisible();
    await suggestion.click();
    await expect(page).not.toHaveURL(/municipality/);
    await expect(page.locator("main article").first()).toBeVisible();
  });

  test("an unknown municipality is left out with a visible note", async ({ page }) => {
    await page.goto("/fi/activities?municipality=Atlantis");
    await expect(page.getByRole("note")).toContainText("Atlantis");
  });

  test("drafts, archived and expired notices never appear, whatever the search", async ({ page }) => {
    // The seed marks every hidden notice's title, e.g. "(luonnos)"; search for those words.
    for (const q of ["luonnos", "arkistoitu", "vanhentunut", "poistettu", "hylätty", "tarkastettavana"]) {
      await page.goto(`/fi/activities?q=${encodeURIComponent(q)}`);
      await expect(page.getByRole("status").first()).toBeVisible();
      await expect(page.locator("main")).not.toContainText(/\((luonnos|arkistoitu|vanhentunut|poistettu|hylätty|tarkastettavana)\)/);
    }
  });
});

test.describe("what search made of the words typed", () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    test(`a place in the text narrows to it; its chip removes it (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/fi/activities?q=${encodeURIComponent("kielikahvila turussa")}`);
      const chip = page.getByRole("link", { name: /^Poista paikka Turku hausta: koko Suomi, \d+ tulosta$/ });
      await expect(chip).toContainText(/Turku: \d+ tulos/);
      await expect(page.locator("main article").first()).toContainText("Turku");
      await chip.click();
      await expect(page).toHaveURL(/q=kielikahvila(&|$)/);
      await expect(page.getByRole("link", { name: /^Poista paikka/ })).toHaveCount(0);
      await expect(page.getByRole("status").first()).toContainText(/\d+ toimintaa/);
    });
  }

  test("words that no notice contains are named, and the rest still finds notices", async ({ page }) => {
    await page.goto(`/fi/activities?q=${encodeURIComponent("kielikahvila Äkkiväärä")}`);
    await expect(page.getByRole("note").filter({ hasText: "Mikään ilmoitus ei mainitse sanaa ”Äkkiväärä”." })).toBeVisible();
    await expect(page.locator("main article").first()).toBeVisible();
  });

  test("in Arabic: an Arabic place name and words find a Finnish notice, right to left, without axe violations", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/ar/activities?q=${encodeURIComponent("مقهى اللغة هلسنكي")}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("link", { name: /هلسنكي|Helsinki/ }).first()).toBeVisible();
    await expect(page.locator("main article").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("rendering work for the results below the screen (a cheap phone)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("waits until they come near, but not for the first three cards, and never in print", async ({ page }) => {
    await page.goto("/fi/activities");
    const cards = page.locator("main article");
    await expect(cards).toHaveCount(20);
    const visibility = (i: number) => cards.nth(i).evaluate((card) => getComputedStyle(card).contentVisibility);
    // The first cards are painted with the page (one holds its largest text); the rest lazily.
    for (const i of [0, 1, 2]) expect(await visibility(i)).toBe("visible");
    expect(await visibility(3)).toBe("auto");
    expect(await visibility(19)).toBe("auto");
    // Still in the accessibility tree, far below the screen.
    await expect(cards.nth(19).getByRole("heading")).toHaveAccessibleName(/\S/);
    await page.emulateMedia({ media: "print" });
    expect(await visibility(19)).toBe("visible");
  });
});

test.describe("the results when the page's scripts arrive", () => {
  test("hydration changes no element of the twenty cards (their buttons are rendered on the server as they stay)", async ({ page }) => {
    await page.addInitScript(() => {
      const changes: string[] = [];
      Object.assign(window, { resultChanges: changes });
      document.addEventListener("DOMContentLoaded", () => {
        const results = document.getElementById("results");
        new MutationObserver((records) => {
          for (const record of records) changes.push(`${record.type} ${record.attributeName ?? ""} in ${(record.target as Element).outerHTML?.slice(0, 80) ?? record.target.nodeName}`);
        }).observe(results!, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    });
    await page.goto("/fi/activities");
    await waitForHydration(page);
    await expect(page.locator("#results [data-add-to-list] button")).toHaveCount(20);
    expect(await page.evaluate(() => (window as unknown as { resultChanges: string[] }).resultChanges)).toEqual([]);
  });
});

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("filters apply with the button, and the result URL is shareable", async ({ page }) => {
    await page.goto("/fi/activities");
    await page.getByRole("checkbox", { name: /^Lastenhoito järjestetty/ }).check();
    await page.getByRole("button", { name: /^Näytä \d+ tulos/ }).click();
    await expect(page).toHaveURL(/childcare=1/);
    await expect(page.locator("main article").first()).toContainText("Lastenhoito järjestetty");
    await page.getByRole("link", { name: "Poista rajaus: Lastenhoito järjestetty" }).click();
    await expect(page).not.toHaveURL(/childcare/);
  });
});

test.describe("search while the page's scripts are still loading (a slow phone)", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("a filter ticked before hydration is applied, not undone when the scripts arrive", async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Only the scripts: the stylesheet must load for the page to show.
    await page.route("**/_next/static/chunks/**/*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/fi/activities", { waitUntil: "domcontentloaded" });
    const childcare = page.getByRole("checkbox", { name: /^Lastenhoito järjestetty/ });
    await childcare.check();
    expect(page.url()).not.toMatch(/childcare/);
    release();
    await expect(page).toHaveURL(/childcare=1/);
    await expect(childcare).toBeChecked();
    await expect(page.locator("main article").first()).toContainText("Lastenhoito järjestetty");
  });
});

test.describe("search API", () => {
  test("answers the page's contract as JSON", async ({ request }) => {
    const response = await request.get("/api/activities?lang=ar&lang=so&referrals=1&locale=en");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ page: 1, pageSize: 20 });
    expect(body.total).toBeGreaterThan(0);
    expect(body.items[0]).toMatchObject({ acceptsReferrals: true });
    expect(body.facets.lang).toHaveProperty("ar");
  });

  test("drops malformed values instead of failing", async ({ request }) => {
    const response = await request.get("/api/activities?page=-3&page=abc&age=old&mode=teleport&day=funday&municipality=%3Cscript%3E&sort=random");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.page).toBe(1);
    expect(body.ignored.municipality).toEqual(["<script>"]);
  });

  test("answers 400 only for a query string it cannot read at all", async ({ request }) => {
    const response = await request.get("/api/activities?q=%E0%A4%A");
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({ error: "malformed_query_string" });
  });

  test("a page beyond the end is empty with the total", async ({ request }) => {
    const body = await (await request.get("/api/activities?page=999")).json();
    expect(body.items).toEqual([]);
    expect(body.total).toBeGreaterThan(80);
  });
});

for (const locale of LOCALES) {
  test(`search page with filters and with no results has no axe violations in ${locale}`, async ({ page }) => {
    // Two full axe runs on the longest page: about 25 s on a quiet CI machine, over 30 under load.
    test.setTimeout(60_000);
    await page.goto(`/${locale}/activities?theme=language&lang=ar&municipality=091`);
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/activities?q=zzzqqqxxx&free=1`);
    await expectNoAxeViolations(page);
  });
}
