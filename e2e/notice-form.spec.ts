import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { randomBusinessId } from "./support/business-id";
import { db, organisationFor, signInAs, unique } from "./support/db";
import { fillTimeAndPlace } from "./support/notice-form";

// Issue 12, the organiser's notice form: a language picker (common languages first, a filter,
// chips), a municipality type-ahead with region shortcuts, an error summary that links to each
// field, numbered sections with a section list, and a form that still works without JavaScript.

const SCREENSHOTS = process.env.E2E_SCREENSHOTS ? path.resolve(process.env.E2E_SCREENSHOTS) : undefined;

test.describe.configure({ timeout: 120_000 });

async function newNoticePage(page: Page, locale = "fi") {
  const user = await signInAs(page.context());
  const org = await organisationFor(user.id);
  await page.goto(`/${locale}/manage/notices/new?organisation=${org.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return { user, org };
}

test("the language picker shows the common languages first, filters the others and shows chosen ones as removable chips", async ({ page }) => {
  await newNoticePage(page);
  const group = page.getByRole("group", { name: "Toiminnan kielet" });
  // Twelve common languages in the reference order, visible; the other 27 wait behind "Muut kielet".
  const visible = group.getByRole("checkbox").filter({ visible: true });
  await expect(visible).toHaveCount(12);
  const labels = await visible.evaluateAll((boxes) => boxes.map((box) => box.closest("label")?.textContent?.trim()));
  expect(labels.slice(0, 4)).toEqual(["suomi", "ruotsi", "englanti", "venäjä"]);
  await expect(group.getByText("Muut kielet (27)")).toBeVisible();
  // The second language list is one line until opened.
  await expect(page.getByRole("group", { name: "Kielet, joilla saa apua" }).getByRole("checkbox", { name: "suomi" })).toBeHidden();

  await group.getByLabel("Etsi muuta kieltä").fill("tigr");
  await expect(group.getByText("1 osuma")).toBeVisible();
  await expect(group.getByRole("checkbox", { name: "suomi", exact: true })).toBeHidden();
  await group.getByRole("checkbox", { name: "tigrinja" }).check();
  // Found by its English name as well.
  await group.getByLabel("Etsi muuta kieltä").fill("Somali");
  await group.getByRole("checkbox", { name: "somali" }).check();
  await group.getByLabel("Etsi muuta kieltä").fill("");
  const chips = group.getByRole("list", { name: "Valitut kielet" });
  // Chips follow the list's order: the common languages first.
  await expect(chips.getByRole("listitem")).toHaveText([/^somali/, /^tigrinja/]);
  await chips.getByRole("button", { name: "Poista tigrinja" }).click();
  await expect(chips.getByRole("listitem")).toHaveText([/^somali/]);
  await expect(group.getByRole("checkbox", { name: "tigrinja" })).not.toBeChecked();
  // The checklist hears the change like any other.
  await expect(page.getByRole("region", { name: "Hyvän ilmoituksen tarkistuslista" })).toContainText("1/12 valmiina");
  await expectNoAxeViolations(page);
});

test("the municipality type-ahead finds places by either official name, adds regions, and shows chips", async ({ page }) => {
  await newNoticePage(page);
  const box = page.getByRole("combobox", { name: "Muut kunnat, joiden asukkaille toiminta on avoin" });
  await box.fill("vanda");
  await expect(page.getByRole("listbox").getByRole("option", { name: "Vantaa (Vanda)" })).toBeVisible();
  await box.press("Enter");
  const chips = page.getByRole("list", { name: "Valitut kunnat" });
  await expect(chips.getByRole("listitem")).toHaveText([/^Vantaa/]);
  await expect(box).toHaveValue("");
  await expect(box).toBeFocused();
  await box.fill("kymenl");
  await page.getByRole("listbox").getByRole("option", { name: /Kymenlaakso: koko maakunta, \d+ kuntaa/ }).click();
  for (const name of ["Vantaa", "Hamina", "Kotka", "Kouvola", "Virolahti"]) await expect(chips.getByRole("button", { name: `Poista ${name}` })).toBeVisible();
  const chosen = await chips.getByRole("listitem").count();
  await chips.getByRole("button", { name: "Poista Vantaa" }).click();
  await expect(chips.getByRole("listitem")).toHaveCount(chosen - 1);
  await expect(page.getByText(`${chosen - 1} kuntaa valittu`)).toBeVisible();
  await box.fill("zzzz");
  await expect(page.getByText("Ei osumia.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a failed submit shows an error summary whose links focus each field; the input stays", async ({ page }) => {
  await newNoticePage(page);
  const title = unique("Kielikahvila");
  await page.getByRole("textbox", { name: "Otsikko", exact: true }).fill(title);
  await page.getByRole("button", { name: "Lähetä tarkastettavaksi" }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Korjaa nämä kohdat" }) });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: /^Lyhyt kuvaus:/ }).click();
  await expect(page.getByRole("textbox", { name: "Lyhyt kuvaus" })).toBeFocused();
  await summary.getByRole("link", { name: /^Toiminnan kielet:/ }).click();
  await expect(page.getByRole("group", { name: "Toiminnan kielet" }).getByRole("checkbox", { name: "suomi", exact: true })).toBeFocused();
  // Field errors stay next to the fields, the section list counts them, and the title is kept.
  await expect(page.getByRole("textbox", { name: "Kuvaus", exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("navigation", { name: "Ilmoituksen osat" })).toContainText(/Mitä\s*\d+ virhettä/);
  await expect(page.getByRole("textbox", { name: "Otsikko", exact: true })).toHaveValue(title);
  await expectNoAxeViolations(page);
});

test("the sections are numbered and the section list moves between them", async ({ page }) => {
  await newNoticePage(page);
  const nav = page.getByRole("navigation", { name: "Ilmoituksen osat" });
  await expect(nav.getByRole("link")).toHaveCount(8);
  await nav.getByRole("link", { name: /Tarkista ja lähetä/ }).click();
  await expect(page).toHaveURL(/#section-send$/);
  await expect(page.getByRole("button", { name: "Lähetä tarkastettavaksi" })).toBeInViewport();
  await expect(page.getByRole("group", { name: /Osa 3\/8: Kielet/ })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the whole notice is written and submitted; errors come back in a summary with the input kept", async ({ page }) => {
    const { org } = await newNoticePage(page);
    const title = unique("Ilman JS");
    await page.getByRole("textbox", { name: "Otsikko", exact: true }).fill(title);
    await page.getByRole("button", { name: "Lähetä tarkastettavaksi" }).click();
    const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Korjaa nämä kohdat" }) });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link", { name: /^Lyhyt kuvaus:/ })).toHaveAttribute("href", "#notice-form-summary");
    await expect(page.getByRole("textbox", { name: "Otsikko", exact: true })).toHaveValue(title);

    await page.getByLabel("Lyhyt kuvaus").fill("Rentoa suomen kielen harjoittelua.");
    await page.getByRole("textbox", { name: "Kuvaus", exact: true }).fill("Keskustelemme arjen aiheista.");
    await page.getByLabel("Miten osallistuminen tukee kotoutumista").fill("Harjoittelet suomea.");
    await page.getByRole("group", { name: /viranomaisten ohjaamat/ }).getByLabel("Kyllä").check();
    const languages = page.getByRole("group", { name: "Toiminnan kielet" });
    await languages.getByRole("checkbox", { name: "suomi", exact: true }).check();
    await languages.getByText("Muut kielet (27)").click(); // a plain <details>
    await languages.getByRole("checkbox", { name: "tigrinja" }).check();
    await fillTimeAndPlace(page);
    await page.getByLabel("Muut kunnat, joiden asukkaille toiminta on avoin").selectOption(["092", "049"]);
    await page.getByLabel("Miten mukaan pääsee").fill("Tule paikalle.");
    await page.getByRole("textbox", { name: "Yhteyshenkilö", exact: true }).fill("Anna Ohjaaja");
    await page.getByLabel("Yhteyshenkilön sähköposti").fill("anna@example.fi");
    await page.getByRole("button", { name: "Lähetä tarkastettavaksi" }).click();
    await expect(page).toHaveURL(/\/fi\/manage\/notices\/[a-z0-9-]+\?done=submitted/);
    await expect(page.getByText("Ilmoitus lähetettiin tarkastettavaksi.")).toBeVisible();
    const stored = await db().activity.findFirstOrThrow({ where: { organisationId: org.id }, select: { status: true, languages: true, municipalities: true } });
    expect(stored.status).toBe("SUBMITTED");
    expect(stored.languages.sort()).toEqual(["fi", "ti"]);
    expect(stored.municipalities.sort()).toEqual(["049", "091", "092"]);
  });
});

test("registering an organisation says so", async ({ page }) => {
  await signInAs(page.context());
  await page.goto("/fi/manage/organisations/new");
  await page.getByLabel("Organisaation nimi").fill(unique("Rekisteröity ry"));
  await page.getByLabel("Organisaation tyyppi").selectOption("ASSOCIATION");
  await page.getByLabel("Y-tunnus").fill(randomBusinessId());
  await page.getByLabel("Sähköposti").fill("info@example.fi");
  await page.getByLabel("Kunnat, joissa toimitte").selectOption(["091"]);
  await page.getByRole("button", { name: "Rekisteröi" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Organisaatio rekisteröity." })).toBeVisible();
});

test("a second first attempt with the same title continues the abandoned draft", async ({ page }) => {
  const { org } = await newNoticePage(page);
  const title = unique("Hylätty alku");
  // First attempt: a title, then leaving the section saves a draft; then the organiser leaves.
  await page.getByRole("textbox", { name: "Otsikko", exact: true }).fill(title);
  await page.getByRole("group", { name: /viranomaisten ohjaamat/ }).getByLabel("Kyllä").focus();
  await expect(page.getByText("Luonnos tallennettu automaattisesti.")).toBeVisible();
  // Second attempt from "New notice": the same title, saved as a draft.
  await page.goto(`/fi/manage/notices/new?organisation=${org.id}`);
  await page.getByRole("textbox", { name: "Otsikko", exact: true }).fill(title);
  await page.getByRole("button", { name: "Tallenna luonnos" }).click();
  await expect(page).toHaveURL(/\?done=saved/);
  const drafts = await db().activity.count({ where: { organisationId: org.id, deletedAt: null } });
  expect(drafts).toBe(1);
});

test("the form is accessible and fits the screen in fi, sv, en and ar", async ({ page }) => {
  for (const locale of ["fi", "sv", "en", "ar"]) {
    await newNoticePage(page, locale);
    // The pickers and the error summary as they look in use.
    await page.locator('input[type="search"]').first().fill("a");
    await page.locator('input[role="combobox"]').fill("es");
    await page.locator('button[name="intent"][value="submit"]').click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    await expectNoAxeViolations(page);
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${locale} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
    }
    if (SCREENSHOTS && (locale === "fi" || locale === "ar")) {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(SCREENSHOTS, `notice-form-${locale}-390.png`), fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: path.join(SCREENSHOTS, `notice-form-${locale}-desktop.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});

test("the form a first-timer meets is shorter: fewer controls and screens than with every list open (the earlier layout)", async ({ page }) => {
  await newNoticePage(page);
  // Controls a person sees (and may have to read past), and the page's height in screens.
  const measure = (height: number) =>
    page.evaluate((screen) => {
      const form = document.getElementById("notice-form")!;
      const controls = [...form.querySelectorAll<HTMLElement>("input:not([type=hidden]), select, textarea, button")].filter((el) => el.checkVisibility());
      return { controls: controls.length, screens: Math.round((document.documentElement.scrollHeight / screen) * 10) / 10 };
    }, height);
  const results: Record<string, { controls: number; screens: number }> = {};
  for (const [name, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    results[`${name} now`] = await measure(height);
  }
  // The earlier layout: both language lists, every time, place and pause row open, no section
  // list, no filter boxes (the type-ahead stands where the multiple select stood, one for one).
  await page.evaluate(() => {
    document.querySelectorAll<HTMLDetailsElement>("#notice-form details").forEach((details) => (details.open = true));
    document.querySelectorAll<HTMLElement>('#notice-form nav, #notice-form input[type="search"]').forEach((el) => (el.hidden = true));
    document.querySelectorAll<HTMLElement>('#notice-form input[type="search"]').forEach((el) => ((el.previousElementSibling as HTMLElement).hidden = true));
  });
  for (const [name, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    results[`${name} before`] = await measure(height);
  }
  test.info().annotations.push({ type: "measure", description: JSON.stringify(results) });
  console.log("notice form size", JSON.stringify(results));
  expect(results["phone now"]!.controls).toBeLessThan(results["phone before"]!.controls - 60);
  expect(results["phone now"]!.screens).toBeLessThan(results["phone before"]!.screens * 0.75);
  expect(results["desktop now"]!.screens).toBeLessThan(results["desktop before"]!.screens);
});
