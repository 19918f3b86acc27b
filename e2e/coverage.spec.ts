import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS } from "../lib/db/seed";
import { DEMO_COORDINATOR } from "../prisma/seed/coverage";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/db";

// Issue 15 (docs/decisions/015): the coverage page's numbers open searches with the same count,
// its tables download as CSV, and the demand figures are for coordinators of the region only.

/** The search page's result count ("0" for "Ei tuloksia"). */
async function resultCount(page: Page): Promise<number> {
  const text = await page.getByRole("status").first().innerText();
  return Number(text.match(/\d[\d\s\u00a0]*/)?.[0]?.replace(/\D/g, "") ?? "0");
}

async function cellNumber(page: Page, cell: ReturnType<Page["locator"]>): Promise<number> {
  return Number((await cell.innerText()).replace(/\D/g, ""));
}

// The coverage pages are long (every figure is a link): axe takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

test.describe("coverage", () => {
  test("a region's count and a heat-table cell open searches with exactly that many results", async ({ page }) => {
    await page.goto("/fi/coverage");
    await expect(page.getByRole("heading", { level: 1, name: "Toiminta alueittain: kattavuus ja aukot" })).toBeVisible();
    await expect(page.getByTestId("tile-map")).toBeVisible();
    const regions = page.getByTestId("table-regions");
    await expect(regions.locator("tbody tr")).toHaveCount(19);

    const uusimaa = regions.locator("tbody tr", { has: page.getByRole("rowheader", { name: "Uusimaa" }) });
    const local = uusimaa.locator("td").nth(1).getByRole("link");
    const expected = await cellNumber(page, local);
    expect(expected).toBeGreaterThan(0);
    await local.click();
    await expect(page).toHaveURL(/\/fi\/activities\?region=01&nationwide=0$/);
    expect(await resultCount(page)).toBe(expected);

    await page.goto("/fi/coverage");
    const heat = page.getByTestId("heat-groups");
    const womenColumn = await heat.locator("thead th").allInnerTexts();
    const column = womenColumn.findIndex((text) => text.trim() === "Naiset");
    expect(column).toBeGreaterThan(0);
    const cell = heat.locator("tbody tr", { has: page.getByRole("rowheader", { name: "Uusimaa" }) }).locator("td").nth(column - 1).getByRole("link");
    const cellCount = await cellNumber(page, cell);
    await cell.click();
    await expect(page).toHaveURL(/region=01&group=women&nationwide=0$/);
    expect(await resultCount(page)).toBe(cellCount);
  });

  test("a gap in words opens the search that finds nothing", async ({ page }) => {
    await page.goto("/fi/coverage");
    const gaps = page.getByTestId("gap-list");
    const first = gaps.locator("li a").first();
    await expect(first).toHaveText(/^(Ei toimintaa|Ei lainkaan toimintaa|Vain )/);
    const sentence = await first.innerText();
    await first.click();
    await expect(page).toHaveURL(/\/fi\/activities\?/);
    if (sentence.startsWith("Vain ")) expect(await resultCount(page)).toBeGreaterThan(0);
    else expect(await resultCount(page)).toBe(0);
  });

  test("the regions table downloads as CSV with a byte-order mark and the same figures", async ({ page }) => {
    await page.goto("/fi/coverage");
    const regions = page.getByTestId("table-regions");
    const uusimaaLocal = await cellNumber(page, regions.locator("tbody tr", { has: page.getByRole("rowheader", { name: "Uusimaa" }) }).locator("td").nth(1));
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Lataa CSV-tiedostona: Maakunnat", exact: true }).click()]);
    expect(download.suggestedFilename()).toBe("tukiverkko-regions.csv");
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trim().split("\r\n");
    expect(lines).toHaveLength(20);
    expect(lines[0]).toBe("Maakunta;Asukkaita;Toimintoja alueella;10 000 asukasta kohden;Mukana koko Suomen verkkotoiminta;Vahvistettu 90 päivän sisällä");
    const uusimaa = lines.find((line) => line.startsWith("Uusimaa;"))!.split(";");
    expect(Number(uusimaa[2])).toBe(uusimaaLocal);
    expect(uusimaa[3]).toMatch(/^\d+(,\d+)?$/); // decimal comma in Finnish
  });

  test("a region's page lists its municipalities; a municipality's count opens its search", async ({ page }) => {
    await page.goto("/fi/coverage/01");
    await expect(page.getByRole("heading", { level: 1, name: "Toiminta: Uusimaa" })).toBeVisible();
    const table = page.getByTestId("table-municipalities");
    const helsinki = table.locator("tbody tr", { has: page.getByRole("rowheader", { name: "Helsinki" }) }).locator("td").nth(1).getByRole("link");
    const expected = await cellNumber(page, helsinki);
    await helsinki.click();
    await expect(page).toHaveURL(/municipality=091&nationwide=0$/);
    expect(await resultCount(page)).toBe(expected);
    expect((await page.request.get("/fi/coverage/99")).status()).toBe(404);
  });

  for (const locale of ["fi", "sv", "en", "ar"]) {
    test(`no axe violations on the coverage pages (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/coverage`);
      await expect(page.getByTestId("tile-map")).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/coverage/01`);
      await expect(page.getByTestId("table-municipalities")).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("demand for coordinators", () => {
  test("a coordinator sees the searches of their regions, with rare words left out, and not another region's", async ({ page, context }) => {
    await signInAs(context, { userId: DEMO_COORDINATOR.id });
    await page.goto("/fi/manage/coordination");
    const region = page.getByLabel("Maakunta");
    await expect(region.locator("option")).toHaveText(["Uusimaa", "Varsinais-Suomi"]);
    const table = page.getByTestId("demand-table");
    await expect(table).toContainText("“shakki”");
    await expect(table).not.toContainText("vesijumppa");
    await expectNoAxeViolations(page);

    // Pirkanmaa is not theirs: the page shows their own first region, and the CSV is 404.
    await page.goto("/fi/manage/coordination?region=06");
    await expect(region).toHaveValue("01");
    await expect(page.getByTestId("demand-table")).not.toContainText("kuoro");
    const month = await page.getByLabel("Kuukausi").inputValue();
    expect((await page.request.get(`/fi/coverage/csv?table=demand&area=06&month=${month}`)).status()).toBe(404);
    const own = await page.request.get(`/fi/coverage/csv?table=demand&area=01&month=${month}`);
    expect(own.status()).toBe(200);
    const csv = (await own.body()).toString("utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("shakki");
    expect(csv).not.toContain("vesijumppa");

    await page.getByRole("link", { name: "Tulostettava raportti" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Koordinaattorin raportti: Uusimaa" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("anyone else gets no demand page, and a moderator gives the role", async ({ page, context }) => {
    await signInAs(context);
    expect((await page.goto("/fi/manage/coordination"))?.status()).toBe(404);
    await context.clearCookies();

    const newcomer = await signInAs(context);
    await context.clearCookies();
    await signInAs(context, { userId: DEMO_USERS.moderator.id });
    await page.goto("/ar/moderation/coordinators");
    await expectNoAxeViolations(page);
    await page.goto("/fi/moderation/coordinators");
    await page.getByLabel("Sähköpostiosoite").fill(newcomer.email);
    await page.getByRole("group", { name: "Maakunnat", exact: true }).getByLabel("Kymenlaakso").check();
    await page.getByRole("button", { name: "Tallenna" }).last().click();
    await expect(page.getByText("Tallennettu.")).toBeVisible();
    await expect(page.getByText(`${newcomer.email}: Kymenlaakso`)).toBeVisible();

    await context.clearCookies();
    await signInAs(context, { userId: newcomer.id });
    await page.goto("/fi/manage/coordination");
    await expect(page.getByLabel("Maakunta").locator("option")).toHaveText(["Kymenlaakso"]);
  });
});
