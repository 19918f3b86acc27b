import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, test } from "vitest";
import { createNotice } from "../../lib/activities/mutations";
import { getActivitySummaries, getPublicActivity } from "../../lib/activities/queries";
import { mailConfig } from "../../lib/env";
import { runDailyJobs } from "../../lib/jobs/daily";
import { approveNotice } from "../../lib/moderation/mutations";
import { closeLimiters, consumeLimit, LIMITS } from "../../lib/rate-limit/limiter";
import { answerReports, answerReportsByToken, setCapacity, setCapacityByToken, submitReport } from "../../lib/reports/mutations";
import { listOpenReports } from "../../lib/reports/queries";
import { createPostgresEngine } from "../../lib/search/postgres-engine";
import { parseSearchQuery } from "../../lib/search/query";
import { getTestPrisma, truncateAll } from "../support/db";
import { createMemberOrganisation, createUser, noticeInput, reviewedVersion } from "../support/accounts";

// Issue 19 (docs/decisions/011): reports grouped per notice, one-click answers closing them and
// confirming or archiving, capacity set only by members, the "has room" filter, the rate limit.
const prisma = getTestPrisma();
const DAY = 86_400_000;
const config = mailConfig();
const mailDir = config.transport === "file" ? config.dir : "";

beforeEach(async () => {
  await truncateAll(prisma);
  rmSync(mailDir, { recursive: true, force: true });
});
afterAll(() => closeLimiters());

type StoredMail = { to: string; subject: string; text: string; html: string; kind: string };
function mails(kind?: string): StoredMail[] {
  try {
    return readdirSync(mailDir)
      .map((name) => JSON.parse(readFileSync(path.join(mailDir, name), "utf8")) as StoredMail)
      .filter((mail) => !kind || mail.kind === kind);
  } catch {
    return [];
  }
}

async function publishedNotice(options: { organiserLocale?: string; title?: string } = {}) {
  const organiser = await createUser(prisma, { locale: options.organiserLocale ?? "fi" });
  const moderator = await createUser(prisma, { role: "MODERATOR", locale: "sv" });
  const org = await createMemberOrganisation(prisma, organiser);
  const { id } = await createNotice({ actor: organiser, input: noticeInput(org.id, { title: options.title ?? "Kielikahvila" }) });
  await approveNotice({ actor: moderator, activityId: id, version: await reviewedVersion(prisma, id) });
  return { id, organiser, moderator, org };
}

function answerToken(mail: StoredMail): string {
  const link = mail.text.match(/https?:\/\/\S+\/report-answer\/(\S+)/);
  if (!link) throw new Error(`no answer link in ${mail.text}`);
  return decodeURIComponent(link[1]!);
}

describe("reports", () => {
  test("reports of one notice are grouped and counted; only the first emails members and moderators, each in their language", async () => {
    const { id, organiser, moderator } = await publishedNotice({ organiserLocale: "en" });
    const first = await submitReport({ input: { activityId: id, reason: "CONTACT", message: "Puhelin ei vastaa https://evil.example" }, locale: "fi" });
    const second = await submitReport({ input: { activityId: id, reason: "FULL" }, locale: "fi" });
    expect(first.accepted && second.accepted).toBe(true);
    if (!first.accepted || !second.accepted) return;
    expect(second.groupId).toBe(first.groupId);
    expect(second.count).toBe(2);
    expect(await prisma.reportGroup.count({ where: { activityId: id, closedAt: null } })).toBe(1);
    expect(await prisma.activityReport.count({ where: { groupId: first.groupId } })).toBe(2);

    const organiserMails = mails("report-organiser");
    const moderatorMails = mails("report-moderator");
    expect(organiserMails.map((m) => m.to)).toEqual([organiser.email]);
    expect(moderatorMails.map((m) => m.to)).toEqual([moderator.email]);
    expect(organiserMails[0]!.subject).toBe("Problem report: Kielikahvila");
    expect(organiserMails[0]!.text).toContain("Contact details do not work");
    expect(moderatorMails[0]!.subject).toBe("Problemrapport: Kielikahvila");
    // The visitor's words are text: escaped in HTML and never made a link by us.
    expect(organiserMails[0]!.html).not.toContain('href="https://evil.example"');
    expect(organiserMails[0]!.text).toContain("Puhelin ei vastaa https://evil.example");

    const groups = await listOpenReports({ actor: moderator, locale: "fi" });
    expect(groups).toHaveLength(1);
    expect(groups[0]!.reportCount).toBe(2);
    expect(await prisma.auditEntry.count({ where: { entityId: id, action: "report.create" } })).toBe(2);
  });

  test("a filled honeypot stores and sends nothing; an unpublished notice cannot be reported", async () => {
    const { id, org, organiser } = await publishedNotice();
    expect(await submitReport({ input: { activityId: id, reason: "OTHER", website: "http://spam.example" }, locale: "fi" })).toEqual({ accepted: false });
    expect(await prisma.activityReport.count()).toBe(0);
    expect(mails().filter((m) => m.kind.startsWith("report"))).toHaveLength(0);
    const draft = await createNotice({ actor: organiser, input: noticeInput(org.id, { title: "Luonnos" }) });
    await expect(submitReport({ input: { activityId: draft.id, reason: "OTHER" }, locale: "fi" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("the emailed link answers once: 'still correct' closes the reports and confirms the notice", async () => {
    const { id } = await publishedNotice();
    await prisma.activity.update({ where: { id }, data: { lastConfirmedAt: new Date(Date.now() - 100 * DAY) } });
    await submitReport({ input: { activityId: id, reason: "NOT_RUNNING" }, locale: "fi" });
    const token = answerToken(mails("report-organiser")[0]!);
    const answered = await answerReportsByToken({ token, answer: "STILL_CORRECT" });
    expect(answered).toMatchObject({ ok: true, closed: 1, archived: false });
    expect(await answerReportsByToken({ token, answer: "ENDED" })).toEqual({ ok: false, reason: "used" });
    const row = await prisma.activity.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.lastConfirmedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    const group = await prisma.reportGroup.findFirstOrThrow({ where: { activityId: id } });
    expect(group.closedAt).not.toBeNull();
    expect(group.answer).toBe("STILL_CORRECT");
    // The next report opens a new group and emails again.
    await submitReport({ input: { activityId: id, reason: "OTHER" }, locale: "fi" });
    expect(await prisma.reportGroup.count({ where: { activityId: id } })).toBe(2);
    expect(mails("report-organiser")).toHaveLength(2);
    expect(await prisma.auditEntry.count({ where: { entityId: id, action: "report.answer", actorId: null } })).toBe(1);
  });

  test("'ended' archives the notice and it leaves search; forged tokens do nothing", async () => {
    const { id, organiser } = await publishedNotice();
    await submitReport({ input: { activityId: id, reason: "NOT_RUNNING" }, locale: "fi" });
    expect(await answerReportsByToken({ token: `${"A".repeat(32)}.${"B".repeat(43)}`, answer: "ENDED" })).toEqual({ ok: false, reason: "invalid" });
    const outcome = await answerReports({ actor: organiser, activityId: id, answer: "ENDED" });
    expect(outcome).toMatchObject({ closed: 1, archived: true });
    expect((await prisma.activity.findUniqueOrThrow({ where: { id } })).status).toBe("ARCHIVED");
    const engine = createPostgresEngine(prisma);
    const result = await engine.search({ ...parseSearchQuery({}), municipality: [], pageSize: 20 });
    expect(result.ids).not.toContain(id);
  });

  test("a member of another organisation cannot answer or set capacity; a moderator can answer", async () => {
    const { id, moderator } = await publishedNotice();
    const stranger = await createUser(prisma);
    await createMemberOrganisation(prisma, stranger);
    await submitReport({ input: { activityId: id, reason: "CONTACT" }, locale: "fi" });
    await expect(answerReports({ actor: stranger, activityId: id, answer: "ENDED" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setCapacity({ actor: stranger, activityId: id, status: "FULL" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const row = await prisma.activity.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.capacityStatus).toBeNull();
    expect(await prisma.reportGroup.count({ where: { activityId: id, closedAt: null } })).toBe(1);
    // Moderators may answer (e.g. after checking by phone), but do not set capacity.
    await expect(answerReports({ actor: moderator, activityId: id, answer: "FIXED" })).resolves.toMatchObject({ closed: 1 });
    await expect(setCapacity({ actor: moderator, activityId: id, status: "FULL" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("an unanswered report shows as 'reported' after 14 days, not before, and not once answered", async () => {
    const { id, organiser } = await publishedNotice();
    await submitReport({ input: { activityId: id, reason: "CONTACT" }, locale: "fi" });
    expect((await getPublicActivity(id, "fi"))?.reportedOn).toBeUndefined();
    const opened = new Date(Date.now() - 15 * DAY);
    await prisma.reportGroup.updateMany({ where: { activityId: id }, data: { openedAt: opened } });
    expect((await getActivitySummaries([id], "fi"))[0]?.reportedOn?.getTime()).toBe(opened.getTime());
    await answerReports({ actor: organiser, activityId: id, answer: "FIXED" });
    expect((await getActivitySummaries([id], "fi"))[0]?.reportedOn).toBeUndefined();
  });
});

describe("capacity", () => {
  test("members set it in one click; it shows with its date, reads as unknown after 30 days, and 'has room' filters search", async () => {
    const { id, organiser, org } = await publishedNotice({ title: "Tilaa on" });
    const other = await createNotice({ actor: organiser, input: noticeInput(org.id, { title: "Täynnä" }) });
    const moderator = await createUser(prisma, { role: "MODERATOR" });
    await approveNotice({ actor: moderator, activityId: other.id, version: await reviewedVersion(prisma, other.id) });
    await setCapacity({ actor: organiser, activityId: id, status: "ROOM" });
    await setCapacity({ actor: organiser, activityId: other.id, status: "FULL" });
    expect((await getActivitySummaries([id], "fi"))[0]?.capacity?.status).toBe("ROOM");
    expect(await prisma.auditEntry.count({ where: { entityId: id, action: "activity.capacity" } })).toBe(1);

    const engine = createPostgresEngine(prisma);
    const room = await engine.search({ ...parseSearchQuery({ room: "1" }), municipality: [], pageSize: 20 });
    expect(room.ids).toEqual([id]);
    const all = await engine.search({ ...parseSearchQuery({}), municipality: [], pageSize: 20 });
    expect(all.total).toBe(2);
    expect(all.facets.room).toEqual({ true: 1 });

    // 31 days later the status is unknown to readers and no longer counts as room.
    await prisma.activity.update({ where: { id }, data: { capacitySetAt: new Date(Date.now() - 31 * DAY) } });
    await prisma.$transaction(async (tx) => (await import("../../lib/search/sync")).syncSearchDocument(tx, id));
    expect((await getActivitySummaries([id], "fi"))[0]?.capacity?.status).toBe("UNKNOWN");
    const stale = await engine.search({ ...parseSearchQuery({ room: "1" }), municipality: [], pageSize: 20 });
    expect(stale.total).toBe(0);
  });

  test("the reminder email carries a one-click capacity link that works once", async () => {
    const { id } = await publishedNotice();
    await prisma.activity.update({ where: { id }, data: { validUntil: new Date(Date.now() + 10 * DAY), reminder14SentAt: null, reminder3SentAt: null } });
    await runDailyJobs(prisma);
    const reminder = mails("reminder")[0];
    expect(reminder).toBeDefined();
    const link = reminder!.text.match(/https?:\/\/\S+\/capacity\/(\S+)/);
    expect(link).not.toBeNull();
    const token = decodeURIComponent(link![1]!);
    expect(await setCapacityByToken({ token, status: "WAITING_LIST" })).toEqual({ ok: true, activityId: id });
    expect(await setCapacityByToken({ token, status: "ROOM" })).toEqual({ ok: false, reason: "used" });
    expect((await prisma.activity.findUniqueOrThrow({ where: { id } })).capacityStatus).toBe("WAITING_LIST");
  });
});

describe("report rate limit", () => {
  test(`${LIMITS.reportPerIp.points} reports an hour per address, then refused`, async () => {
    for (let i = 0; i < LIMITS.reportPerIp.points; i++) expect((await consumeLimit("reportPerIp", "198.51.100.4")).allowed).toBe(true);
    expect((await consumeLimit("reportPerIp", "198.51.100.4")).allowed).toBe(false);
    expect((await consumeLimit("reportPerIp", "198.51.100.5")).allowed).toBe(true);
  });
});
