import "./support/server-env"; // first: lib/env.ts must see the e2e server's settings
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import Parser from "rss-parser";
import { runAlertDigests } from "../lib/alerts/digest";
import { syncSearchDocument } from "../lib/search/sync";
import { expectNoAxeViolations } from "./support/axe";
import { db, draftNotice, organisationFor, signInAs, unique } from "./support/db";
import { countMails, linkIn, mailsTo, waitForMail } from "./support/mail";

// Issue 14 (docs/decisions/014): email alerts for a saved search (double opt-in from the mail,
// one digest with the new notice, RFC 8058 one-click unsubscribe, the manage page), field news
// (list, item, the moderators' queue) with RSS, Atom and JSON Feed read back by a feed parser,
// and axe on the news pages in fi, sv, en and ar.
//   E2E_SCREENSHOTS=/tmp/shots npx playwright test e2e/news-alerts.spec.ts

test.describe.configure({ mode: "serial" });
test.setTimeout(90_000);
const SCREENSHOTS = process.env.E2E_SCREENSHOTS ? path.resolve(process.env.E2E_SCREENSHOTS) : undefined;
const H = 3_600_000;

async function screenshot(page: Page, name: string) {
  if (!SCREENSHOTS) return;
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** A word no notice has: the alert's search then matches only the notice we publish. */
function rareWord(): string {
  const letters = "bcdfghjklmnpqrstvwxz";
  return `kuukkeli${Array.from({ length: 8 }, () => letters[Math.floor(Math.random() * letters.length)]).join("")}`;
}

async function resetAlertLimits() {
  await db().$executeRaw`DELETE FROM rate_limit WHERE key LIKE 'alert%' OR key LIKE 'signedLinkPerIp%'`;
}

/** Publishes a notice the way the app does: status, publication time and its search document in one transaction. */
async function publishNotice(title: string) {
  const owner = await db().user.create({ data: { email: `${unique("owner")}@example.fi`, locale: "fi" } });
  const org = await organisationFor(owner.id);
  const notice = await draftNotice(org.id, title);
  await db().$transaction(async (tx) => {
    await tx.activity.update({ where: { id: notice.id }, data: { status: "PUBLISHED", publishedAt: new Date(), validUntil: new Date(Date.now() + 200 * 24 * H) } });
    await syncSearchDocument(tx, notice.id);
  });
  return notice.id;
}

type StoredMail = ReturnType<typeof mailsTo>[number] & { headers?: Record<string, string> };

/** A search, then its "Email me when new activities match" link: the form's page, for that search. */
async function openAlertForm(page: Page, search: string) {
  await page.goto(search);
  await expect(page.locator("#alert").getByRole("heading", { name: "Ilmoita sähköpostilla uusista osumista" })).toBeVisible();
  await page.locator("#alert").getByRole("link", { name: "Tilaa ilmoitus tästä hausta" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ilmoita sähköpostilla uusista osumista" })).toBeVisible();
}

test("subscribe, confirm from the mail, one digest with the new notice, one-click unsubscribe", async ({ page, request }) => {
  await resetAlertLimits();
  const word = rareWord();
  const email = `${unique("caseworker")}@example.fi`;
  await openAlertForm(page, `/fi/activities?q=${word}`);
  // The search in words, never its codes.
  await expect(page.getByText(`“${word}”`)).toBeVisible();
  const form = page.locator("#alert");
  await form.getByLabel("Sähköpostiosoite").fill(email);
  await form.getByRole("radio", { name: "Päivittäin (aamuisin)" }).check();
  await form.getByRole("button", { name: "Lähetä vahvistuslinkki" }).click();
  await expect(form.getByText("Tarkista sähköpostisi")).toBeVisible();
  const alert = await db().alert.findFirstOrThrow({ where: { email } });
  expect(alert).toMatchObject({ query: `q=${word}`, locale: "fi", frequency: "DAILY", confirmedAt: null });

  // Double opt-in: opening the link changes nothing, the button confirms.
  const confirmMail = await waitForMail(email, "alert-confirm");
  await page.goto(linkIn(confirmMail, /\/alerts\/confirm\//));
  expect((await db().alert.findUniqueOrThrow({ where: { id: alert.id } })).confirmedAt).toBeNull();
  await page.getByRole("button", { name: "Vahvista ilmoitus" }).click();
  await expect(page.getByRole("heading", { name: "Ilmoitus vahvistettu" })).toBeVisible();
  expect((await db().alert.findUniqueOrThrow({ where: { id: alert.id } })).confirmedAt).not.toBeNull();

  const title = `Kielikahvila ${word}`;
  const noticeId = await publishNotice(title);
  // The job as pg-boss runs it, at the next morning's 07:00 (Helsinki) or later: twice, as two runners would.
  const morning = new Date(Date.now() + 24 * H);
  await runAlertDigests(db(), { now: morning });
  await runAlertDigests(db(), { now: morning });
  expect(countMails(email, "alert-digest")).toBe(1);
  const digest = (await waitForMail(email, "alert-digest")) as StoredMail;
  expect(digest.subject).toBe("1 uusi tai muuttunut toiminta hakuusi");
  expect(digest.text).toContain(title);
  expect(digest.text).toContain(`/fi/activities/${noticeId}`);
  expect(digest.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  const oneClick = digest.headers?.["List-Unsubscribe"]?.replace(/^<|>$/g, "") ?? "";
  expect(oneClick).toMatch(/\/api\/alerts\/unsubscribe\?token=/);

  // RFC 8058: the mail program POSTs "List-Unsubscribe=One-Click" to the header's address.
  const response = await request.post(oneClick, { form: { "List-Unsubscribe": "One-Click" } });
  expect(response.status()).toBe(200);
  expect(await db().alert.findUnique({ where: { id: alert.id } })).toBeNull();
  // Nothing more for that address.
  await publishNotice(`Toinen ${word}`);
  await runAlertDigests(db(), { now: new Date(Date.now() + 48 * H) });
  expect(countMails(email, "alert-digest")).toBe(1);
});

test("without JavaScript: subscribe, confirm from the link in the mail, and a field error next to the field", async ({ browser }) => {
  await resetAlertLimits();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = `${unique("nojs")}@example.fi`;
  await openAlertForm(page, "/fi/activities?lang=so&municipality=092");
  await page.locator("#alert").getByLabel("Sähköpostiosoite").fill(email);
  await page.locator("#alert").getByRole("checkbox", { name: "Lisää mukaan samojen alueiden uutiset" }).check();
  await page.locator("#alert").getByRole("button", { name: "Lähetä vahvistuslinkki" }).click();
  await expect(page.getByText("Tarkista sähköpostisi")).toBeVisible();
  const alert = await db().alert.findFirstOrThrow({ where: { email } });
  expect(alert).toMatchObject({ query: "municipality=092&lang=so", frequency: "WEEKLY", includeNews: true });
  const mail = await waitForMail(email, "alert-confirm");
  await page.goto(linkIn(mail, /\/alerts\/confirm\//));
  await page.getByRole("button", { name: "Vahvista ilmoitus" }).click();
  await expect(page.getByRole("heading", { name: "Ilmoitus vahvistettu" })).toBeVisible();
  // An empty address: the error is next to the field, the page the same.
  await openAlertForm(page, "/fi/activities");
  await page.locator("#alert").getByRole("button", { name: "Lähetä vahvistuslinkki" }).click();
  await expect(page.locator("#alert").getByText("Tämä tieto tarvitaan.").first()).toBeVisible();
  await context.close();
});

test("the manage page lists an address's alerts after a mailed link and removes them", async ({ page }) => {
  await resetAlertLimits();
  const email = `${unique("manage")}@example.fi`;
  await openAlertForm(page, "/fi/activities?lang=ar");
  await page.locator("#alert").getByLabel("Sähköpostiosoite").fill(email);
  await page.locator("#alert").getByRole("button", { name: "Lähetä vahvistuslinkki" }).click();
  await expect(page.getByText("Tarkista sähköpostisi")).toBeVisible();
  await page.goto("/fi/alerts/manage");
  await page.getByLabel("Sähköpostiosoite").fill(email);
  await page.getByRole("button", { name: "Lähetä linkki" }).click();
  await expect(page.getByText("Jos osoitteella on ilmoituksia")).toBeVisible();
  const mail = await waitForMail(email, "alert-manage");
  await page.goto(linkIn(mail, /\/alerts\/manage\//));
  await expect(page.getByText(`Osoitteen ${email} ilmoitukset`)).toBeVisible();
  // The search in words, never codes.
  await expect(page.getByRole("link", { name: "arabia" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Poista kaikki ilmoitukset" }).click();
  await expect(page.getByText("1 ilmoitus poistettu.")).toBeVisible();
  expect(await db().alert.count({ where: { email } })).toBe(0);
});

test("news: list with filters, item, and RSS, Atom and JSON Feed of the filtered list read back", async ({ page, request }) => {
  await page.goto("/fi/news");
  await expect(page.getByRole("heading", { level: 1, name: "Ajankohtaista" })).toBeVisible();
  await page.getByLabel("Aihe").selectOption("funding");
  await page.getByRole("button", { name: "Näytä" }).click();
  await expect(page).toHaveURL(/category=funding/);
  const titles = await page.locator("article h3").allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  await expect(page.getByText("Kotoutumislaki: kuntien vastuu")).toHaveCount(0);

  // <link rel="alternate"> for each format, for exactly this filtered list.
  const alternates = await page.locator('head link[rel="alternate"]').evaluateAll((links) => links.map((l) => ({ type: l.getAttribute("type"), href: l.getAttribute("href") })));
  for (const type of ["application/rss+xml", "application/atom+xml", "application/feed+json"]) {
    expect(alternates.find((a) => a.type === type)?.href).toMatch(/\/fi\/news\/(feed\.xml|atom\.xml|feed\.json)\?category=funding$/);
  }
  const parser = new Parser();
  const rss = await request.get("/fi/news/feed.xml?category=funding");
  expect(rss.headers()["content-type"]).toContain("application/rss+xml");
  const rssFeed = await parser.parseString(await rss.text());
  expect(rssFeed.items.map((i) => i.title)).toEqual(titles);
  expect(rssFeed.items.every((i) => /\/fi\/news\/[a-z0-9-]+$/.test(i.link ?? ""))).toBe(true);
  const atom = await parser.parseString(await (await request.get("/fi/news/atom.xml?category=funding")).text());
  expect(atom.items.map((i) => i.title)).toEqual(titles);
  const json = (await (await request.get("/fi/news/feed.json?category=funding")).json()) as { items: { title: string }[] };
  expect(json.items.map((i) => i.title)).toEqual(titles);

  await page.getByRole("link", { name: titles[0]! }).click();
  await expect(page.getByRole("heading", { level: 1, name: titles[0]! })).toBeVisible();
  await expect(page.getByText("Rahoitus ja haut")).toBeVisible();
});

test("news written by a member waits for a moderator, then appears on the list and the home page", async ({ browser }) => {
  const memberContext = await browser.newContext();
  const member = await signInAs(memberContext);
  await organisationFor(member.id, { name: unique("Verkosto ry") });
  const page = await memberContext.newPage();
  const title = unique("Verkostotapaaminen Lahdessa");
  await page.goto("/fi/manage/news");
  await page.getByRole("radio", { name: "Verkostot" }).check();
  await page.getByLabel("Otsikko").fill(title);
  await page.getByLabel("Ingressi").fill("Järjestöjen tapaaminen Lahdessa.");
  await page.getByRole("textbox", { name: "Teksti", exact: true }).fill("Tervetuloa! <script>alert(1)</script> [linkki](javascript:alert(1))");
  await page.getByRole("checkbox", { name: "Päijät-Häme" }).check();
  await page.getByRole("button", { name: "Lähetä tarkastettavaksi" }).click();
  await expect(page.getByText("Kiitos. Moderaattori lukee uutisen ennen julkaisua.")).toBeVisible();
  const item = await db().newsItem.findFirstOrThrow({ where: { translations: { some: { title } } } });
  expect(item).toMatchObject({ status: "SUBMITTED", regions: ["07"] });
  expect((await page.request.get(`/fi/news/${item.id}`)).status()).toBe(404);

  const modContext = await browser.newContext();
  await signInAs(modContext, { role: "MODERATOR" });
  const mod = await modContext.newPage();
  await mod.goto("/fi/moderation/news");
  const entry = mod.locator("li").filter({ hasText: title });
  // The moderator reads it exactly as it would be shown: the script is text, the link is none.
  await expect(entry.getByText("<script>alert(1)</script>")).toBeVisible();
  await expect(entry.locator('a[href^="javascript"]')).toHaveCount(0);
  await expectNoAxeViolations(mod);
  await entry.getByRole("button", { name: "Julkaise" }).click();
  await expect(mod.getByRole("status").getByText("Valmis.")).toBeVisible();
  await expect(mod.locator("li").filter({ hasText: title })).toHaveCount(0);
  await mod.goto(`/fi/news/${item.id}`);
  await expect(mod.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await mod.goto("/fi");
  await expect(mod.getByRole("region", { name: "Ajankohtaista kentältä" }).getByRole("link", { name: title })).toBeVisible();
  await memberContext.close();
  await modContext.close();
});

for (const locale of ["fi", "sv", "en", "ar"]) {
  test(`news pages and the alert form pass axe in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/news`);
    await expect(page.locator("h1")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/news/demo-news-02`);
    await expect(page.locator("h1")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/activities?lang=so`);
    await expectNoAxeViolations(page, { include: "#alert" });
    await page.goto(`/${locale}/alerts/new?lang=so&municipality=092`);
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/alerts/manage`);
    await expectNoAxeViolations(page);
  });
}

test("screenshots of the news list, an item and the alert form (E2E_SCREENSHOTS)", async ({ page }) => {
  test.skip(!SCREENSHOTS, "set E2E_SCREENSHOTS to a folder to take them");
  for (const locale of ["fi", "ar"]) {
    for (const [width, height, name] of [[390, 844, "phone"], [1280, 900, "desktop"]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`/${locale}/news`);
      await screenshot(page, `news-list-${locale}-${name}`);
      await page.goto(`/${locale}/news/demo-news-02`);
      await screenshot(page, `news-item-${locale}-${name}`);
      await page.goto(`/${locale}/activities?lang=so&municipality=092`);
      await page.locator("#alert").scrollIntoViewIfNeeded();
      await page.locator("#alert").screenshot({ path: path.join(SCREENSHOTS!, `alert-invite-${locale}-${name}.png`) });
      await page.goto(`/${locale}/alerts/new?lang=so&municipality=092`);
      await screenshot(page, `alert-form-${locale}-${name}`);
    }
  }
  expect(SCREENSHOTS).toBeTruthy();
});

/** News a member submitted in their organisation's name (as the form writes it). */
async function submittedNews(memberId: string, organisationId: string, title: string) {
  return db().newsItem.create({
    data: {
      organisationId,
      status: "SUBMITTED",
      category: "TRAINING",
      originalLanguage: "fi",
      regions: ["01"],
      submittedAt: new Date(),
      createdById: memberId,
      translations: { create: { locale: "fi", title, lead: "Koulutus järjestöille.", body: "Ilmoittaudu **nyt**." } },
    },
    select: { id: true },
  });
}

test("a returned news item: the author gets the reason by mail, edits it and adds a translation without JavaScript; others get 404", async ({ browser }) => {
  const memberContext = await browser.newContext({ javaScriptEnabled: false });
  const member = await signInAs(memberContext);
  const org = await organisationFor(member.id, { role: "EDITOR" });
  const title = unique("Koulutus kotoutumisesta");
  const item = await submittedNews(member.id, org.id, title);

  const modContext = await browser.newContext();
  await signInAs(modContext, { role: "MODERATOR" });
  const mod = await modContext.newPage();
  await mod.goto("/fi/moderation/news");
  const entry = mod.locator("li").filter({ hasText: title });
  await entry.getByLabel("Palaute kirjoittajalle").fill("Lisää koulutuksen päivämäärä.");
  await entry.getByRole("button", { name: "Palauta palautteen kanssa" }).click();
  await expect(mod.getByRole("status").getByText("Valmis.")).toBeVisible();
  const mail = await waitForMail(member.email, "news-returned");
  expect(mail.subject).toBe(`Uutinen palautettiin: ${title}`);
  expect(mail.text).toContain("Lisää koulutuksen päivämäärä.");

  // From the mail's link, without JavaScript: the reason, the form with the text, save sends it to review.
  const page = await memberContext.newPage();
  await page.goto(linkIn(mail, /\/manage\/news\//));
  await expect(page.getByRole("heading", { level: 1, name: "Muokkaa uutista" })).toBeVisible();
  await expect(page.getByText("Lisää koulutuksen päivämäärä.")).toBeVisible();
  await expect(page.getByLabel("Otsikko").first()).toHaveValue(title);
  await page.getByLabel("Otsikko").first().fill(`${title} 12.3.`);
  await page.getByRole("button", { name: "Tallenna ja lähetä tarkastettavaksi" }).click();
  await expect(page.getByText("Muutokset tallennettu. Moderaattori lukee uutisen ennen julkaisua.")).toBeVisible();
  expect(await db().newsItem.findUniqueOrThrow({ where: { id: item.id }, select: { status: true, moderationFeedback: true } })).toEqual({ status: "SUBMITTED", moderationFeedback: null });

  const translation = page.locator("#news-translation-form");
  await translation.getByLabel("Käännöksen kieli").selectOption("en");
  await translation.getByLabel("Otsikko").fill("Training on integration");
  await translation.getByLabel("Ingressi").fill("A training for organisations.");
  await translation.getByRole("textbox", { name: "Teksti" }).fill("Sign up **now**.");
  await translation.getByRole("button", { name: "Tallenna käännös" }).click();
  await expect(page.getByRole("status").getByText("Käännös tallennettu: englanti.")).toBeVisible();
  await expect(page.getByRole("link", { name: "englanti" })).toBeVisible();
  expect(await db().newsTranslation.findUnique({ where: { newsId_locale: { newsId: item.id, locale: "en" } }, select: { title: true } })).toEqual({ title: "Training on integration" });
  await memberContext.close();

  // A member of another organisation: no such page.
  const otherContext = await browser.newContext();
  const other = await signInAs(otherContext);
  await organisationFor(other.id);
  expect((await (await otherContext.newPage()).goto(`/fi/manage/news/${item.id}`))?.status()).toBe(404);
  await otherContext.close();
  await modContext.close();
});

test("the alert form's upcoming-events choice works without JavaScript and is stored", async ({ browser }) => {
  await resetAlertLimits();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = `${unique("events")}@example.fi`;
  await openAlertForm(page, "/fi/activities?municipality=092");
  await page.locator("#alert").getByLabel("Sähköpostiosoite").fill(email);
  await page.locator("#alert").getByRole("checkbox", { name: "Lisää mukaan samojen alueiden tulevat tapahtumat" }).check();
  await page.locator("#alert").getByRole("button", { name: "Lähetä vahvistuslinkki" }).click();
  await expect(page.getByText("Tarkista sähköpostisi")).toBeVisible();
  expect(await db().alert.findFirstOrThrow({ where: { email }, select: { includeEvents: true, includeNews: true } })).toEqual({ includeEvents: true, includeNews: false });
  await context.close();
});

for (const locale of ["fi", "ar"]) {
  test(`the news edit page passes axe in ${locale} (and screenshots at 390 and 1280 px with E2E_SCREENSHOTS)`, async ({ browser }) => {
    const context = await browser.newContext();
    const member = await signInAs(context);
    await db().user.update({ where: { id: member.id }, data: { locale } });
    const org = await organisationFor(member.id);
    const item = await submittedNews(member.id, org.id, unique("Verkostopäivä"));
    await db().newsTranslation.create({ data: { newsId: item.id, locale: "sv", title: "Nätverksdag", lead: "För organisationer.", body: "Välkommen." } });
    const page = await context.newPage();
    await page.goto(`/${locale}/manage/news/${item.id}?language=sv`);
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.locator("#news-translation-form").getByRole("textbox").first()).toHaveValue("Nätverksdag");
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/manage/news`);
    await expectNoAxeViolations(page);
    if (SCREENSHOTS) {
      for (const [width, height, name] of [[390, 844, "phone"], [1280, 900, "desktop"]] as const) {
        await page.setViewportSize({ width, height });
        await page.goto(`/${locale}/manage/news/${item.id}?language=sv`);
        await screenshot(page, `news-edit-${locale}-${name}`);
        await page.goto(`/${locale}/manage/news`);
        await screenshot(page, `news-manage-${locale}-${name}`);
        await page.goto(`/${locale}/alerts/new?lang=so&municipality=092`);
        await page.locator("#alert").screenshot({ path: path.join(SCREENSHOTS, `alert-form-events-${locale}-${name}.png`) });
      }
    }
    await context.close();
  });
}
