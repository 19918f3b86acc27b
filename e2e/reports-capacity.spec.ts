import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { db, draftNotice, organisationFor, signInAs, unique } from "./support/db";
import { countMails, linkIn, waitForMail } from "./support/mail";

// Issue 19 (docs/decisions/011): "report a problem" without and with JavaScript, the organiser's
// email and one-click answer, grouping, the rate limit, capacity on the card, the sheet and in
// search, and axe on the new forms in fi, sv, en and ar.
//   E2E_SCREENSHOTS=/tmp/shots npx playwright test e2e/reports-capacity.spec.ts

test.describe.configure({ mode: "serial" });
test.setTimeout(90_000);
const SCREENSHOTS = process.env.E2E_SCREENSHOTS ? path.resolve(process.env.E2E_SCREENSHOTS) : undefined;
const DAY = 86_400_000;

async function screenshot(page: Page, name: string) {
  if (!SCREENSHOTS) return;
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** A published notice of a fresh organisation whose owner has an address we can read mail for. */
async function publishedNotice(title = unique("Kielikahvila")) {
  const owner = await db().user.create({ data: { email: `${unique("owner")}@example.fi`, locale: "fi" } });
  const org = await organisationFor(owner.id);
  const notice = await draftNotice(org.id, title);
  await db().activity.update({ where: { id: notice.id }, data: { status: "PUBLISHED", publishedAt: new Date(), referralsAnswer: true, acceptsReferrals: true, validUntil: new Date(Date.now() + 200 * DAY) } });
  return { owner, org, id: notice.id, title };
}

/** Each test starts with a fresh per-address report budget (the e2e server sees one address). */
async function resetReportLimit() {
  await db().$executeRaw`DELETE FROM rate_limit WHERE key LIKE 'reportPerIp%'`;
}

/** The notice's "Report a problem" link, then its page's form. */
async function openReportForm(page: Page, id: string, locale = "fi") {
  await page.goto(`/${locale}/activities/${id}`);
  await page.getByTestId("report-problem").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/activities/${id}/report$`));
  return page.getByTestId("report-problem");
}

async function fillReport(page: Page, id: string, options: { reason: string; message?: string }) {
  const form = await openReportForm(page, id);
  await form.getByRole("radio", { name: options.reason }).check();
  if (options.message) await form.getByLabel("Viesti (vapaaehtoinen)").fill(options.message);
  await form.getByRole("button", { name: "Lähetä ilmoitus" }).click();
}

test("without JavaScript: a visitor reports, the organiser answers from the email in one click, the report closes", async ({ browser, page }) => {
  await resetReportLimit();
  const { owner, id } = await publishedNotice();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await fillReport(noScript, id, { reason: "Yhteystiedot eivät toimi", message: "Numero ei vastaa: https://example.com/huijaus" });
  await expect(noScript.getByText("Kiitos! Järjestäjä ja ylläpito saivat ilmoituksesi.")).toBeVisible();
  await context.close();
  const group = await db().reportGroup.findFirstOrThrow({ where: { activityId: id, closedAt: null } });
  expect(group.reportCount).toBe(1);

  const mail = await waitForMail(owner.email, "report-organiser");
  expect(mail.subject).toContain("Ilmoitus ongelmasta");
  expect(mail.text).toContain("Yhteystiedot eivät toimi");
  const link = linkIn(mail, /\/report-answer\//);
  // Opening the link changes nothing; the answer is a POST from the page.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Vastaa ilmoitukseen ongelmasta" })).toBeVisible();
  expect((await db().reportGroup.findUniqueOrThrow({ where: { id: group.id } })).closedAt).toBeNull();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Tiedot pitävät paikkansa" }).click();
  await expect(page.getByText("Ilmoitukset on suljettu ja ilmoitus on vahvistettu ajantasaiseksi.")).toBeVisible();
  const closed = await db().reportGroup.findUniqueOrThrow({ where: { id: group.id } });
  expect(closed.closedAt).not.toBeNull();
  expect(closed.answer).toBe("STILL_CORRECT");
  // The link works once.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Linkki ei enää toimi" })).toBeVisible();
});

test("with JavaScript: errors next to the field, a second report is grouped (one email), moderators see the count", async ({ page, browser }) => {
  await resetReportLimit();
  const { owner, id } = await publishedNotice();
  const form = await openReportForm(page, id);
  await form.getByRole("button", { name: "Lähetä ilmoitus" }).click();
  await expect(form.getByText("Valitse, mikä on vialla.")).toBeVisible();
  await form.getByRole("radio", { name: "Toiminta ei ole enää käynnissä" }).check();
  await form.getByRole("button", { name: "Lähetä ilmoitus" }).click();
  await expect(page.getByText("Kiitos! Järjestäjä ja ylläpito saivat ilmoituksesi.")).toBeVisible();
  await waitForMail(owner.email, "report-organiser");

  const second = await browser.newPage();
  await fillReport(second, id, { reason: "Ryhmä on täynnä" });
  await expect(second.getByText("Kiitos! Järjestäjä ja ylläpito saivat ilmoituksesi.")).toBeVisible();
  await second.close();
  const groups = await db().reportGroup.findMany({ where: { activityId: id } });
  expect(groups).toHaveLength(1);
  expect(groups[0]!.reportCount).toBe(2);
  expect(countMails(owner.email, "report-organiser")).toBe(1);

  // The organiser's list shows the count and answers in one click.
  const context = await browser.newContext();
  await signInAs(context, { userId: owner.id });
  const manage = await context.newPage();
  await manage.goto("/fi/manage");
  const reports = manage.getByTestId("open-reports");
  await expect(reports).toContainText("Ongelmasta ilmoitettu 2 kertaa");
  await expectNoAxeViolations(manage);

  const moderatorContext = await browser.newContext();
  await signInAs(moderatorContext, { role: "MODERATOR" });
  const moderation = await moderatorContext.newPage();
  await moderation.goto("/fi/moderation");
  await expect(moderation.getByTestId("queue-reports")).toContainText("vastaamaton");
  await moderation.goto("/fi/moderation/reports");
  await expect(moderation.getByTestId("report-group").filter({ hasText: "Ongelmasta ilmoitettu 2 kertaa" }).first()).toBeVisible();
  await expectNoAxeViolations(moderation);

  await reports.getByRole("button", { name: "Toiminta on päättynyt" }).click();
  await expect(manage.getByText("Ilmoitukset on suljettu ja ilmoitus on arkistoitu.")).toBeVisible();
  expect((await db().activity.findUniqueOrThrow({ where: { id } })).status).toBe("ARCHIVED");
  await moderation.goto("/fi/moderation/audit");
  await expect(moderation.getByText("report.answer").first()).toBeVisible();
  await context.close();
  await moderatorContext.close();
});

test("the rate limit answers with a clear message", async ({ page }) => {
  await resetReportLimit();
  const { id } = await publishedNotice();
  await fillReport(page, id, { reason: "Muu ongelma" });
  await expect(page.getByText("Kiitos! Järjestäjä ja ylläpito saivat ilmoituksesi.")).toBeVisible();
  // Spend the rest of this address's budget, as ten reports in an hour would.
  await db().$executeRaw`UPDATE rate_limit SET points = 10 WHERE key LIKE 'reportPerIp%'`;
  await fillReport(page, id, { reason: "Muu ongelma" });
  await expect(page.getByTestId("report-problem").getByRole("alert")).toContainText("Liian monta yritystä lyhyessä ajassa.");
  expect(await db().reportGroup.findFirstOrThrow({ where: { activityId: id } }).then((g) => g.reportCount)).toBe(1);
  await resetReportLimit();
});

test("capacity: set in one click from the list, shown on the card and the sheet, and 'has room' filters search", async ({ page, context }) => {
  const word = unique("Tilakahvila").replace("-", "");
  const roomy = await publishedNotice(`${word} avoin`);
  const full = await publishedNotice(`${word} täysi`);
  await signInAs(context, { userId: roomy.owner.id });
  await page.goto("/fi/manage");
  await page.getByRole("group", { name: "Onko tilaa uusille osallistujille?" }).getByRole("button", { name: "Tilaa uusille osallistujille" }).click();
  await expect(page.getByText("Tilanne tallennettu.")).toBeVisible();
  await expectNoAxeViolations(page);
  // The other notice's organiser says "full" from the notice page itself.
  await signInAs(context, { userId: full.owner.id });
  await page.goto(`/fi/activities/${full.id}`);
  await page.getByRole("button", { name: "Täynnä" }).click();
  await expect(page.getByText("Tilanne tallennettu.")).toBeVisible();
  await expect(page.getByTestId("capacity")).toHaveAttribute("data-capacity", "FULL");

  await page.goto(`/fi/activities?q=${word}`);
  const results = page.getByRole("main");
  await expect(results.getByRole("heading", { name: `${word} avoin` })).toBeVisible();
  await expect(results.getByRole("heading", { name: `${word} täysi` })).toBeVisible();
  await expect(results.getByRole("article").filter({ hasText: `${word} avoin` }).getByTestId("capacity")).toContainText("Tilaa uusille osallistujille");
  await page.goto(`/fi/activities?q=${word}&room=1`);
  await expect(results.getByRole("heading", { name: `${word} avoin` })).toBeVisible();
  await expect(results.getByRole("heading", { name: `${word} täysi` })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: /Tilaa uusille osallistujille/ })).toBeChecked();
  if (SCREENSHOTS) {
    for (const locale of ["fi", "ar"]) {
      await page.goto(`/${locale}/activities?q=${word}`);
      await screenshot(page, `cards-${locale}-desktop`);
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, `cards-${locale}-390`);
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  }

  await page.goto(`/fi/list?ids=${roomy.id},${full.id}&for=ar`);
  const sheet = page.getByTestId("sheet-capacity");
  await expect(sheet.first()).toBeVisible();
  await expect(page.locator('[data-column="fi"] [data-testid="sheet-capacity"]').first()).toContainText("Tilaa uusille osallistujille");
  await expect(page.locator('[data-column="ar"] [data-testid="sheet-capacity"]').first()).toContainText("يوجد مكان لمشاركين جدد");
  await screenshot(page, "sheet-fi-ar-desktop");

  // Older than 30 days: unknown, and no longer "has room".
  await db().activity.update({ where: { id: roomy.id }, data: { capacitySetAt: new Date(Date.now() - 31 * DAY) } });
  await page.goto(`/fi/activities/${roomy.id}`);
  await expect(page.getByTestId("capacity")).toContainText("Tilanne ei tiedossa");
});

for (const locale of ["fi", "sv", "en", "ar"] as const) {
  test(`axe: the report form and the capacity buttons in ${locale}`, async ({ page, context }) => {
    const { owner, id } = await publishedNotice();
    await db().activity.update({ where: { id }, data: { capacityStatus: "WAITING_LIST", capacitySetAt: new Date() } });
    await db().reportGroup.create({ data: { activityId: id, openedAt: new Date(Date.now() - 20 * DAY), reportCount: 1 } });
    await signInAs(context, { userId: owner.id });
    await page.goto(`/${locale}/activities/${id}`);
    await expect(page.getByTestId("reported-note")).toBeVisible();
    await expect(page.locator("section[aria-label] fieldset button")).toHaveCount(3); // the capacity choices
    await expectNoAxeViolations(page);
    if (locale === "fi" || locale === "ar") {
      await screenshot(page, `notice-${locale}-desktop`);
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, `notice-${locale}-390`);
      await page.setViewportSize({ width: 1280, height: 720 });
    }
    const form = await openReportForm(page, id, locale);
    // An empty submission shows the errors in the page's language.
    await form.getByRole("button").last().click();
    await expect(form.getByRole("alert")).toBeVisible();
    await expectNoAxeViolations(page);
    if (locale === "fi" || locale === "ar") {
      await screenshot(page, `report-${locale}-desktop`);
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, `report-${locale}-390`);
      await page.goto(`/${locale}/manage`);
      await screenshot(page, `manage-${locale}-390`);
      await page.setViewportSize({ width: 1280, height: 720 });
      await screenshot(page, `manage-${locale}-desktop`);
    }
  });
}
