import "./support/server-env"; // first: lib/env.ts must see the e2e server's settings
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS } from "../lib/db/seed";
import { expectNoAxeViolations } from "./support/axe";
import { randomBusinessId } from "./support/business-id";
import { db, signInAs, unique } from "./support/db";
import { runDailyJobs } from "../lib/jobs/daily";
import { countMails, linkIn, waitForMail } from "./support/mail";
import { fillTimeAndPlace } from "./support/notice-form";

// The whole life of a notice, as the issue describes it: an organiser signs in by magic link,
// registers an organisation, writes a notice guided by the checklist and submits it; a
// moderator rejects it with feedback; the organiser fixes and resubmits; the moderator
// approves; the notice is found in search; the expiry reminder's link confirms it; the
// organiser archives it and it leaves search. axe checks every page on the way.

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

async function searchFor(page: Page, word: string) {
  await page.goto(`/fi/activities?q=${encodeURIComponent(word)}`);
  return page.getByRole("main");
}

test("organiser and moderator take a notice from magic link to archive", async ({ page, browser }) => {
  const email = `${unique("organiser")}@example.fi`;
  const word = unique("Kielikahvila").replace("-", "");
  const title = `${word} Kalliossa`;

  // 1. Sign in by magic link.
  await page.goto("/fi/manage");
  await expect(page).toHaveURL(/\/fi\/signin\?callbackUrl=%2Ffi%2Fmanage/);
  await expectNoAxeViolations(page);
  await page.getByLabel("Sähköpostiosoite").fill(email);
  await page.getByRole("button", { name: "Lähetä kirjautumislinkki" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tarkista sähköpostisi" })).toBeVisible();
  const signInMail = await waitForMail(email, "sign-in");
  expect(signInMail.subject).toBe("Kirjaudu Tukiverkkoon");
  await page.goto(linkIn(signInMail, /\/api\/auth\/callback\/nodemailer/));
  await expect(page).toHaveURL(/\/fi\/manage$/);
  await expect(page.getByRole("heading", { level: 1, name: "Omat ilmoitukset" })).toBeVisible();
  // The session cookie is HttpOnly and SameSite=Lax.
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  await expectNoAxeViolations(page);

  // 2. Register an organisation; the errors come next to the fields, in Finnish.
  await page.getByRole("link", { name: "Rekisteröi organisaatio" }).click();
  await page.getByLabel("Organisaation nimi").fill(`${word} ry`);
  await page.getByLabel("Organisaation tyyppi").selectOption("ASSOCIATION");
  await page.getByLabel("Y-tunnus").fill("1234567-8");
  await page.getByLabel("Sähköposti").fill("info@example.fi");
  await page.getByLabel("Kunnat, joissa toimitte").selectOption(["091"]);
  await page.getByRole("button", { name: "Rekisteröi" }).click();
  await expect(page.getByText("Y-tunnus ei ole oikein.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Y-tunnus").fill(randomBusinessId());
  await page.getByRole("button", { name: "Rekisteröi" }).click();
  await expect(page).toHaveURL(/\/fi\/manage\/organisations\/[a-z0-9-]+/);
  await expect(page.getByRole("heading", { level: 1, name: `${word} ry` })).toBeVisible();
  await expect(page.getByRole("cell", { name: `${email} (sinä)` })).toBeVisible();
  await expectNoAxeViolations(page);

  // 3. Write the notice; the checklist says what is missing and follows the typing.
  await page.getByRole("link", { name: "Uusi ilmoitus" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uusi ilmoitus" })).toBeVisible();
  const checklist = page.getByRole("region", { name: "Hyvän ilmoituksen tarkistuslista" });
  await expect(checklist).toContainText("0/12 valmiina");
  await expectNoAxeViolations(page);
  await page.getByRole("textbox", { name: "Otsikko", exact: true }).fill(title);
  await expect(checklist).toContainText("1/12 valmiina");
  await expect(page.getByRole("region", { name: "Esikatselu" })).toContainText(title);
  // Sending an incomplete notice is refused with errors next to the fields.
  await page.getByRole("button", { name: "Lähetä tarkastettavaksi" }).click();
  await expect(page.getByText("Kerro, ovatko viranomaisten ohjaamat osallistujat tervetulleita.", { exact: true })).toBeVisible();
  // The error summary on top links to the same field.
  await expect(page.getByRole("link", { name: /^Ovatko viranomaisten ohjaamat osallistujat tervetulleita\?: Kerro/ })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Kuvaus", exact: true })).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Lyhyt kuvaus").fill("Rentoa suomen kielen harjoittelua kahvin äärellä.");
  await page.getByRole("textbox", { name: "Kuvaus", exact: true }).fill("Keskustelemme arjen aiheista. <script>alert('x')</script>");
  await page.getByLabel("Miten osallistuminen tukee kotoutumista").fill("Harjoittelet suomea ja tutustut uusiin ihmisiin.");
  await page.getByRole("group", { name: /viranomaisten ohjaamat/ }).getByLabel("Kyllä").check();
  await page.getByRole("group", { name: "Toiminnan kielet" }).getByLabel("suomi", { exact: true }).check();
  await fillTimeAndPlace(page);
  await page.getByLabel("Miten mukaan pääsee").fill("Tule paikalle, ei ilmoittautumista.");
  await page.getByRole("textbox", { name: "Yhteyshenkilö", exact: true }).fill("Anna Ohjaaja");
  await page.getByLabel("Yhteyshenkilön sähköposti").fill("anna@example.fi");
  await expect(checklist).toContainText("Kaikki tarvittava on mukana.");
  await page.getByRole("button", { name: "Lähetä tarkastettavaksi" }).click();
  await expect(page).toHaveURL(/\/fi\/manage\/notices\/[a-z0-9-]+\?done=submitted/);
  await expect(page.getByText("Ilmoitus lähetettiin tarkastettavaksi.")).toBeVisible();
  const activityId = new URL(page.url()).pathname.split("/").at(-1)!;
  await expectNoAxeViolations(page);

  // 4. The moderator returns it with feedback.
  const moderatorContext = await browser.newContext();
  await signInAs(moderatorContext, { userId: DEMO_USERS.moderator.id });
  const moderator = await moderatorContext.newPage();
  await moderator.goto("/fi/moderation");
  await expectNoAxeViolations(moderator);
  await moderator.getByRole("link", { name: title }).click();
  await expect(moderator.getByRole("heading", { level: 1 })).toContainText(title);
  // The script typed into the description is shown as text, never run.
  await expect(moderator.getByText("<script>alert('x')</script>", { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(moderator);
  await moderator.getByRole("button", { name: "Palauta korjattavaksi" }).click();
  await expect(moderator.getByText("Kirjoita palaute, jotta järjestäjä tietää, mitä korjata.")).toBeVisible();
  await moderator.getByLabel("Palaute järjestäjälle").fill("Lisää tieto siitä, tarvitaanko suomen kielen taitoa.");
  await moderator.getByRole("button", { name: "Palauta korjattavaksi" }).click();
  await expect(moderator.getByText("Palautettu korjattavaksi, palaute lähetetty.")).toBeVisible();

  // 5. The organiser gets the feedback by email and on the dashboard, fixes and resubmits.
  const rejected = await waitForMail(email, "moderation-rejected");
  expect(rejected.text).toContain("Lisää tieto siitä, tarvitaanko suomen kielen taitoa.");
  await page.goto("/fi/manage");
  await expect(page.getByText("Lisää tieto siitä, tarvitaanko suomen kielen taitoa.")).toBeVisible();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("region", { name: "Moderaattorin palaute" })).toBeVisible();
  await page.getByRole("group", { name: "Tarvittava suomen kielen taito" }).getByLabel("Ei tarvita").check();
  await page.getByRole("button", { name: "Lähetä tarkastettavaksi" }).click();
  await expect(page.getByText("Ilmoitus lähetettiin tarkastettavaksi.")).toBeVisible();

  // 6. The moderator approves it; it is found in search.
  await moderator.goto(`/fi/moderation/notices/${activityId}`);
  await moderator.getByRole("button", { name: "Hyväksy ja julkaise" }).click();
  await expect(moderator.getByText("Hyväksytty ja julkaistu.")).toBeVisible();
  await waitForMail(email, "moderation-approved");
  await expect(await searchFor(page, word)).toContainText(title);

  // 7. The reminder 14 days before expiry arrives; its link confirms the notice without sign-in.
  await db().activity.update({ where: { id: activityId }, data: { validUntil: new Date(Date.now() + 10 * 86_400_000), lastConfirmedAt: new Date(Date.now() - 170 * 86_400_000) } });
  const before = countMails(email, "reminder");
  const result = await runDailyJobs(db());
  expect(result.reminders).toBeGreaterThanOrEqual(1);
  const reminder = await waitForMail(email, "reminder", before);
  expect(reminder.subject).toContain(title);
  const confirmLink = linkIn(reminder, /\/fi\/confirm\//);
  const anonymous = await browser.newContext();
  const holder = await anonymous.newPage();
  await holder.goto(confirmLink);
  await expect(holder.getByRole("heading", { level: 1, name: "Onko toiminta yhä käynnissä?" })).toBeVisible();
  await expectNoAxeViolations(holder);
  await holder.getByRole("button", { name: "Kyllä, toiminta jatkuu" }).click();
  await expect(holder.getByRole("heading", { level: 1, name: "Kiitos, vahvistettu" })).toBeVisible();
  const confirmed = await db().activity.findUniqueOrThrow({ where: { id: activityId }, select: { validUntil: true, lastConfirmedAt: true } });
  expect(confirmed.validUntil.getTime()).toBeGreaterThan(Date.now() + 150 * 86_400_000);
  expect(Date.now() - confirmed.lastConfirmedAt.getTime()).toBeLessThan(60_000);
  // The same link a second time does nothing.
  await holder.goto(confirmLink);
  await expect(holder.getByRole("heading", { level: 1, name: "Linkki ei ole voimassa" })).toBeVisible();
  await anonymous.close();

  // 8. The organiser archives it; it leaves search, and an old link says it is no longer valid.
  await page.goto(`/fi/manage/notices/${activityId}`);
  await page.getByRole("button", { name: "Arkistoi" }).click();
  await expect(page.getByText("Ilmoitus arkistoitiin.")).toBeVisible();
  await expect(await searchFor(page, word)).not.toContainText(title);
  await page.goto(`/fi/activities/${activityId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tämä ilmoitus ei ole enää voimassa");

  // The audit log holds every step.
  await moderator.goto("/fi/moderation/audit");
  await expect(moderator.getByRole("cell", { name: `activity:${activityId}` }).first()).toBeVisible();
  await expectNoAxeViolations(moderator);
  const actions = (await db().auditEntry.findMany({ where: { entityId: activityId }, orderBy: { id: "asc" }, select: { action: true } })).map((a) => a.action);
  // The draft was first saved by leaving a section (autosave), then explicitly submitted.
  expect(actions[0]).toBe("activity.create");
  expect(actions).toContain("activity.saved");
  expect(actions.slice(-6)).toEqual(["activity.submitted", "moderation.reject", "activity.submitted", "moderation.approve", "activity.confirm-by-link", "activity.archive"]);
  await moderatorContext.close();
});
