import "./support/server-env"; // first: lib/env.ts must see the e2e server's settings
import ICAL from "ical.js";
import { expect, test } from "@playwright/test";
import { addDays, helsinkiToday } from "../lib/dates/helsinki";
import { expectNoAxeViolations } from "./support/axe";
import { organisationFor, signInAs, unique } from "./support/db";

// Events and trainings (issue 13): an organiser posts an event, a moderator approves it, it is
// found by filters and by text, its .ics downloads and parses, a filtered calendar feed (the
// webcal: link) holds it; axe is clean on the new pages in fi, sv, en and ar.

test.describe.configure({ mode: "serial" });
test.setTimeout(300_000);

test("an organiser posts an event, a moderator approves it, and people find and subscribe to it", async ({ browser }) => {
  const word = unique("Perehdytys").replace("-", "");
  const title = `${word}: kielikahvilan ohjaaminen`;
  const date = addDays(helsinkiToday(), 12);

  // 1. The organiser writes the event; a submit without the essentials lists the errors.
  const organiserContext = await browser.newContext();
  const organiser = await organiserContext.newPage();
  const user = await signInAs(organiserContext);
  const org = await organisationFor(user.id, { name: unique("Yhdistys") });
  await organiser.goto(`/fi/manage/events/new?organisation=${org.id}`);
  await expect(organiser.getByRole("heading", { level: 1, name: "Uusi tapahtuma" })).toBeVisible();
  await expectNoAxeViolations(organiser);
  await organiser.getByRole("button", { name: "Lähetä tarkastettavaksi" }).click();
  const summary = organiser.getByRole("alert").filter({ hasText: "Otsikko" });
  await expect(summary).toBeVisible();
  await expectNoAxeViolations(organiser);
  await organiser.locator("#event-form-title").fill(title);
  await organiser.locator("#event-form-summary").fill("Kahden illan perehdytys uusille vapaaehtoisille.");
  await organiser.locator("#event-form-description").fill("Selkokieli ja keskustelun ohjaaminen pienryhmissä.");
  await organiser.getByRole("radio", { name: "Vapaaehtoisten koulutus" }).check();
  await organiser.getByRole("checkbox", { name: "Vapaaehtoiset" }).check();
  await organiser.locator("#event-form-sessions_0__date").fill(date);
  await organiser.locator("#event-form-sessions_0__start").fill("17:30");
  await organiser.locator("#event-form-sessions_0__end").fill("20:00");
  await organiser.locator("#event-form-streetAddress").fill("Hämeentie 31");
  await organiser.locator("#event-form-postalCode").fill("00500");
  await organiser.locator("#event-form-municipalityCode").selectOption("398");
  await organiser.locator("#event-form-contactName").fill("Anna Virtanen");
  await organiser.locator("#event-form-contactEmail").fill("anna@example.fi");
  await organiser.getByRole("button", { name: "Lähetä tarkastettavaksi" }).click();
  await expect(organiser.getByText("Tapahtuma lähetettiin tarkastettavaksi.")).toBeVisible();
  const eventId = /\/manage\/events\/([a-z0-9-]+)/.exec(organiser.url())![1]!;
  await expectNoAxeViolations(organiser);

  // Not public before review.
  const visitor = await browser.newPage();
  expect((await visitor.goto(`/fi/events/${eventId}`))!.status()).toBe(404);

  // 2. The moderator approves exactly what was reviewed.
  const moderatorContext = await browser.newContext();
  const moderator = await moderatorContext.newPage();
  await signInAs(moderatorContext, { role: "MODERATOR" });
  await moderator.goto("/fi/moderation/events");
  await expectNoAxeViolations(moderator);
  await moderator.getByRole("link", { name: title }).click();
  await expect(moderator.getByText("Kahden illan perehdytys uusille vapaaehtoisille.")).toBeVisible();
  await expectNoAxeViolations(moderator);
  await moderator.getByRole("button", { name: "Hyväksy" }).click();
  await expect(moderator).toHaveURL(/\/fi\/moderation\/events\?done=approved/);

  // 3. Found by filters and by text (an inflected form), not by another region.
  await visitor.goto(`/fi/events?region=07&kind=VOLUNTEER_TRAINING`);
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
  await visitor.goto(`/fi/events?region=17`);
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);
  await visitor.goto(`/fi/events?q=${encodeURIComponent(`${word.toLowerCase()} kielikahvilaa`)}`);
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
  // Through the form, without typing a URL.
  await visitor.goto("/fi/events");
  await visitor.getByLabel("Hakusana").fill(word);
  await visitor.getByLabel("Tapahtuman tyyppi").selectOption("VOLUNTEER_TRAINING");
  await visitor.getByRole("button", { name: "Näytä tapahtumat" }).click();
  await expect(visitor).toHaveURL(/kind=VOLUNTEER_TRAINING/);
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const jsonLd = JSON.parse((await visitor.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "Event", name: title, location: { "@type": "Place", address: { "@type": "PostalAddress", streetAddress: "Hämeentie 31" } } });
  expect(jsonLd.startDate).toMatch(new RegExp(`^${date}T17:30:00\\+0[23]:00$`));

  // 4. "Add to calendar" downloads an .ics that parses, at 17:30 Helsinki time.
  const download = visitor.waitForEvent("download");
  await visitor.getByTestId("add-to-calendar").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`event-${eventId}.ics`);
  const ics = await visitor.request.get(`/api/events/${eventId}/ics?locale=fi`);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const vevent = new ICAL.Event(new ICAL.Component(ICAL.parse(await ics.text())).getFirstSubcomponent("vevent")!);
  expect(vevent.summary).toBe(title);
  expect(vevent.startDate.toString()).toBe(`${date}T17:30:00`);

  // 5. The list's webcal: link is a feed with the same filters; the event is in it.
  await visitor.goto(`/fi/events?region=07`);
  const webcal = await visitor.getByTestId("webcal-link").getAttribute("href");
  expect(webcal).toMatch(/^webcal:\/\/.+\/api\/events\/calendar\?region=07&locale=fi$/);
  const feed = await visitor.request.get(webcal!.replace(/^webcal:/, "http:"));
  expect(feed.status()).toBe(200);
  const feedEvents = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  expect(feedEvents.map((e) => e.summary)).toContain(title);
  const otherRegion = await visitor.request.get("/api/events/calendar?region=17&locale=fi");
  expect(await otherRegion.text()).not.toContain(word);
  const rss = await visitor.request.get("/api/events/feed?format=rss&region=07&locale=fi");
  expect(await rss.text()).toContain(word);

  // 6. The organiser cancels it: the page says so, the feed keeps it as CANCELLED.
  await organiser.goto(`/fi/manage/events/${eventId}`);
  await organiser.getByRole("radio", { name: "Peruttu" }).check();
  await organiser.locator("#event-state-form-note").fill("Kouluttaja sairastui.");
  await organiser.getByRole("button", { name: "Tallenna tila" }).click();
  await expect(organiser.getByText("Tila tallennettiin.")).toBeVisible();
  await visitor.goto(`/fi/events/${eventId}`);
  await expect(visitor.getByText("Tapahtuma on peruttu.")).toBeVisible();
  const after = await (await visitor.request.get("/api/events/calendar?region=07&locale=fi")).text();
  const cancelled = new ICAL.Component(ICAL.parse(after)).getAllSubcomponents("vevent").find((v) => String(v.getFirstPropertyValue("uid")).startsWith(eventId));
  expect(cancelled?.getFirstPropertyValue("status")).toBe("CANCELLED");
  await Promise.all([organiserContext.close(), moderatorContext.close()]);
});

test("another organisation's member cannot open the event's edit page", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await signInAs(ownerContext);
  const org = await organisationFor(owner.id);
  const outsiderContext = await browser.newContext();
  await signInAs(outsiderContext);
  const page = await outsiderContext.newPage();
  expect((await page.goto(`/fi/manage/events/new?organisation=${org.id}`))!.status()).toBe(404);
  await Promise.all([ownerContext.close(), outsiderContext.close()]);
});

for (const locale of ["fi", "sv", "en", "ar"]) {
  test(`the events pages have no axe violations in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/events`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/events/demo-event-02`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/events/archive`);
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}`);
    await expect(page.locator("#home-events-title")).toBeVisible();
    await expectNoAxeViolations(page, { include: "section[aria-labelledby=home-events-title]" });
  });
}
