import { expect, test } from "@playwright/test";
import { db, organisationFor, signInAs, unique } from "./support/db";

// Bad input on the notice and sign-in forms: each gets a localized error next to its field or
// is absorbed, what was typed stays in the form, and nothing is half-written.

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the notice form reports every bad field next to it, in the user's language, and keeps the input", async ({ page, context }) => {
    const user = await signInAs(context);
    const org = await organisationFor(user.id);
    await page.goto(`/en/manage/notices/new?organisation=${org.id}`);
    const longTitle = "x".repeat(130);
    await page.getByRole("textbox", { name: "Title", exact: true }).fill(longTitle);
    await page.getByLabel("Contact person's email").fill("not-an-email");
    await page.getByLabel("Registration link").fill("javascript:alert(1)");
    await page.getByLabel("Contact person's phone").fill("call me");
    await page.getByLabel("Start date").fill("2027-03-01");
    await page.getByLabel("End date").fill("2027-02-01");
    await page.getByRole("button", { name: "Save draft" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "The form has" })).toBeVisible();
    // Field errors stand next to their fields ("…-error"); the error summary repeats each as a link.
    await expect(page.locator('[id$="-error"]', { hasText: "At most 120 characters." })).toBeVisible();
    await expect(page.getByRole("link", { name: "Title: At most 120 characters." })).toBeVisible();
    await expect(page.locator('[id$="-error"]', { hasText: "Write the email address as name@example.fi." })).toBeVisible();
    await expect(page.locator('[id$="-error"]', { hasText: "Write the web address as https://example.fi." })).toBeVisible();
    await expect(page.locator('[id$="-error"]', { hasText: "Write the phone number in digits" })).toBeVisible();
    await expect(page.locator('[id$="-error"]', { hasText: "The end cannot be before the start." })).toBeVisible();
    // The error is tied to its field for screen readers, and the input is kept.
    const email = page.getByLabel("Contact person's email");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveValue("not-an-email");
    await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(longTitle);
    expect(await db().activity.count({ where: { organisationId: org.id } })).toBe(0);
  });

  test("a forged taxonomy slug is refused with a field error", async ({ page, context }) => {
    const user = await signInAs(context);
    const org = await organisationFor(user.id);
    await page.goto(`/fi/manage/notices/new?organisation=${org.id}`);
    await page.getByRole("textbox", { name: "Otsikko", exact: true }).fill("Väärennetty aihe");
    await page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('input[name="themes"]')!;
      box.value = "no-such-theme";
      box.checked = true;
    });
    await page.getByRole("button", { name: "Tallenna luonnos" }).click();
    await expect(page.locator('[id$="-error"]', { hasText: "Valitse jokin annetuista vaihtoehdoista." })).toBeVisible();
    expect(await db().activity.count({ where: { organisationId: org.id } })).toBe(0);
  });

  test("HTML and script in text fields are stored and shown as text, never run", async ({ page, context }) => {
    const user = await signInAs(context);
    const org = await organisationFor(user.id);
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const title = `<img src=x onerror=alert(1)>${unique("t")}`;
    await page.goto(`/fi/manage/notices/new?organisation=${org.id}`);
    await page.getByRole("textbox", { name: "Otsikko", exact: true }).fill(title);
    await page.getByRole("button", { name: "Tallenna luonnos" }).click();
    await expect(page.getByText("Luonnos tallennettu.")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Otsikko", exact: true })).toHaveValue(title);
    await page.goto("/fi/manage");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    expect(await page.locator("main img").count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});

test.describe("with JavaScript", () => {
  test("a double-clicked first save creates one notice", async ({ page, context }) => {
    const user = await signInAs(context);
    const org = await organisationFor(user.id);
    await page.goto(`/fi/manage/notices/new?organisation=${org.id}`);
    await page.getByRole("textbox", { name: "Otsikko", exact: true }).fill(unique("Tuplaklikkaus"));
    await page.getByRole("button", { name: "Tallenna luonnos" }).dblclick();
    await expect(page).toHaveURL(/\/fi\/manage\/notices\/[a-z0-9-]+\?done=saved/);
    await expect(page.getByText("Luonnos tallennettu.")).toBeVisible();
    expect(await db().activity.count({ where: { organisationId: org.id } })).toBe(1);
  });

  test("the live checklist marks fields as they are filled, and errors show on leaving a bad field", async ({ page, context }) => {
    const user = await signInAs(context);
    const org = await organisationFor(user.id);
    await page.goto(`/sv/manage/notices/new?organisation=${org.id}`);
    const checklist = page.getByRole("region", { name: "Checklista för en bra annons" });
    await expect(checklist.getByRole("link", { name: "Hur man kommer med" })).toBeVisible();
    await page.getByRole("textbox", { name: "Hur man kommer med", exact: true }).fill("Kom bara.");
    await expect(checklist.getByRole("link", { name: "Hur man kommer med" })).toHaveCount(0);
    await page.getByLabel("Kontaktpersonens e-post").fill("fel");
    await page.getByLabel("Kontaktpersonens telefon").focus();
    await expect(page.locator('[id$="-error"]', { hasText: "Skriv e-postadressen som namn@exempel.fi." })).toBeVisible();
  });

  test("sign-in emails are limited to 5 an hour per address, with a localized message", async ({ page }) => {
    const email = `${unique("limited")}@example.fi`;
    for (let i = 0; i < 5; i++) {
      await page.goto("/sv/signin");
      await page.getByLabel("E-postadress").fill(email);
      await page.getByRole("button", { name: "Skicka inloggningslänk" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Kolla din e-post" })).toBeVisible();
    }
    await page.goto("/sv/signin");
    await page.getByLabel("E-postadress").fill(email.toUpperCase());
    await page.getByRole("button", { name: "Skicka inloggningslänk" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "För många försök på kort tid." })).toContainText("Försök igen om 60 minuter");
    await expect(page.getByLabel("E-postadress")).toHaveValue(email.toUpperCase());
  });
});
