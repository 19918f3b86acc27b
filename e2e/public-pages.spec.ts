import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO_IDS } from "../lib/db/seed";
import { LOCALES, localeDirection } from "../lib/i18n/locales";
import { expectNoAxeViolations } from "./support/axe";

// A message key ("ActivityPage.title") or next-intl's fallback for a missing message shows up
// as "Namespace.key": look for every namespace of the source catalogue.
const NAMESPACES = Object.keys(JSON.parse(readFileSync(new URL("../messages/fi.json", import.meta.url), "utf8")) as object);
const MESSAGE_KEY = new RegExp(`\\b(${NAMESPACES.join("|")})\\.[a-zA-Z]`);

const PAGE_TYPES = [
  { name: "home", path: "" },
  { name: "activity list", path: "/activities" },
  { name: "activity detail", path: `/activities/${DEMO_IDS.publishedActivity}` },
  { name: "activity shown in its original language", path: `/activities/${DEMO_IDS.arabicActivity}` },
  { name: "activity no longer valid", path: `/activities/${DEMO_IDS.expiredActivity}` },
  { name: "organisation", path: `/organisations/${DEMO_IDS.organisation}` },
  { name: "accessibility statement", path: "/accessibility" },
  { name: "privacy", path: "/privacy" },
  { name: "report a problem", path: `/activities/${DEMO_IDS.publishedActivity}/report` },
  { name: "alert subscription", path: "/alerts/new?lang=so&municipality=091" },
] as const;

for (const locale of LOCALES) {
  test.describe(`public pages in ${locale}`, () => {
    // axe on the search page (its filter panel is a long form) takes over 20 s on a busy 2-core machine.
    test.describe.configure({ timeout: 60_000 });
    for (const pageType of PAGE_TYPES) {
      test(`${pageType.name} renders with lang, landmarks and no axe violations`, async ({ page }) => {
        const response = await page.goto(`/${locale}${pageType.path}`);
        expect(response?.status()).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.locator("html")).toHaveAttribute("dir", localeDirection(locale));
        await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
        await expect(page.getByRole("banner")).toBeVisible();
        await expect(page.getByRole("main")).toBeVisible();
        await expect(page.getByRole("contentinfo")).toBeVisible();
        // No message key or next-intl fallback marker leaks into the page.
        const text = await page.locator("body").innerText();
        expect(text).not.toMatch(MESSAGE_KEY);
        await expectNoAxeViolations(page);
      });
    }

    test("unknown path shows the localized 404 with status 404 and no axe violations", async ({ page }) => {
      const response = await page.goto(`/${locale}/no-such-page`);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test.describe("what the public must never see", () => {
  test("drafts, archived and expired notices are not listed", async ({ page }) => {
    for (let pageNumber = 1; pageNumber <= 10; pageNumber++) {
      const response = await page.goto(`/fi/activities?page=${pageNumber}`);
      expect(response?.status()).toBe(200);
      const body = await page.locator("main").innerText();
      expect(body).not.toMatch(/luonnos|vanhentunut|arkistoitu/i);
      if ((await page.getByRole("link", { name: /seuraava sivu/i }).count()) === 0) break;
    }
  });

  test("a draft notice is a 404 even with its id", async ({ page }) => {
    const response = await page.goto(`/fi/activities/${DEMO_IDS.draftActivity}`);
    expect(response?.status()).toBe(404);
  });

  test("an expired notice tells the holder of an old link that it is no longer valid", async ({ page }) => {
    await page.goto(`/en/activities/${DEMO_IDS.expiredActivity}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This listing is no longer valid");
    await expect(page.getByRole("link", { name: "Find other activities" })).toBeVisible();
  });

  test("an archived notice says so too", async ({ page }) => {
    await page.goto(`/en/activities/${DEMO_IDS.archivedActivity}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This listing is no longer valid");
  });
});

test.describe("bad input never gives a 500", () => {
  for (const path of [
    "/fi/activities?page=-3&page=abc",
    "/fi/activities?page=99999",
    "/fi/activities?q=%27%3B%20DROP%20TABLE%20activity%3B--&municipality=xyz&lang=%00",
    "/sv/organisations/demo-org-01?page=1e9",
  ]) {
    test(`${path} answers 200`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }

  for (const path of [
    "/fi/activities/%E0%A4%A",
    "/fi/activities/not*a*valid*id",
    "/fi/activities/does-not-exist",
    "/en/organisations/..%2F..%2Fetc",
    "/xx/activities",
    "/fi/activities/demo-act-001/extra",
  ]) {
    test(`${path} answers 404 or 400, never 500`, async ({ request }) => {
      const response = await request.get(path);
      expect([400, 404]).toContain(response.status());
    });
  }
});

test.describe("the activity detail page", () => {
  test("puts how to join and how it supports integration first, with the organiser and confirmation date", async ({ page }) => {
    await page.goto(`/fi/activities/${DEMO_IDS.publishedActivity}`);
    await expect(page.getByRole("heading", { name: "Näin osallistut" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Miten osallistuminen tukee kotoutumista" })).toBeVisible();
    await expect(page.getByText(/Järjestäjä vahvisti tiedot/)).toBeVisible();
    await page.locator('a[href*="/organisations/"]').first().click();
    await expect(page).toHaveURL(/\/fi\/organisations\//);
  });

  test("a notice not translated to the UI language says so and marks its content language", async ({ page }) => {
    await page.goto(`/sv/activities/${DEMO_IDS.arabicActivity}`);
    await expect(page.getByRole("note")).toContainText("arabiska");
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "ar");
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("dir", "rtl");
  });
});
