import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, seedDatabase } from "../lib/db/seed";
import { createPrismaClient } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { startThrowawayPostgres } from "../tests/support/throwaway-postgres";
import { expectNoAxeViolations } from "./support/axe";
import { randomBusinessId } from "./support/business-id";
import { db, draftNotice, organisationFor, signInAs, unique } from "./support/db";

// Issue 12: the moderators' review page speaks words, approval publishes exactly what was
// reviewed, the referral answer stays unanswered until answered, confirming never shortens,
// a reminder sent by the job that `npm start` runs confirms, profile changes and invitations
// wait for the right person.

const DAY = 86_400_000;
const SCREENSHOTS = process.env.E2E_SCREENSHOTS ? path.resolve(process.env.E2E_SCREENSHOTS) : undefined;

async function submittedNotice(title: string) {
  const owner = await db().user.create({ data: { email: `${unique("owner")}@example.fi` } });
  const org = await organisationFor(owner.id);
  // A profile no moderator has seen yet.
  await db().organisation.update({ where: { id: org.id }, data: { businessId: null, website: "https://yhdistys.example.fi", profileReviewedAt: null } });
  const notice = await draftNotice(org.id, title);
  await db().activity.update({
    where: { id: notice.id },
    data: {
      status: "SUBMITTED",
      submittedAt: new Date(),
      originalLanguage: "fi",
      languages: ["fi", "ar"],
      supportLanguages: ["so"],
      themes: ["language", "family"],
      forms: ["language-cafe"],
      mode: "ONSITE",
      registration: "DROP_IN",
      finnishLevel: "NONE",
      isFree: true,
      referralsAnswer: true,
      acceptsReferrals: true,
      municipalities: ["853"],
      moderationFeedback: "Kerro, tarvitaanko suomen kielen taitoa.",
      slots: { create: { weekday: 2, startMinute: 17 * 60, endMinute: 19 * 60 } },
      places: { create: { streetAddress: "Aurakatu 1", postalCode: "20100", municipalityCode: "853" } },
    },
  });
  return { owner, org, notice };
}

async function screenshot(page: Page, name: string) {
  if (!SCREENSHOTS) return;
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

test.describe("the moderators' review page", () => {
  test.describe.configure({ timeout: 120_000 });

  test("shows words, not codes, a preview, the last feedback, and is accessible in fi, sv, en and ar", async ({ page, context }) => {
    const title = unique("Kielikahvila Turussa");
    const { notice } = await submittedNotice(title);
    await signInAs(context, { userId: DEMO_USERS.moderator.id });
    for (const locale of ["fi", "sv", "en", "ar"]) {
      await page.goto(`/${locale}/moderation/notices/${notice.id}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
      const text = await page.locator("main").innerText();
      for (const code of ["ONSITE", "DROP_IN", "NONE", "true", "false", "language, family", "Taxonomy.", "Enums."]) {
        expect(text, `${locale}: "${code}" on the review page`).not.toContain(code);
      }
      // Turku's municipality code as a word of its own (the generated names hold hex digits).
      expect(text).not.toMatch(/\b(tue|fi, ar|853)\b/);
      await expectNoAxeViolations(page);
      await screenshot(page, `review-${locale}-desktop`);
    }
    await page.goto(`/fi/moderation/notices/${notice.id}`);
    const changes = page.getByRole("region", { name: "Ilmoituksen tiedot" });
    await expect(changes.getByRole("row", { name: /Toiminnan kielet/ })).toContainText("suomi, arabia");
    await expect(changes.getByRole("row", { name: /^Paikka/ })).toContainText("Aurakatu 1, 20100, Turku");
    await expect(changes.getByRole("row", { name: /^Aiheet/ })).toContainText("Kieli");
    await expect(page.getByRole("region", { name: "Edellisellä kerralla annettu palaute" })).toContainText("Kerro, tarvitaanko suomen kielen taitoa.");
    await expect(page.getByRole("region", { name: "Esikatselu: hakutulos" })).toContainText(title);
    await expect(page.getByRole("region", { name: "Esikatselu: ilmoitussivu" })).toContainText("tiistai");
    await expect(page.getByRole("region", { name: "Organisaation tiedot tarkastamatta" })).toContainText("https://yhdistys.example.fi");
    if (SCREENSHOTS) {
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, "review-fi-390");
      await page.goto(`/ar/moderation/notices/${notice.id}`);
      await screenshot(page, "review-ar-390");
    }
  });

  test("approval of a notice changed after the page was opened is refused; it stays in the queue", async ({ page, context }) => {
    const title = unique("Muuttuva");
    const { notice } = await submittedNotice(title);
    await signInAs(context, { userId: DEMO_USERS.moderator.id });
    await page.goto(`/fi/moderation/notices/${notice.id}`);
    // Meanwhile the organiser replaces the text (what updateNotice does: new content, new version).
    await db().activityTranslation.updateMany({ where: { activityId: notice.id }, data: { title: "Vaihdettu otsikko" } });
    await db().activity.update({ where: { id: notice.id }, data: { contentVersion: { increment: 1 } } });
    await page.getByRole("button", { name: "Hyväksy ja julkaise" }).click();
    await expect(page.getByText("Järjestäjä muutti ilmoitusta sen jälkeen, kun avasit sen.")).toBeVisible();
    expect((await db().activity.findUniqueOrThrow({ where: { id: notice.id } })).status).toBe("SUBMITTED");
    // The new version, read, can be approved; it publishes the organisation's profile too.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Vaihdettu otsikko");
    await page.getByRole("button", { name: "Hyväksy ja julkaise" }).click();
    await expect(page.getByText("Hyväksytty ja julkaistu.")).toBeVisible();
    const published = await db().activity.findUniqueOrThrow({ where: { id: notice.id }, select: { status: true, organisation: { select: { profileReviewedAt: true } } } });
    expect(published.status).toBe("PUBLISHED");
    expect(published.organisation.profileReviewedAt).not.toBeNull();
  });

  test("a moderator without organisations lands on the queue", async ({ page, context }) => {
    await signInAs(context, { role: "MODERATOR" });
    await page.goto("/fi/manage");
    await expect(page).toHaveURL(/\/fi\/moderation$/);
  });
});

test.describe("organisers", () => {
  test.describe.configure({ timeout: 90_000 });

  test("a draft saved before answering the referral question stays unanswered, and submitting asks for an answer", async ({ page, context }) => {
    const user = await signInAs(context);
    const org = await organisationFor(user.id);
    const title = unique("Vastaamaton");
    await page.goto(`/fi/manage/notices/new?organisation=${org.id}`);
    await page.getByRole("textbox", { name: "Otsikko", exact: true }).fill(title);
    await page.getByRole("button", { name: "Tallenna luonnos" }).click();
    await expect(page).toHaveURL(/done=saved/);
    const id = new URL(page.url()).pathname.split("/").at(-1)!;
    expect((await db().activity.findUniqueOrThrow({ where: { id } })).referralsAnswer).toBeNull();
    const question = page.getByRole("group", { name: /viranomaisten ohjaamat/ });
    await expect(question.getByLabel("Kyllä")).not.toBeChecked();
    await expect(question.getByLabel("Ei", { exact: true })).not.toBeChecked();
    await expect(page.getByRole("region", { name: "Hyvän ilmoituksen tarkistuslista" })).toContainText("1/12 valmiina");
    await page.getByRole("button", { name: "Lähetä tarkastettavaksi" }).click();
    await expect(page.getByText("Kerro, ovatko viranomaisten ohjaamat osallistujat tervetulleita.", { exact: true })).toBeVisible(); // the field error; the summary repeats it as a link
    expect((await db().activity.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    if (SCREENSHOTS) {
      await screenshot(page, "form-fi-desktop");
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, "form-fi-390");
      await page.goto(`/ar/manage/notices/${id}`);
      await screenshot(page, "form-ar-390");
      await page.setViewportSize({ width: 1280, height: 720 });
      await screenshot(page, "form-ar-desktop");
    }
  });

  test("“Activity continues” confirms visibly and never shortens a later validity", async ({ page, context }) => {
    const user = await signInAs(context);
    const org = await organisationFor(user.id);
    const notice = await draftNotice(org.id, unique("Jatkuu"));
    const later = new Date(Date.now() + 300 * DAY);
    await db().activity.update({ where: { id: notice.id }, data: { status: "PUBLISHED", publishedAt: new Date(), referralsAnswer: true, validUntil: later, lastConfirmedAt: new Date(Date.now() - 100 * DAY) } });
    await page.goto(`/fi/manage/notices/${notice.id}`);
    await page.getByRole("button", { name: "Toiminta jatkuu" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Vahvistettu." })).toBeVisible();
    const row = await db().activity.findUniqueOrThrow({ where: { id: notice.id } });
    expect(row.validUntil.getTime()).toBe(later.getTime());
    expect(Date.now() - row.lastConfirmedAt.getTime()).toBeLessThan(60_000);
  });

  test("a profile change of a reviewed, untrusted organisation waits for a moderator", async ({ page, context, browser }) => {
    const user = await signInAs(context);
    const org = await organisationFor(user.id);
    await db().organisation.update({ where: { id: org.id }, data: { website: "https://oikea.example.fi", businessId: randomBusinessId(), profileReviewedAt: new Date() } });
    await db().organisationMunicipality.create({ data: { organisationId: org.id, municipalityCode: "091" } });
    await page.goto(`/fi/manage/organisations/${org.id}`);
    await page.getByLabel("Verkkosivut").fill("https://kalastelu.example.com");
    await page.getByRole("button", { name: "Tallenna" }).click();
    await expect(page.getByText("Muutokset tallennettu. Ne tulevat näkyviin, kun moderaattori on hyväksynyt ne")).toBeVisible();
    expect((await db().organisation.findUniqueOrThrow({ where: { id: org.id } })).website).toBe("https://oikea.example.fi");
    await page.goto(`/fi/organisations/${org.id}`);
    await expect(page.getByRole("main")).not.toContainText("kalastelu.example.com");
    await expectNoAxeViolations(page);

    const moderatorContext = await browser.newContext();
    await signInAs(moderatorContext, { userId: DEMO_USERS.moderator.id });
    const moderator = await moderatorContext.newPage();
    await moderator.goto("/fi/moderation/organisations");
    const change = moderator.getByRole("article", { name: org.name });
    await expect(change).toContainText("https://kalastelu.example.com");
    await expectNoAxeViolations(moderator);
    await change.getByRole("button", { name: "Hylkää muutos" }).click();
    await expect(change.getByText("Päätös tallennettu.")).toBeVisible();
    expect((await db().organisation.findUniqueOrThrow({ where: { id: org.id } })).website).toBe("https://oikea.example.fi");
    await moderatorContext.close();
  });

  test("an invitation makes a member only when the invitee accepts it", async ({ page, context, browser }) => {
    const owner = await signInAs(context);
    const org = await organisationFor(owner.id);
    const email = `${unique("kutsuttu")}@example.fi`;
    await page.goto(`/fi/manage/organisations/${org.id}`);
    await page.getByRole("textbox", { name: "Sähköposti" }).last().fill(email);
    await page.getByRole("button", { name: "Kutsu", exact: true }).click();
    await expect(page.getByText("Kutsu lähetetty. Henkilöstä tulee jäsen, kun hän hyväksyy kutsun.")).toBeVisible();
    const invitee = await db().user.create({ data: { email } });
    expect(await db().membership.count({ where: { userId: invitee.id } })).toBe(0);

    const inviteeContext = await browser.newContext();
    await signInAs(inviteeContext, { userId: invitee.id });
    const other = await inviteeContext.newPage();
    expect((await other.goto(`/fi/manage/organisations/${org.id}`))?.status()).toBe(404);
    await other.goto("/fi/manage");
    await expect(other.getByRole("region", { name: "Kutsut" })).toContainText(org.name);
    await expectNoAxeViolations(other);
    await other.getByRole("button", { name: "Hyväksy kutsu" }).click();
    await expect(other.getByText("Kutsu hyväksytty. Olet nyt organisaation jäsen.")).toBeVisible();
    expect(await db().membership.count({ where: { userId: invitee.id, organisationId: org.id } })).toBe(1);
    await inviteeContext.close();
  });
});

test.describe("expiry reminders under npm start", () => {
  test.describe.configure({ timeout: 240_000 });
  let app: ChildProcess | undefined;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "tukiverkko-npm-start-"));
  test.afterAll(async () => {
    if (app && app.exitCode === null) {
      const exited = new Promise((resolve) => app!.once("exit", resolve));
      app.kill("SIGTERM");
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("the daily job that npm start runs sends a link the web process accepts", async ({ page }) => {
    // A database of its own, so this app's job reminds only about this test's notice.
    const cluster = await startThrowawayPostgres({ prefix: "tukiverkko-e2e-start" });
    test.info().attach("database", { body: cluster.url });
    try {
      await applyMigrations(cluster.url);
      const prisma = createPrismaClient(cluster.url);
      const port = Number(process.env.E2E_PORT ?? 3100) + 50;
      const site = `http://127.0.0.1:${port}`;
      // Without AUTH_SECRET, SMTP_URL or MAIL_* in the environment, as on a fresh machine:
      // npm start generates the secret and stores mail under DATA_DIR/mail.
      const environment = { ...process.env };
      for (const key of Object.keys(environment)) {
        // Also what Playwright puts into its workers' environment (loaders in NODE_OPTIONS).
        if (/^(AUTH_|MAIL_|SMTP_|NODE_ENV$|DATABASE_URL$|NODE_OPTIONS$|PW_|PLAYWRIGHT_|TEST_)/.test(key)) Reflect.deleteProperty(environment, key);
      }
      // The demo data, with one of the demo organiser's notices due for its 14-day reminder.
      await seedDatabase(prisma, { now: new Date() });
      const due = await prisma.activity.findFirstOrThrow({
        where: { status: "PUBLISHED", deletedAt: null, organisation: { memberships: { some: { userId: DEMO_USERS.organiser.id, role: "OWNER" } } } },
        select: { id: true },
      });
      await prisma.activity.update({ where: { id: due.id }, data: { validUntil: new Date(Date.now() + 10 * DAY), reminder14SentAt: null, reminder3SentAt: null } });
      Object.assign(environment, { DATABASE_URL: cluster.url, DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1", SITE_URL: site, AUTH_TRUST_HOST: "true", LOG_LEVEL: "warn" });
      const started = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--skip-build", "--run-jobs-now"], { env: environment, stdio: "pipe" });
      app = started;
      let output = "";
      started.stdout?.on("data", (chunk) => (output += String(chunk)));
      started.stderr?.on("data", (chunk) => (output += String(chunk)));
      await expect.poll(() => fetch(`${site}/api/health`).then((r) => r.status, () => 0), { timeout: 120_000, message: "npm start answers /api/health" }).toBe(200);
      const mailDir = path.join(dataDir, "mail");
      const readReminders = () => {
        try {
          return readdirSync(mailDir).map((name) => JSON.parse(readFileSync(path.join(mailDir, name), "utf8")) as { kind: string; text: string });
        } catch {
          return [];
        }
      };
      await expect.poll(() => readReminders().filter((m) => m.kind === "reminder").length, { timeout: 60_000, message: "a reminder email stored by the job that npm start runs" }).toBeGreaterThan(0);
      const reminder = readReminders().find((m) => m.kind === "reminder")!;
      if (!reminder) console.log(output);
      const link = reminder.text.match(/https?:\/\/\S+\/confirm\/\S+/)?.[0];
      expect(link, reminder.text).toBeTruthy();
      const response = await page.goto(link!);
      expect(response?.status(), output).toBe(200);
      await page.getByRole("button", { name: "Kyllä, toiminta jatkuu" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Kiitos, vahvistettu" })).toBeVisible();
      const confirmed = await prisma.activity.findUniqueOrThrow({ where: { id: due.id }, select: { lastConfirmedAt: true } });
      expect(Date.now() - confirmed.lastConfirmedAt.getTime()).toBeLessThan(120_000);
      await prisma.$disconnect();
    } finally {
      if (app && app.exitCode === null) {
        const exited = new Promise((resolve) => app!.once("exit", resolve));
        app.kill("SIGTERM");
        await exited;
      }
      await cluster.dispose();
    }
  });
});
