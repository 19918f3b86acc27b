import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import { confirmNoticeByToken, createNotice, issueConfirmToken } from "../../lib/activities/mutations";
import { mailConfig } from "../../lib/env";
import { runDailyJobs } from "../../lib/jobs/daily";
import { approveNotice } from "../../lib/moderation/mutations";
import { removeMember } from "../../lib/organisations/mutations";
import { inspectActionToken, tokenKey } from "../../lib/tokens/action-token";
import { getTestPrisma, truncateAll } from "../support/db";
import { createMemberOrganisation, createUser, noticeInput, reviewedVersion } from "../support/accounts";

const prisma = getTestPrisma();
const DAY = 86_400_000;
const config = mailConfig();
const mailDir = config.transport === "file" ? config.dir : "";

beforeEach(async () => {
  await truncateAll(prisma);
  rmSync(mailDir, { recursive: true, force: true });
});

function reminders(): { to: string; subject: string; text: string }[] {
  try {
    return readdirSync(mailDir)
      .map((name) => JSON.parse(readFileSync(path.join(mailDir, name), "utf8")))
      .filter((mail) => mail.kind === "reminder");
  } catch {
    return [];
  }
}

async function publishedNotice(options: { locale?: string } = {}) {
  const organiser = await createUser(prisma, { locale: options.locale ?? "fi" });
  const moderator = await createUser(prisma, { role: "MODERATOR" });
  const org = await createMemberOrganisation(prisma, organiser);
  const { id } = await createNotice({ actor: organiser, input: noticeInput(org.id, { title: "Kielikahvila" }) });
  await approveNotice({ actor: moderator, activityId: id, version: await reviewedVersion(prisma, id) });
  return { id, organiser };
}

async function confirmLinkToken(text: string): Promise<string> {
  const link = text.match(/https?:\/\/\S+\/confirm\/(\S+)/);
  if (!link) throw new Error("no confirm link");
  return decodeURIComponent(link[1]!);
}

describe("confirmation tokens", () => {
  test("a token confirms once; reuse, forgery, another purpose and expiry are refused", async () => {
    const { id } = await publishedNotice();
    const token = await prisma.$transaction((tx) => issueConfirmToken(tx, { activityId: id, validUntil: new Date(Date.now() + 10 * DAY) }));
    const [tokenId, signature] = token.split(".");

    // Forged: a valid id with a made-up signature, a signature of the right shape for another id.
    const forged = `${tokenId}.${"A".repeat(43)}`;
    expect(await confirmNoticeByToken({ token: forged })).toEqual({ ok: false, reason: "invalid" });
    expect(await confirmNoticeByToken({ token: `${"B".repeat(32)}.${signature}` })).toEqual({ ok: false, reason: "invalid" });
    expect(await confirmNoticeByToken({ token: "nonsense" })).toEqual({ ok: false, reason: "invalid" });

    const first = await confirmNoticeByToken({ token });
    expect(first.ok).toBe(true);
    expect(await confirmNoticeByToken({ token })).toEqual({ ok: false, reason: "used" });
    const row = await prisma.activity.findUniqueOrThrow({ where: { id } });
    expect(row.validUntil.getTime()).toBeGreaterThan(Date.now() + 150 * DAY);

    const late = await prisma.$transaction((tx) => issueConfirmToken(tx, { activityId: id, validUntil: new Date(Date.now() - 31 * DAY) }));
    expect(await confirmNoticeByToken({ token: late })).toEqual({ ok: false, reason: "expired" });
    // The audit log says the link confirmed it, with no signed-in actor.
    expect(await prisma.auditEntry.count({ where: { entityId: id, action: "activity.confirm-by-link", actorId: null } })).toBe(1);
  });

  test("two simultaneous uses of one token: exactly one confirms", async () => {
    const { id } = await publishedNotice();
    const token = await prisma.$transaction((tx) => issueConfirmToken(tx, { activityId: id, validUntil: new Date(Date.now() + 10 * DAY) }));
    const results = await Promise.all([confirmNoticeByToken({ token }), confirmNoticeByToken({ token })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  test("a token for an archived notice does not revive it", async () => {
    const { id } = await publishedNotice();
    const token = await prisma.$transaction((tx) => issueConfirmToken(tx, { activityId: id, validUntil: new Date(Date.now() + 10 * DAY) }));
    await prisma.activity.update({ where: { id }, data: { status: "ARCHIVED" } });
    expect(await confirmNoticeByToken({ token })).toEqual({ ok: false, reason: "gone" });
    expect((await prisma.activity.findUniqueOrThrow({ where: { id } })).status).toBe("ARCHIVED");
  });
});

describe("the daily job", () => {
  test("reminds 14 days and 3 days before expiry, once each, in the organiser's language, with a working link", async () => {
    const { id, organiser } = await publishedNotice({ locale: "sv" });
    const now = new Date();
    await prisma.activity.update({ where: { id }, data: { validUntil: new Date(now.getTime() + 13 * DAY) } });

    expect((await runDailyJobs(prisma, { now })).reminders).toBe(1);
    expect((await runDailyJobs(prisma, { now })).reminders).toBe(0); // not twice
    const [first] = reminders();
    expect(first!.to).toBe(organiser.email);
    expect(first!.subject).toBe("Pågår verksamheten fortfarande? ”Kielikahvila” går ut om 14 dagar");
    expect(first!.text).toContain("/sv/confirm/");

    const threeDaysLater = new Date(now.getTime() + 10.5 * DAY);
    expect((await runDailyJobs(prisma, { now: threeDaysLater })).reminders).toBe(1);
    expect(reminders()).toHaveLength(2);

    const token = await confirmLinkToken(reminders().at(-1)!.text);
    expect((await prisma.$transaction((tx) => inspectActionToken(tx, { token, purpose: "confirm-activity" }))).ok).toBe(true);
    expect((await confirmNoticeByToken({ token })).ok).toBe(true);
    const row = await prisma.activity.findUniqueOrThrow({ where: { id } });
    expect(row.reminder14SentAt).toBeNull();
    expect(row.reminder3SentAt).toBeNull();
  });

  test("no reminders for notices far from expiry, drafts or expired ones", async () => {
    const { id } = await publishedNotice();
    const organiser = await createUser(prisma);
    const org = await createMemberOrganisation(prisma, organiser);
    const draft = await createNotice({ actor: organiser, input: noticeInput(org.id, { intent: "save" }) });
    await prisma.activity.update({ where: { id: draft.id }, data: { validUntil: new Date(Date.now() + 5 * DAY) } });
    await prisma.activity.update({ where: { id }, data: { validUntil: new Date(Date.now() - DAY) } });
    expect((await runDailyJobs(prisma)).reminders).toBe(0);
  });

  test("purges notices deleted more than 30 days ago, keeps recent ones, and removes expired sessions", async () => {
    const { id } = await publishedNotice();
    const { id: recent } = await publishedNotice();
    await prisma.activity.update({ where: { id }, data: { deletedAt: new Date(Date.now() - 31 * DAY) } });
    await prisma.activity.update({ where: { id: recent }, data: { deletedAt: new Date(Date.now() - 5 * DAY) } });
    const user = await createUser(prisma);
    await prisma.session.create({ data: { sessionToken: "old", userId: user.id, expires: new Date(Date.now() - DAY) } });
    const result = await runDailyJobs(prisma);
    expect(result.purgedNotices).toBe(1);
    expect(await prisma.activity.findUnique({ where: { id } })).toBeNull();
    expect(await prisma.activity.findUnique({ where: { id: recent } })).not.toBeNull();
    expect(await prisma.session.count()).toBe(0);
  });
});

describe("action tokens: signature first, stored hashed, ended with the membership", () => {
  test("a forged or altered token is refused without a database lookup", async () => {
    const { id } = await publishedNotice();
    const token = await prisma.$transaction((tx) => issueConfirmToken(tx, { activityId: id, validUntil: new Date(Date.now() + 10 * DAY) }));
    const [tokenId, signature] = token.split(".");
    let lookups = 0;
    const counting = { actionToken: { findUnique: async () => { lookups++; return null; } } } as never;
    for (const bad of [`${tokenId}.${"A".repeat(43)}`, `${"B".repeat(32)}.${signature}`, `${token}.extra`, "nonsense"]) {
      expect(await inspectActionToken(counting, { token: bad, purpose: "confirm-activity" })).toEqual({ ok: false, reason: "invalid" });
    }
    // Signed for another purpose: refused before the lookup too.
    expect(await inspectActionToken(counting, { token, purpose: "set-capacity" })).toEqual({ ok: false, reason: "invalid" });
    expect(lookups).toBe(0);
    await inspectActionToken(counting, { token, purpose: "confirm-activity" });
    expect(lookups).toBe(1);
  });

  test("the database holds only a hash of the token id", async () => {
    const { id } = await publishedNotice();
    const token = await prisma.$transaction((tx) => issueConfirmToken(tx, { activityId: id, validUntil: new Date(Date.now() + 10 * DAY) }));
    const [tokenId] = token.split(".");
    const rows = await prisma.actionToken.findMany({ where: { activityId: id } });
    expect(rows.map((r) => r.id)).toEqual([tokenKey(tokenId!)]);
    expect(JSON.stringify(rows)).not.toContain(tokenId);
  });

  test("a member's links stop working when they leave the organisation; others' keep working", async () => {
    const owner = await createUser(prisma);
    const editor = await createUser(prisma);
    const org = await createMemberOrganisation(prisma, owner);
    await prisma.membership.create({ data: { userId: editor.id, organisationId: org.id, role: "EDITOR" } });
    const moderator = await createUser(prisma, { role: "MODERATOR" });
    const { id } = await createNotice({ actor: owner, input: noticeInput(org.id, { title: "Läksyparkki" }) });
    await approveNotice({ actor: moderator, activityId: id, version: await reviewedVersion(prisma, id) });
    const issue = (userId: string) => prisma.$transaction((tx) => issueConfirmToken(tx, { activityId: id, validUntil: new Date(Date.now() + 10 * DAY), recipientUserId: userId }));
    const editorToken = await issue(editor.id);
    const ownerToken = await issue(owner.id);
    await removeMember({ actor: owner, organisationId: org.id, userId: editor.id });
    expect(await prisma.$transaction((tx) => inspectActionToken(tx, { token: editorToken, purpose: "confirm-activity" }))).toEqual({ ok: false, reason: "invalid" });
    expect(await confirmNoticeByToken({ token: editorToken })).toEqual({ ok: false, reason: "invalid" });
    expect((await confirmNoticeByToken({ token: ownerToken })).ok).toBe(true);
  });
});
