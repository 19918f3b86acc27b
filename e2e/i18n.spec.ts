import { expect, test, type Page } from "@playwright/test";
import { DEMO_IDS } from "../lib/db/seed";
import { LOCALES, localeDirection, nativeLanguageName } from "../lib/i18n/locales";
import { expectNoAxeViolations } from "./support/axe";

// Twelve UI locales, right-to-left layouts, notices in many languages with a visible fallback,
// and the easy-Finnish summary. Public pages in every locale (lang, dir, axe) are covered by
// public-pages.spec.ts; this file checks what is specific to languages and direction.

/** demo-act-009: published, written in Finnish only, with an easy-Finnish summary. */
const FINNISH_ONLY = "demo-act-009";

async function box(page: Page, locator: ReturnType<Page["locator"]>) {
  const b = await locator.boundingBox();
  expect(b, "element is rendered").not.toBeNull();
  return b!;
}

test.describe("right-to-left layouts", () => {
  for (const locale of ["ar", "fa"] as const) {
    for (const [name, path] of [
      ["search", "/activities"],
      ["detail", `/activities/${DEMO_IDS.publishedActivity}`],
    ] as const) {
      test(`${locale} ${name} page is mirrored: dir="rtl", logo at the right edge, switcher at the left`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width: 1200, height: 900 });
        await page.goto(`/${locale}${path}`);
        await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        const header = await box(page, page.getByRole("banner"));
        const logo = await box(page, page.getByRole("banner").getByRole("link", { name: /Tukiverkko/ }));
        const switcher = await box(page, page.locator("header [data-language-switcher] > summary"));
        // The logo ends near the right edge of the content column; the switcher starts at the left.
        expect(logo.x + logo.width).toBeGreaterThan(header.width * 0.7);
        expect(switcher.x + switcher.width).toBeLessThan(header.width * 0.3);
        // The main heading starts at the right too (text-align follows the direction).
        const h1 = page.getByRole("heading", { level: 1 });
        if (name === "search") {
          const heading = await box(page, h1);
          expect(heading.x + heading.width).toBeGreaterThan(header.width * 0.7);
        }
        await page.evaluate(() => document.fonts.ready);
        // Kept in test-results/ and attached to the HTML report, for a person to look at the mirroring.
        const file = testInfo.outputPath(`${locale}-${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await testInfo.attach(`${locale}-${name}.png`, { path: file, contentType: "image/png" });
      });
    }
  }

  test("fi is the same layout the other way round", async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto("/fi/activities");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    const header = await box(page, page.getByRole("banner"));
    const logo = await box(page, page.getByRole("banner").getByRole("link", { name: /Tukiverkko/ }));
    const switcher = await box(page, page.locator("header [data-language-switcher] > summary"));
    expect(logo.x).toBeLessThan(header.width * 0.3);
    expect(switcher.x).toBeGreaterThan(header.width * 0.7);
  });

  test("the facts table puts labels on the right in Arabic and the pagination arrows point the reading way", async ({ page }) => {
    await page.goto(`/ar/activities/${DEMO_IDS.publishedActivity}`);
    const firstFact = page.locator("dl > div").first();
    const label = await box(page, firstFact.locator("dt"));
    const value = await box(page, firstFact.locator("dd"));
    expect(label.x).toBeGreaterThan(value.x);
    await page.goto("/ar/activities");
    const next = page.getByRole("link", { name: "الصفحة التالية" });
    await expect(next.locator("span[aria-hidden]")).toHaveCSS("rotate", "180deg"); // → turned to ←
  });

  test("Arabic-script text uses Noto Sans Arabic, and a Finnish page with no such text never downloads it", async ({ page }) => {
    const fontRequests: string[] = [];
    page.on("request", (request) => {
      if (/noto-sans-arabic/.test(request.url())) fontRequests.push(request.url());
    });
    await page.goto("/fi/accessibility");
    await page.evaluate(() => document.fonts.ready);
    expect(fontRequests).toEqual([]);
    await page.goto("/ar/accessibility");
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', "العربية"))).toBe(true);
    expect(await page.locator("h1").evaluate((h) => getComputedStyle(h).fontFamily)).toMatch(/^"?Noto Sans Arabic/);
  });

  // The test machine has Noto Sans Arabic installed (fonts-noto-core, .ci/run), as Linux desktops
  // with Noto and some phones do: there the face comes from the system, and the file is not
  // fetched at all (no preload: decision 019, ninth pass).
  test("where the system has Noto Sans Arabic, Arabic pages use it and never fetch the file", async ({ page }) => {
    const fontRequests: string[] = [];
    await page.route(/noto-sans-arabic/, (route) => {
      fontRequests.push(route.request().url());
      return route.abort();
    });
    await page.goto("/ar/activities");
    const faces = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((face) => face.family.replace(/"/g, "") === "Noto Sans Arabic").map((face) => face.status);
    });
    expect(faces).toEqual(["loaded"]);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', "العربية"))).toBe(true);
    expect(fontRequests).toEqual([]);
  });

  test("on a narrow screen the open language list stays inside the viewport in RTL", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/ar");
    await page.locator("header [data-language-switcher] > summary").click();
    const list = await box(page, page.getByRole("navigation", { name: "اختر اللغة" }));
    expect(list.x).toBeGreaterThanOrEqual(0);
    expect(list.x + list.width).toBeLessThanOrEqual(360);
    await expect(page.getByRole("navigation", { name: "اختر اللغة" }).getByRole("link")).toHaveCount(LOCALES.length);
  });
});

test.describe("notices in many languages", () => {
  test("a notice written only in Finnish says so in Arabic and marks its content lang=fi dir=ltr", async ({ page }) => {
    await page.goto(`/ar/activities/${FINNISH_ONLY}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const note = page.getByRole("note");
    await expect(note).toContainText("هذا الإعلان غير مترجم إلى لغتك");
    await expect(note).toContainText("الفنلندية");
    await expect(page.getByTestId("available-in")).toContainText("هذا الإعلان متوفر باللغات:");
    await expect(page.getByTestId("available-in").locator('[lang="fi"]')).toHaveText("Suomi");
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toHaveAttribute("lang", "fi");
    await expect(h1).toHaveAttribute("dir", "ltr");
    for (const content of await page.locator("main p[lang]").all()) {
      await expect(content).toHaveAttribute("lang", "fi");
      await expect(content).toHaveAttribute("dir", "ltr");
    }
    expect(await page.locator("main p[lang='fi']").count()).toBeGreaterThanOrEqual(4); // summary, join, integration, description
    await expectNoAxeViolations(page);
  });

  test("an Arabic notice read in English is marked lang=ar dir=rtl inside a left-to-right page", async ({ page }) => {
    await page.goto(`/en/activities/${DEMO_IDS.arabicActivity}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("note")).toContainText("original language (Arabic)");
    for (const content of [page.getByRole("heading", { level: 1 }), page.locator("main p[lang]").first()]) {
      await expect(content).toHaveAttribute("lang", "ar");
      await expect(content).toHaveAttribute("dir", "rtl");
    }
    // The UI around it stays English and left-to-right: section headings carry no content lang.
    await expect(page.getByRole("heading", { name: "How to take part" })).not.toHaveAttribute("lang", /.+/);
  });

  test("the fallback line links to each language the notice is written in", async ({ page }) => {
    await page.goto(`/ar/activities/${DEMO_IDS.publishedActivity}`);
    const line = page.getByTestId("available-in");
    await expect(line.locator("bdi[lang='fi']")).toHaveText("Suomi"); // shown now, not a link
    for (const [code, name] of [["en", "English"], ["sv", "Svenska"]] as const) {
      const link = line.getByRole("link", { name });
      await expect(link).toHaveAttribute("hreflang", code);
      await expect(link).toHaveAttribute("lang", code);
    }
    await line.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/activities/${DEMO_IDS.publishedActivity}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kallio Language Café: Finnish over coffee");
    await expect(page.getByRole("note")).toHaveCount(0);
  });

  test("a notice in the reader's language shows no fallback note", async ({ page }) => {
    await page.goto(`/sv/activities/${DEMO_IDS.publishedActivity}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "sv");
    await expect(page.getByRole("note")).toHaveCount(0);
    await expect(page.getByTestId("available-in")).toBeVisible(); // still offers the other languages
  });
});

test.describe("easy Finnish (selkosuomi)", () => {
  test("Finnish readers see it as a section 'Selkokielellä'", async ({ page }) => {
    await page.goto(`/fi/activities/${DEMO_IDS.publishedActivity}`);
    await expect(page.getByRole("heading", { name: "Selkokielellä" })).toBeVisible();
    await expect(page.getByText("Tule puhumaan suomea.")).toBeVisible();
    await expect(page.getByTestId("easy-finnish")).toHaveCount(0);
  });

  test("everyone else can open it as 'Selkosuomeksi · Easy Finnish', marked lang=fi", async ({ page }) => {
    await page.goto(`/en/activities/${DEMO_IDS.publishedActivity}`);
    const block = page.getByTestId("easy-finnish");
    await expect(block.locator("summary")).toHaveText("Selkosuomeksi · Easy Finnish");
    const text = block.locator("p[lang='fi']");
    await expect(text).toBeHidden();
    await block.locator("summary").click();
    await expect(text).toBeVisible();
    await expect(text).toContainText("Tule puhumaan suomea.");
  });

  test("the Arabic UI offers it too, left-to-right inside the right-to-left page", async ({ page }) => {
    await page.goto(`/ar/activities/${FINNISH_ONLY}`);
    const block = page.getByTestId("easy-finnish");
    await expect(block.locator("summary")).toContainText("بالفنلندية السهلة");
    await expect(block.locator("p[lang='fi']")).toHaveAttribute("dir", "ltr");
  });
});

test.describe("language switcher", () => {
  test("names all twelve languages in themselves, marks the current one, and keeps path and repeated query parameters", async ({ page }) => {
    await page.goto("/fi/activities?lang=ar&lang=so&page=1");
    await page.locator("header [data-language-switcher] > summary").click();
    const nav = page.getByRole("navigation", { name: "Valitse kieli" });
    const links = nav.getByRole("link");
    await expect(links).toHaveCount(LOCALES.length);
    for (const locale of LOCALES) {
      const link = nav.locator(`a[hreflang="${locale}"]`);
      await expect(link).toHaveAccessibleName(nativeLanguageName(locale));
      await expect(link).toHaveAttribute("lang", locale);
      await expect(link).toHaveAttribute("dir", localeDirection(locale));
      if (locale === "fi") await expect(link).toHaveAttribute("aria-current", "true");
      else await expect(link).not.toHaveAttribute("aria-current", /.+/);
    }
    await nav.getByRole("link", { name: "العربية" }).click();
    await expect(page).toHaveURL(/\/ar\/activities\?lang=ar&lang=so&page=1$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    // The choice is remembered in the NEXT_LOCALE cookie.
    expect((await page.context().cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("ar");
    await page.goto("/");
    await expect(page).toHaveURL(/\/ar$/);
  });

  test("opens with Enter, closes with Escape back on its button", async ({ page }) => {
    await page.goto("/fa");
    const summary = page.locator("header [data-language-switcher] > summary");
    await summary.focus();
    await page.keyboard.press("Enter");
    const nav = page.getByRole("navigation", { name: "زبان را انتخاب کنید" });
    await expect(nav).toBeVisible();
    await nav.getByRole("link", { name: "Tiếng Việt" }).focus();
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
    await expect(summary).toBeFocused();
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/fi/activities?page=2");
    await page.locator("header [data-language-switcher] > summary").click();
    await page.getByRole("navigation", { name: "Valitse kieli" }).getByRole("link", { name: "Soomaali" }).click();
    await expect(page).toHaveURL(/\/so\/activities\?page=2$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "so");
    await context.close();
  });
});

test.describe("/ negotiates the locale from Accept-Language", () => {
  for (const [browserLocale, expected] of [
    ["ar-SY", "ar"],
    ["fa-IR", "fa"],
    ["ckb-IQ", "ckb"],
    ["zh-CN", "zh"],
    ["uk-UA", "uk"],
    ["de-DE", "fi"], // not a UI locale: the default
  ] as const) {
    test(`${browserLocale} → /${expected}`, async ({ browser }) => {
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`/${expected}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", expected);
      await context.close();
    });
  }
});
