import { expect, test, type Browser } from "@playwright/test";

// An identical anonymous search answered with the page rendered for an earlier request
// (docs/decisions/019, eleventh pass): the browser gets the page's own Content-Security-Policy,
// whose nonce its scripts carry, so the page hydrates and its filters work.

const URL = "/fi/activities?theme=language";

async function visit(browser: Browser) {
  // A browser whose language is the page's: next-intl sets no cookie, so the page may be kept.
  const context = await browser.newContext({ locale: "fi-FI" });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(URL);
  return { context, page, violations, csp: response?.headers()["content-security-policy"] ?? "", etag: response?.headers().etag };
}

test("a reused search page runs its scripts under its own policy, and its filters work", async ({ browser }) => {
  let reused!: Awaited<ReturnType<typeof visit>>;
  // Two fresh browsers in a row; other tests may change notices in between, so try again until
  // the second got the first one's page (the same nonce).
  await expect(async () => {
    const first = await visit(browser);
    await first.context.close();
    const second = await visit(browser);
    if (second.csp !== first.csp) await second.context.close();
    expect(second.csp).toMatch(/'nonce-[^']+'/);
    expect(second.csp).toBe(first.csp);
    expect(second.etag).toBe(first.etag);
    reused = second;
  }).toPass({ timeout: 30_000 });

  const { page, violations, context } = reused;
  await expect(page.locator("main article").first()).toBeVisible();
  // Only the page's scripts submit the form when a box is ticked.
  await page.getByRole("checkbox", { name: /^Lastenhoito järjestetty/ }).check();
  await expect(page).toHaveURL(/childcare=1/);
  expect(violations).toEqual([]);
  await context.close();
});
