import { expect, test } from "@playwright/test";
import { db, draftNotice, organisationFor, signInAs, unique } from "./support/db";

// Cross-organisation security through the browser: forged ids in URLs and hidden form fields,
// moderation pages for non-moderators, manage pages when signed out, forged and reused tokens.

test.describe("an editor of organisation A", () => {
  // Without JavaScript the forms are plain HTML forms, so editing a hidden field in the page is
  // exactly what a forged request sends.
  test.use({ javaScriptEnabled: false });
  test("gets 404 for organisation B's notice, organisation and translation pages", async ({ page, context }) => {
    const alice = await signInAs(context);
    await organisationFor(alice.id, { role: "EDITOR" });
    const bob = await db().user.create({ data: { email: `${unique("bob")}@example.fi` } });
    const orgB = await organisationFor(bob.id);
    const noticeB = await draftNotice(orgB.id);
    for (const path of [`/fi/manage/notices/${noticeB.id}`, `/fi/manage/notices/${noticeB.id}/translations`, `/fi/manage/organisations/${orgB.id}`, `/fi/manage/notices/new?organisation=${orgB.id}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });

  test("cannot archive, delete or edit B's notice by forging the hidden id in A's forms", async ({ page, context }) => {
    const alice = await signInAs(context);
    const orgA = await organisationFor(alice.id, { role: "EDITOR" });
    const own = await draftNotice(orgA.id, unique("Oma"));
    const bob = await db().user.create({ data: { email: `${unique("bob")}@example.fi` } });
    const orgB = await organisationFor(bob.id);
    const noticeB = await draftNotice(orgB.id, unique("Vieras"));

    // Point every hidden activityId on the page at B's notice, as a forged request would.
    const forge = async () => {
      await page.goto(`/fi/manage/notices/${own.id}`);
      await page.evaluate((id) => document.querySelectorAll<HTMLInputElement>('input[name="activityId"]').forEach((input) => (input.value = id)), noticeB.id);
    };
    await forge();
    await page.getByRole("button", { name: "Arkistoi" }).click();
    await expect(page.getByText("Tietoa ei löytynyt, tai sinulla ei ole siihen oikeutta.").first()).toBeVisible();
    await forge();
    await page.getByRole("textbox", { name: "Otsikko", exact: true }).fill("Kaapattu");
    await page.getByRole("button", { name: "Tallenna luonnos" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Tietoa ei löytynyt" })).toBeVisible();
    // The form kept what was typed, next to the error.
    await expect(page.getByRole("textbox", { name: "Otsikko", exact: true })).toHaveValue("Kaapattu");
    await forge();
    await page.getByRole("button", { name: "Poista" }).click();
    await expect(page.getByText("Tietoa ei löytynyt, tai sinulla ei ole siihen oikeutta.").first()).toBeVisible();

    const after = await db().activity.findUniqueOrThrow({ where: { id: noticeB.id }, include: { translations: true } });
    expect(after.status).toBe("DRAFT");
    expect(after.deletedAt).toBeNull();
    expect(after.translations[0]!.title).not.toBe("Kaapattu");
  });

  test("does not see B's members and cannot invite into B by forging the organisation id", async ({ page, context }) => {
    const alice = await signInAs(context);
    const orgA = await organisationFor(alice.id, { role: "OWNER" });
    const bob = await db().user.create({ data: { email: `${unique("bob")}@example.fi` } });
    const orgB = await organisationFor(bob.id);
    await page.goto(`/fi/manage/organisations/${orgA.id}`);
    await page.evaluate((id) => document.querySelectorAll<HTMLInputElement>('input[name="organisationId"]').forEach((input) => (input.value = id)), orgB.id);
    const invited = `${unique("mallory")}@example.fi`;
    await page.getByRole("textbox", { name: "Sähköposti" }).last().fill(invited);
    await page.getByRole("button", { name: "Kutsu" }).click();
    await expect(page.getByText("Tietoa ei löytynyt, tai sinulla ei ole siihen oikeutta.").first()).toBeVisible();
    expect(await db().membership.count({ where: { organisationId: orgB.id } })).toBe(1);
    expect(await db().user.count({ where: { email: invited } })).toBe(0);
  });
});

test.describe("moderation is hidden from everyone else", () => {
  test("a signed-in organiser gets 404 on every moderation page", async ({ page, context }) => {
    const user = await signInAs(context);
    const org = await organisationFor(user.id);
    const notice = await draftNotice(org.id);
    for (const path of ["/fi/moderation", `/fi/moderation/notices/${notice.id}`, "/fi/moderation/audit", "/fi/moderation/organisations", "/fi/moderation/deleted", "/fi/moderation/roles"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });

  test("a moderator who is not an admin gets 404 on the roles page", async ({ page, context }) => {
    await signInAs(context, { role: "MODERATOR" });
    expect((await page.goto("/fi/moderation/roles"))?.status()).toBe(404);
    expect((await page.goto("/fi/moderation"))?.status()).toBe(200);
  });
});

test.describe("signed out", () => {
  test("every manage and moderation page sends you to sign in, and back afterwards", async ({ page }) => {
    for (const path of ["/fi/manage", "/sv/manage/organisations/new", "/en/manage/notices/demo-act-001", "/fi/manage/notices/demo-act-001/translations", "/fi/manage/organisations/demo-org-01", "/fi/moderation", "/fi/moderation/audit"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/(fi|sv|en)\/signin\?callbackUrl=/);
      expect(decodeURIComponent(new URL(page.url()).searchParams.get("callbackUrl") ?? "")).toBe(path.replace(/\?.*$/, ""));
    }
  });

  test("signing out ends the session on the server", async ({ page, context }) => {
    const user = await signInAs(context);
    await page.goto("/fi/manage");
    await page.getByRole("button", { name: "Kirjaudu ulos", exact: true }).click();
    await expect(page.getByRole("link", { name: "Kirjaudu" })).toBeVisible();
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    await page.goto("/fi/manage");
    await expect(page).toHaveURL(/\/fi\/signin/);
  });

  test("sign-in requests only go through the rate-limited form, not straight to Auth.js", async ({ request }) => {
    const response = await request.post("/api/auth/signin/nodemailer", { form: { email: "x@example.fi" } });
    expect(response.status()).toBe(404);
  });
});

test.describe("confirmation links", () => {
  test("a forged token shows that the link is not valid and changes nothing", async ({ page }) => {
    const response = await page.goto(`/fi/confirm/${"A".repeat(32)}.${"B".repeat(43)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Linkki ei ole voimassa" })).toBeVisible();
    await expect(page.getByRole("button")).toHaveCount(0);
  });

  test("posting a forged token from another site is refused", async ({ request }) => {
    const response = await request.post("/api/confirm", { form: { token: "x.y", locale: "fi" }, headers: { Origin: "https://evil.example" }, maxRedirects: 0 });
    expect(response.status()).toBe(403);
  });
});

test.describe("per-IP rate limits", () => {
  test("count the connection's address, not an X-Forwarded-For header the client makes up", async ({ page }) => {
    const forged = "198.51.100.77";
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": forged });
    const points = async (ip: string) => (await db().rateLimit.findUnique({ where: { key: `signInPerIp:${ip}` } }))?.points ?? 0;
    const before = await points("127.0.0.1");
    await page.goto("/fi/signin");
    await page.getByLabel("Sähköpostiosoite").fill(`${unique("xff")}@example.fi`);
    await page.getByRole("button", { name: "Lähetä kirjautumislinkki" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tarkista sähköpostisi" })).toBeVisible();
    expect(await points(forged)).toBe(0);
    expect(await points("127.0.0.1")).toBeGreaterThan(before);
  });
});

test.describe("staff sessions", () => {
  test("a moderator's session ends 12 hours after sign-in, however recently it was used", async ({ page, context }) => {
    const moderator = await signInAs(context, { role: "MODERATOR" });
    expect((await page.goto("/fi/moderation"))?.status()).toBe(200);
    await db().session.updateMany({ where: { userId: moderator.id }, data: { createdAt: new Date(Date.now() - 13 * 3_600_000) } });
    await page.goto("/fi/moderation");
    await expect(page).toHaveURL(/\/fi\/signin\?callbackUrl=/);
    expect(await db().session.count({ where: { userId: moderator.id } })).toBe(0);
  });
});

test.describe("signing out on all devices", () => {
  test("ends the session in every browser, and says so", async ({ browser }) => {
    const phone = await browser.newContext();
    const laptop = await browser.newContext();
    const user = await signInAs(phone);
    await signInAs(laptop, { userId: user.id });
    await organisationFor(user.id);
    const page = await laptop.newPage();
    await page.goto("/fi/manage");
    await page.getByRole("button", { name: "Kirjaudu ulos kaikilta laitteilta" }).click();
    await expect(page).toHaveURL(/\/fi\/signin\?done=signedOutEverywhere/);
    await expect(page.getByRole("status")).toHaveText("Sinut on kirjattu ulos kaikilta laitteilta.");
    // The other browser's cookie no longer opens the organiser pages.
    const other = await phone.newPage();
    await other.goto("/fi/manage");
    await expect(other).toHaveURL(/\/fi\/signin/);
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    await phone.close();
    await laptop.close();
  });
});
