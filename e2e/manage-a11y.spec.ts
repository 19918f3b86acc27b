import { expect, test } from "@playwright/test";
import { DEMO_USERS } from "../lib/db/seed";
import { expectNoAxeViolations } from "./support/axe";
import { db, draftNotice, organisationFor, signInAs, unique } from "./support/db";

// axe (WCAG 2.1 A/AA) on every manage, moderation and sign-in page, in fi, sv, en and ar (right to left).
const LOCALES = ["fi", "sv", "en", "ar"] as const;

async function checkPages(page: import("@playwright/test").Page, locale: string, paths: string[]) {
  for (const path of paths) {
    const response = await page.goto(`/${locale}${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    // No message key leaks into the page.
    expect(await page.locator("main").innerText()).not.toMatch(/\b(NoticeForm|Moderation|Validation|ManageHome|SignInPage)\.[a-zA-Z]/);
    await expectNoAxeViolations(page);
  }
}

async function organiserWithNotice(context: import("@playwright/test").BrowserContext) {
  const user = await signInAs(context);
  const org = await organisationFor(user.id);
  const notice = await draftNotice(org.id, unique("Saavutettava"));
  await db().activity.update({ where: { id: notice.id }, data: { status: "REJECTED", moderationFeedback: "Lisää aikataulu." } });
  return { org, notice };
}

for (const locale of LOCALES) {
  test.describe(`manage and moderation pages in ${locale}`, () => {
    // The notice form is a long page (every language and municipality as an option): axe
    // needs several seconds for it on a busy 2-core machine.
    test.describe.configure({ timeout: 90_000 });

    test("organiser pages have no axe violations", async ({ page, context }) => {
      const { org, notice } = await organiserWithNotice(context);
      await checkPages(page, locale, ["/manage", "/manage/organisations/new", `/manage/organisations/${org.id}`, `/manage/notices/${notice.id}/translations`]);
    });

    test("the notice form, new and with moderator feedback, has no axe violations", async ({ page, context }) => {
      const { org, notice } = await organiserWithNotice(context);
      await checkPages(page, locale, [`/manage/notices/new?organisation=${org.id}`, `/manage/notices/${notice.id}`]);
    });

    test("moderation pages have no axe violations", async ({ page, context }) => {
      await signInAs(context, { userId: DEMO_USERS.admin.id });
      const owner = await db().user.create({ data: { email: `${unique("owner")}@example.fi` } });
      const org = await organisationFor(owner.id);
      const notice = await draftNotice(org.id, unique("Tarkastettava"));
      await db().activity.update({ where: { id: notice.id }, data: { status: "SUBMITTED", submittedAt: new Date() } });
      const deleted = await draftNotice(org.id, unique("Poistettu"));
      await db().activity.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
      await checkPages(page, locale, ["/moderation", `/moderation/notices/${notice.id}`, "/moderation/audit", "/moderation/organisations", "/moderation/deleted", "/moderation/roles"]);
    });

    test("sign-in and confirmation pages have no axe violations", async ({ page }) => {
      await checkPages(page, locale, ["/signin", "/signin/check-email", "/signin/error?error=Verification", `/confirm/${"A".repeat(32)}.${"B".repeat(43)}`]);
    });
  });
}
