import { expect, test } from "@playwright/test";

// Issue 11: the basics of a public site: favicon, robots.txt, sitemap with hreflang, manifest
// and icons, Open Graph descriptions.
test.describe("the basics of a public site", () => {
  test("favicon, icons and manifest are served, and a page loads without console errors", async ({ page, request }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto("/fi");
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
    await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /favicon\.ico|icon\.svg/);
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
    const favicon = await request.get("/favicon.ico");
    expect(favicon.status()).toBe(200);
    expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0])); // an ICO header
    const manifest = await (await request.get("/manifest.webmanifest")).json();
    expect(manifest).toMatchObject({ short_name: "Tukiverkko", start_url: "/fi" });
    for (const icon of manifest.icons as { src: string }[]) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
    await page.reload();
    expect(errors).toEqual([]);
  });

  test("robots.txt points at the sitemap and keeps crawlers out of private areas", async ({ request, baseURL }) => {
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(robots).toMatch(/Disallow: \/api\//);
    expect(robots).toMatch(/Disallow: \/\*\/manage/);
  });

  test("the sitemap lists every public notice and organisation with hreflang for the twelve locales", async ({ request, baseURL }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.headers()["content-type"]).toMatch(/xml/);
    const xml = await response.text();
    const ids = new Set<string>();
    const organisations = new Set<string>();
    for (let page = 1; page < 20; page++) {
      const body = await (await request.get(`/api/activities?page=${page}`)).json();
      for (const item of body.items as { id: string; organisation: { id: string } }[]) {
        ids.add(item.id);
        organisations.add(item.organisation.id);
      }
      if (page * body.pageSize >= body.total) break;
    }
    expect(ids.size).toBeGreaterThan(80);
    for (const id of ids) expect(xml).toContain(`<loc>${baseURL}/fi/activities/${id}</loc>`);
    for (const id of organisations) expect(xml).toContain(`<loc>${baseURL}/fi/organisations/${id}</loc>`);
    expect(xml).not.toContain("demo-act-draft-1");
    expect(xml).not.toContain("demo-act-expired-1");
    const urls = xml.match(/<url>/g)!.length;
    expect(xml.match(/hreflang="/g)!.length).toBe(urls * 13);
    expect(xml).toContain(`hreflang="ckb" href="${baseURL}/ckb/activities/demo-act-002"`);
    expect(xml).toContain(`hreflang="x-default" href="${baseURL}/fi/activities/demo-act-002"`);
  });

  test("shared links carry an Open Graph title and description", async ({ page }) => {
    await page.goto("/fi");
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /kotoutumista/);
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute("content", "Tukiverkko");
    await page.goto("/en/activities/demo-act-002");
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description).toBeTruthy();
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", description!);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Digi/);
  });
});
