import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, test } from "vitest";
import { POST as bounceWebhook } from "@/app/api/mail/bounces/route";
import { runAlertDigests } from "../../lib/alerts/digest";
import { processBounceReport } from "../../lib/alerts/bounces";
import { confirmAlert, subscribeAlert } from "../../lib/alerts/mutations";
import { env, mailConfig } from "../../lib/env";
import { createNews, decideNews, saveNewsTranslation, updateNews } from "../../lib/news/mutations";
import { closeLimiters } from "../../lib/rate-limit/limiter";
import type { NewsFormValue } from "../../lib/validation/news";
import { getTestPrisma, truncateAll } from "../support/db";
import { createMemberOrganisation, createUser } from "../support/accounts";

// Issue 14, the rest (docs/decisions/014): editing and translating news (only its organisation
// and moderators; a member's change goes back to review), the mail to the author when a
// moderator returns news, upcoming events in alert digests, and bounce reports.
const prisma = getTestPrisma();
const config = mailConfig();
const mailDir = config.transport === "file" ? config.dir : "";

beforeEach(async () => {
  await truncateAll(prisma);
  rmSync(mailDir, { recursive: true, force: true });
});
afterAll(() => closeLimiters());

type StoredMail = { to: string; subject: string; text: string; html: string; kind: string };
function mails(kind: string): StoredMail[] {
  try {
    return readdirSync(mailDir)
      .map((name) => JSON.parse(readFileSync(path.join(mailDir, name), "utf8")) as StoredMail)
      .filter((mail) => mail.kind === kind);
  } catch {
    return [];
  }
}

const input = (organisationId: string | undefined, overrides: Partial<NewsFormValue> = {}): NewsFormValue => ({
  organisationId,
  language: "fi",
  category: "FUNDING",
  title: "Kevään haku",
  lead: "Haku on auki.",
  body: "Hae **nyt**.",
  regions: ["01"],
  ...overrides,
});

async function memberNews() {
  const member = await createUser(prisma, { locale: "sv" });
  const org = await createMemberOrganisation(prisma, member, "EDITOR");
  const { id } = await createNews({ actor: member, input: input(org.id) });
  return { member, org, id };
}

describe("editing and translating news", () => {
  test("a member edits submitted news; editing published news sends it back to review, and approval keeps its first date", async () => {
    const moderator = await createUser(prisma, { role: "MODERATOR" });
    const { member, id } = await memberNews();
    expect(await updateNews({ actor: member, newsId: id, input: input(undefined, { title: "Kevään haku (korjattu)", regions: ["01", "02"] }) })).toEqual({ status: "SUBMITTED" });
    const first = new Date("2027-03-01T08:00:00Z");
    await decideNews({ actor: moderator, newsId: id, decision: "approve", now: first });
    expect(await updateNews({ actor: member, newsId: id, input: input(undefined, { title: "Kevään haku, uusi päivä" }) })).toEqual({ status: "SUBMITTED" });
    let row = await prisma.newsItem.findUniqueOrThrow({ where: { id }, select: { status: true, regions: true, translations: { select: { title: true } } } });
    expect(row.status).toBe("SUBMITTED");
    expect(row.translations).toEqual([{ title: "Kevään haku, uusi päivä" }]);
    await decideNews({ actor: moderator, newsId: id, decision: "approve", now: new Date("2027-03-05T08:00:00Z") });
    expect((await prisma.newsItem.findUniqueOrThrow({ where: { id }, select: { publishedAt: true } })).publishedAt).toEqual(first);
    // A moderator's edit keeps it published.
    expect(await updateNews({ actor: moderator, newsId: id, input: input(undefined, { title: "Moderaattorin korjaus" }) })).toEqual({ status: "PUBLISHED" });
    // A member's translation of published news sends it to review too.
    expect(await saveNewsTranslation({ actor: member, input: { newsId: id, language: "sv", title: "Vårens ansökan", lead: "Ansökan är öppen.", body: "Ansök nu." } })).toEqual({ status: "SUBMITTED" });
    row = await prisma.newsItem.findUniqueOrThrow({ where: { id }, select: { status: true, regions: true, translations: { select: { title: true }, orderBy: { locale: "asc" } } } });
    expect(row.translations.map((t) => t.title)).toEqual(["Moderaattorin korjaus", "Vårens ansökan"]);
    const audit = await prisma.auditEntry.findMany({ where: { entityId: id }, select: { action: true }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["news.submit", "news.update", "news.approve", "news.update", "news.approve", "news.update", "news.translation"]);
  });

  test("a member of another organisation can neither edit nor translate it (not found); nothing changes", async () => {
    const { id } = await memberNews();
    const stranger = await createUser(prisma);
    await createMemberOrganisation(prisma, stranger, "OWNER");
    await expect(updateNews({ actor: stranger, newsId: id, input: input(undefined, { title: "Kaapattu" }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveNewsTranslation({ actor: stranger, input: { newsId: id, language: "en", title: "Hijacked", lead: "L", body: "B" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateNews({ actor: stranger, newsId: "cnotarealnewsid00000", input: input(undefined) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const row = await prisma.newsItem.findUniqueOrThrow({ where: { id }, select: { translations: { select: { locale: true, title: true } } } });
    expect(row.translations).toEqual([{ locale: "fi", title: "Kevään haku" }]);
  });

  test("a translation in the original's own language is refused; archived news cannot be edited", async () => {
    const { member, id } = await memberNews();
    await expect(saveNewsTranslation({ actor: member, input: { newsId: id, language: "fi", title: "T", lead: "L", body: "B" } })).rejects.toMatchObject({ code: "VALIDATION" });
    await prisma.newsItem.update({ where: { id }, data: { status: "ARCHIVED" } });
    await expect(updateNews({ actor: member, newsId: id, input: input(undefined) })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });
});

describe("returning news", () => {
  test("the author gets the moderator's reason by mail, in the author's language", async () => {
    const moderator = await createUser(prisma, { role: "MODERATOR" });
    const { member, id } = await memberNews();
    await decideNews({ actor: moderator, newsId: id, decision: "reject", feedback: "Lisää hakuaika ja linkki." });
    const sent = mails("news-returned");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe(member.email);
    expect(sent[0]!.subject).toBe("Nyheten returnerades: Kevään haku");
    expect(sent[0]!.text).toContain("Lisää hakuaika ja linkki.");
    expect(sent[0]!.text).toContain(`/sv/manage/news/${id}`);
    // Approvals send no return mail.
    const other = await memberNews();
    await decideNews({ actor: moderator, newsId: other.id, decision: "approve" });
    expect(mails("news-returned")).toHaveLength(1);
  });
});

describe("upcoming events in digests", () => {
  let serial = 0;
  async function event(options: { title: string; region: string | null; nationwide?: boolean; startsAt: Date; publishedAt: Date; state?: "SCHEDULED" | "CANCELLED" }) {
    const owner = await createUser(prisma);
    const org = await createMemberOrganisation(prisma, owner);
    return prisma.event.create({
      data: {
        organisationId: org.id,
        status: "PUBLISHED",
        state: options.state ?? "SCHEDULED",
        originalLanguage: "fi",
        kind: "TRAINING",
        mode: "ONSITE",
        regionCode: options.region,
        nationwide: options.nationwide ?? false,
        startsAt: options.startsAt,
        endsAt: new Date(options.startsAt.getTime() + 2 * 3_600_000),
        publishedAt: options.publishedAt,
        translations: { create: [{ locale: "fi", title: options.title, summary: `S${++serial}`, description: "D" }, { locale: "en", title: `${options.title} (en)`, summary: "S", description: "D" }] },
      },
      select: { id: true },
    });
  }
  async function confirmed(options: { email: string; includeEvents: boolean; locale: string }) {
    await subscribeAlert({ email: options.email, frequency: "DAILY", includeNews: false, includeEvents: options.includeEvents, query: "municipality=092", locale: options.locale });
    const mail = mails("alert-confirm").find((m) => m.to === options.email)!;
    const token = decodeURIComponent(mail.text.match(/\/alerts\/confirm\/(\S+)/)![1]!);
    expect(await confirmAlert({ token, now: new Date("2027-01-10T12:00:00Z") })).toMatchObject({ ok: true });
  }

  test("the choice is stored; only events of the search's regions and nationwide ones, not cancelled, not past, in the subscriber's language", async () => {
    const now = new Date("2027-01-12T05:00:00Z");
    const inWindow = new Date("2027-01-11T09:00:00Z");
    const earlier = new Date("2026-12-01T09:00:00Z");
    await event({ title: "Uudenmaan koulutus", region: "01", startsAt: new Date("2027-01-20T10:00:00Z"), publishedAt: inWindow });
    await event({ title: "Valtakunnallinen webinaari", region: null, nationwide: true, startsAt: new Date("2027-01-25T10:00:00Z"), publishedAt: earlier });
    await event({ title: "Lapin koulutus", region: "19", startsAt: new Date("2027-01-20T10:00:00Z"), publishedAt: inWindow });
    await event({ title: "Peruttu koulutus", region: "01", startsAt: new Date("2027-01-21T10:00:00Z"), publishedAt: inWindow, state: "CANCELLED" });
    await event({ title: "Mennyt koulutus", region: "01", startsAt: new Date("2027-01-05T10:00:00Z"), publishedAt: earlier });
    await event({ title: "Kaukainen koulutus", region: "01", startsAt: new Date("2027-06-01T10:00:00Z"), publishedAt: earlier });
    await confirmed({ email: "with@example.fi", includeEvents: true, locale: "en" });
    await confirmed({ email: "without@example.fi", includeEvents: false, locale: "fi" });
    expect((await prisma.alert.findMany({ select: { email: true, includeEvents: true }, orderBy: { email: "asc" } }))).toEqual([
      { email: "with@example.fi", includeEvents: true },
      { email: "without@example.fi", includeEvents: false },
    ]);
    // No new activities: the event published in the window makes a digest for the one who asked; nothing for the other.
    expect(await runAlertDigests(prisma, { now })).toMatchObject({ due: 2, sent: 1, empty: 1 });
    const [digest] = mails("alert-digest");
    expect(digest!.to).toBe("with@example.fi");
    expect(digest!.subject).toBe("2 upcoming events from Tukiverkko");
    expect(digest!.text).toContain("Upcoming events");
    expect(digest!.text).toContain("Uudenmaan koulutus (en)");
    expect(digest!.text).toContain("Valtakunnallinen webinaari (en)");
    expect(digest!.text).toMatch(/20 January 2027|January 20, 2027|1\/20\/2027|20\/01\/2027/);
    for (const absent of ["Lapin", "Peruttu", "Mennyt", "Kaukainen"]) expect(digest!.text).not.toContain(absent);
    expect(digest!.html).toContain("<h2>Upcoming events</h2>");
  });

  test("an unchanged calendar makes no digest on its own", async () => {
    await event({ title: "Vanha tuttu koulutus", region: "01", startsAt: new Date("2027-01-20T10:00:00Z"), publishedAt: new Date("2026-12-01T09:00:00Z") });
    await confirmed({ email: "with@example.fi", includeEvents: true, locale: "fi" });
    expect(await runAlertDigests(prisma, { now: new Date("2027-01-12T05:00:00Z") })).toMatchObject({ sent: 0, empty: 1 });
  });
});

describe("bounce reports", () => {
  const dsn = (recipient: string, status: string, action = "failed") =>
    [
      "From: MAILER-DAEMON@mail.example.fi",
      "Subject: Undelivered Mail Returned to Sender",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
      "",
      "--B",
      "Content-Type: text/plain",
      "",
      "I'm sorry to have to inform you that your message could not be delivered.",
      "",
      "--B",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mail.example.fi",
      "Arrival-Date: Tue, 12 Jan 2027 07:00:01 +0200",
      "",
      `Final-Recipient: rfc822;`,
      ` ${recipient}`,
      `Original-Recipient: rfc822; ${recipient}`,
      `Action: ${action}`,
      `Status: ${status}`,
      "Diagnostic-Code: smtp; 550 5.1.1 <x>: Recipient address rejected",
      "",
      "--B--",
      "",
    ].join("\r\n");

  async function alertFor(email: string) {
    await subscribeAlert({ email, frequency: "DAILY", includeNews: false, query: "lang=so", locale: "fi" });
  }

  test("a DSN's permanent failures stop that address's alerts; temporary ones and delays do not", async () => {
    await alertFor("gone@example.fi");
    await alertFor("full@example.fi");
    await alertFor("later@example.fi");
    expect(await processBounceReport(dsn("Gone@Example.fi", "5.1.1"))).toEqual({ addresses: ["gone@example.fi"], alerts: 1 });
    expect(await processBounceReport(dsn("full@example.fi", "4.2.2"))).toEqual({ addresses: [], alerts: 0 });
    expect(await processBounceReport(dsn("later@example.fi", "4.4.7", "delayed"))).toEqual({ addresses: [], alerts: 0 });
    const rows = await prisma.alert.findMany({ select: { email: true, bouncedAt: true }, orderBy: { email: "asc" } });
    expect(rows.map((r) => [r.email, r.bouncedAt !== null])).toEqual([
      ["full@example.fi", false],
      ["gone@example.fi", true],
      ["later@example.fi", false],
    ]);
  });

  describe("the webhook", () => {
    const secret = "a-long-enough-shared-secret-for-tests";
    const post = (body: string, headers: Record<string, string>) => bounceWebhook(new Request("http://localhost/api/mail/bounces", { method: "POST", body, headers }));
    afterEach(() => {
      env.BOUNCE_WEBHOOK_SECRET = undefined;
    });

    test("does not exist without a secret, refuses a wrong one, takes JSON or a DSN with the right one", async () => {
      await alertFor("gone@example.fi");
      await alertFor("dsn@example.fi");
      const json = JSON.stringify({ addresses: ["GONE@example.fi"] });
      expect((await post(json, { "content-type": "application/json", authorization: `Bearer ${secret}` })).status).toBe(404);
      env.BOUNCE_WEBHOOK_SECRET = secret;
      expect((await post(json, { "content-type": "application/json" })).status).toBe(401);
      expect((await post(json, { "content-type": "application/json", authorization: `Bearer ${secret}x` })).status).toBe(401);
      expect(await prisma.alert.count({ where: { bouncedAt: { not: null } } })).toBe(0);
      expect((await post(JSON.stringify({ addresses: ["not an address"] }), { "content-type": "application/json", authorization: `Bearer ${secret}` })).status).toBe(400);
      expect((await post(JSON.stringify({ addresses: ["a@example.fi"], extra: 1 }), { "content-type": "application/json", authorization: `Bearer ${secret}` })).status).toBe(400);
      const ok = await post(json, { "content-type": "application/json", authorization: `Bearer ${secret}` });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ addresses: 1, alerts: 1 });
      const viaDsn = await post(dsn("dsn@example.fi", "5.7.1"), { "content-type": "message/delivery-status", authorization: `Bearer ${secret}` });
      expect(await viaDsn.json()).toEqual({ addresses: 1, alerts: 1 });
      expect((await post("x", { "content-type": "image/png", authorization: `Bearer ${secret}` })).status).toBe(415);
      expect(await prisma.alert.count({ where: { bouncedAt: { not: null } } })).toBe(2);
    });
  });
});
