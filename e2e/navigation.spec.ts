import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { E2E_REQUEST_LOG } from "./support/paths";
import { DEMO_IDS } from "../lib/db/seed";

test.describe("language", () => {
  test("/ negotiates the locale from Accept-Language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "sv-FI" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/sv$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await context.close();
  });

  test("the switcher keeps the current page and query, and the choice is remembered", async ({ page }) => {
    await page.goto(`/fi/activities?page=2`);
    await page.getByText(/Kieli: Suomi/).click();
    await page.getByRole("navigation", { name: "Valitse kieli" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/activities\?page=2$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
  });

  test("the switcher works by keyboard alone", async ({ page }) => {
    await page.goto(`/fi/activities/${DEMO_IDS.publishedActivity}`);
    const summary = page.locator("header [data-language-switcher] > summary"); // the language switcher (notices may have other disclosures)
    await summary.focus();
    await page.keyboard.press("Enter");
    const svenska = page.getByRole("navigation", { name: "Valitse kieli" }).getByRole("link", { name: "Svenska" });
    await svenska.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/sv/activities/${DEMO_IDS.publishedActivity}$`));
  });
});

test.describe("keyboard and structure", () => {
  test("the first Tab reaches the skip link, which moves focus to the main content", async ({ page }) => {
    await page.goto("/fi");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Siirry pääsisältöön" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("pagination moves through the list and marks the current page", async ({ page }) => {
    await page.goto("/en/activities");
    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.locator('[aria-current="page"]')).toHaveText("2");
  });
});

test.describe("search box without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the home page search submits a shareable GET request to the activity list", async ({ page }) => {
    await page.goto("/fi");
    await page.getByRole("searchbox", { name: "Hae toimintaa" }).fill("kielikahvila");
    await page.getByRole("button", { name: "Hae" }).click();
    await expect(page).toHaveURL(/\/fi\/activities\?q=kielikahvila$/);
    await expect(page.getByRole("searchbox")).toHaveValue("kielikahvila");
  });
});

test.describe("HTTP", () => {
  test("/api/health reports the database as up and the search snapshot as loaded", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: { status: "up" }, search: { engine: "postgres", status: "up", ready: true } });
    expect(body.search.snapshot.notices).toBeGreaterThan(10);
    expect(body.search.snapshot.terms).toBeGreaterThan(1000);
    expect(Date.parse(body.search.snapshot.loadedAt)).not.toBeNaN();
  });

  test("unknown API paths answer JSON 404", async ({ request }) => {
    const response = await request.get("/api/nope");
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ error: "not_found" });
  });

  test("API responses carry a CSP that loads nothing, and no HSTS on a plain-HTTP site", async ({ request }) => {
    for (const path of ["/api/activities?q=kielikahvila", "/api/health", "/api/auth/session"]) {
      const response = await request.get(path);
      expect(response.headers()["content-security-policy"], path).toContain("default-src 'none'");
      expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
      expect(response.headers()["strict-transport-security"], path).toBeUndefined();
    }
  });

  test("every request gets the app's own id in X-Request-Id and one log line without personal data", async ({ request }) => {
    const response = await request.get("/fi/activities?q=somalinkielinen+äitiryhmä&municipality=091", { headers: { "X-Request-Id": "forged-by-client" } });
    const id = response.headers()["x-request-id"] ?? "";
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const again = await request.get("/api/health");
    expect(again.headers()["x-request-id"]).not.toBe(id);
    // The line is written when the response finishes; poll the file for it.
    await expect
      .poll(() => readFileSync(E2E_REQUEST_LOG, "utf8").split("\n").filter((line) => line.includes(id)).map((line) => JSON.parse(line)))
      .toEqual([expect.objectContaining({ msg: "request", method: "GET", route: "/[locale]/activities", status: 200, requestId: id })]);
    const log = readFileSync(E2E_REQUEST_LOG, "utf8");
    expect(log).not.toContain("forged-by-client");
    expect(log).not.toMatch(/somali|äitiryhmä|municipality=/);
  });

  test("pages carry security headers with a per-request CSP nonce", async ({ request }) => {
    const first = await request.get("/fi");
    const second = await request.get("/fi");
    const csp = first.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/'nonce-[^']+'/);
    expect(second.headers()["content-security-policy"]).not.toBe(csp);
    expect(first.headers()["x-content-type-options"]).toBe("nosniff");
    expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(first.headers()["permissions-policy"]).toContain("camera=()");
    expect(first.headers()["x-powered-by"]).toBeUndefined();
  });

  test("the page's own scripts run under the CSP (no violations reported)", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/fi/activities");
    await page.getByText(/Kieli: Suomi/).click();
    await expect(page.getByRole("navigation", { name: "Valitse kieli" }).getByRole("link", { name: "Svenska" })).toBeVisible();
    expect(violations).toEqual([]);
  });
});
