import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, test } from "vitest";
import { createNotice, updateNotice } from "../../lib/activities/mutations";
import { runAlertDigests } from "../../lib/alerts/digest";
import { cleanUpAlerts, confirmAlert, listAlertsOfToken, markAddressBounced, removeAlertsWithToken, subscribeAlert, unsubscribeAlert } from "../../lib/alerts/mutations";
import { alertToken, manageToken } from "../../lib/alerts/tokens";
import { mailConfig } from "../../lib/env";
import { approveNotice } from "../../lib/moderation/mutations";
import { createNews, decideNews } from "../../lib/news/mutations";
import { closeLimiters, consumeLimit, LIMITS } from "../../lib/rate-limit/limiter";
import { getTestPrisma, truncateAll } from "../support/db";
import { createMemberOrganisation, createUser, noticeInput, reviewedVersion } from "../support/accounts";

// Issue 14 (docs/decisions/014): double opt-in, digest selection (new, changed, unchanged; each
// frequency; across the daylight-saving changes), unsubscribe and manage tokens, clean-ups, limits.
const prisma = getTestPrisma();
const config = mailConfig();
const mailDir = config.transport === "file" ? config.dir : "";
const H = 3_600_000;

beforeEach(async () => {
  await truncateAll(prisma);
  rmSync(mailDir, { recursive: true, force: true });
});
afterAll(() => closeLimiters());

type StoredMail = { to: string; subject: string; text: string; html: string; kind: string; headers?: Record<string, string> };
function mails(kind?: string): StoredMail[] {
  try {
    return readdirSync(mailDir)
      .map((name) => JSON.parse(readFileSync(path.join(mailDir, name), "utf8")) as StoredMail)
      .filter((mail) => !kind || mail.kind === kind);
  } catch {
    return [];
  }
}

function tokenIn(mail: StoredMail, route: string): string {
  const match = mail.text.match(new RegExp(`/${route}/(\\S+)`));
  if (!match) throw new Error(`no ${route} link in ${mail.text}`);
  return decodeURIComponent(match[1]!);
}

let serial = 0;
/** A published notice (approved by a moderator) in a municipality and language, published at `at`. */
async function notice(options: { title: string; municipality?: string; language?: string; at: Date; trusted?: boolean }) {
  const organiser = await createUser(prisma);
  const moderator = await createUser(prisma, { role: "MODERATOR" });
  const org = await createMemberOrganisation(prisma, organiser, "OWNER", { trusted: options.trusted ?? false });
  const input = noticeInput(org.id, {
    title: options.title,
    languages: [options.language ?? "so"],
    places: [{ streetAddress: `Katu ${++serial}`, postalCode: "01300", municipalityCode: options.municipality ?? "092" }],
  });
  const { id } = await createNotice({ actor: organiser, input });
  await approveNotice({ actor: moderator, activityId: id, version: await reviewedVersion(prisma, id) });
  await prisma.activity.update({ where: { id }, data: { publishedAt: options.at } });
  // The approval's audit entry is a publication, not a change: keep it at the publication time.
  await prisma.auditEntry.updateMany({ where: { entityId: id }, data: { createdAt: options.at } });
  return { id, organiser, input };
}

/** A trusted organisation's direct edit of a published notice at `at` (audit "activity.published"). */
async function edit(n: Awaited<ReturnType<typeof notice>>, at: Date) {
  await prisma.organisation.updateMany({ where: { memberships: { some: { userId: n.organiser.id } } }, data: { trusted: true } });
  const outcome = await updateNotice({ actor: n.organiser, activityId: n.id, input: { ...n.input, title: `${n.input.title} (muutettu)`, intent: "submit" } });
  expect(outcome).toBe("published");
  await prisma.auditEntry.updateMany({ where: { entityId: n.id, action: "activity.published" }, data: { createdAt: at } });
}

async function confirmedAlert(options: { email?: string; query: string; frequency: "DAILY" | "WEEKLY"; confirmedAt: Date; includeNews?: boolean; locale?: string }) {
  const email = options.email ?? `cw${++serial}@example.fi`;
  await subscribeAlert({ email, frequency: options.frequency, includeNews: options.includeNews ?? false, query: options.query, locale: options.locale ?? "fi" });
  const mail = mails("alert-confirm").find((m) => m.to === email)!;
  expect(await confirmAlert({ token: tokenIn(mail, "alerts/confirm"), now: options.confirmedAt })).toMatchObject({ ok: true });
  return { email, alert: await prisma.alert.findFirstOrThrow({ where: { email } }) };
}

describe("subscribing", () => {
  test("stores only the normalised search and the locale; nothing is sent before the link is confirmed", async () => {
    await subscribeAlert({ email: "cw@example.fi", frequency: "DAILY", includeNews: true, query: "lang=so&municipality=092&page=4&sort=confirmed&client=Ahmed", locale: "sv" });
    const alert = await prisma.alert.findFirstOrThrow({ where: { email: "cw@example.fi" } });
    expect(alert).toMatchObject({ query: "municipality=092&lang=so", locale: "sv", confirmedAt: null, includeNews: true });
    const [mail] = mails("alert-confirm");
    expect(mail!.subject).toBe("Bekräfta din avisering från Tukiverkko");
    // Unconfirmed: the job sends nothing.
    await notice({ title: "Somaliska mammor", at: new Date(Date.now() - H) });
    expect((await runAlertDigests(prisma, { now: new Date(Date.now() + 48 * H) })).sent).toBe(0);
    // A confirm link does not unsubscribe, and an altered one confirms nothing.
    const token = tokenIn(mail!, "alerts/confirm");
    expect(await unsubscribeAlert({ token })).toEqual({ ok: false });
    expect(await confirmAlert({ token: `${token.slice(0, -2)}xx` })).toEqual({ ok: false });
    expect(await confirmAlert({ token })).toMatchObject({ ok: true });
    expect((await prisma.alert.findUniqueOrThrow({ where: { id: alert.id } })).confirmedAt).not.toBeNull();
  });

  test("the same search again reuses the alert instead of adding one", async () => {
    await subscribeAlert({ email: "cw@example.fi", frequency: "DAILY", includeNews: false, query: "lang=so", locale: "fi" });
    await subscribeAlert({ email: "cw@example.fi", frequency: "WEEKLY", includeNews: false, query: "lang=so&page=2", locale: "fi" });
    expect(await prisma.alert.findMany({ where: { email: "cw@example.fi" }, select: { frequency: true } })).toEqual([{ frequency: "WEEKLY" }]);
  });
});

describe("digest selection", () => {
  test("new and changed notices that match, not unchanged ones or ones that do not match; one mail, then nothing until something is new", async () => {
    const confirmedAt = new Date("2027-01-10T12:00:00Z");
    const { email } = await confirmedAlert({ query: "municipality=092&lang=so", frequency: "DAILY", confirmedAt });
    const unchanged = await notice({ title: "Vanha somaliryhmä", at: new Date("2027-01-05T10:00:00Z") });
    const changed = await notice({ title: "Muuttuva somaliryhmä", at: new Date("2027-01-05T10:00:00Z") });
    const fresh = await notice({ title: "Uusi somaliryhmä", at: new Date("2027-01-11T09:00:00Z") });
    await notice({ title: "Väärä kunta", municipality: "091", at: new Date("2027-01-11T09:00:00Z") });
    await notice({ title: "Väärä kieli", language: "ar", at: new Date("2027-01-11T09:00:00Z") });
    await edit(changed, new Date("2027-01-11T08:00:00Z"));

    // 12 January 07:05 Helsinki (05:05 UTC): the window (confirmation, 12 Jan 07:00].
    const result = await runAlertDigests(prisma, { now: new Date("2027-01-12T05:05:00Z") });
    expect(result).toMatchObject({ due: 1, sent: 1, empty: 0 });
    const [digest] = mails("alert-digest");
    expect(digest!.to).toBe(email);
    expect(digest!.subject).toBe("2 uutta tai muuttunutta toimintaa hakuusi");
    expect(digest!.text).toContain("1 uusi toiminta ja 1 muuttunut");
    expect(digest!.text).toContain(`/fi/activities/${fresh.id}`);
    expect(digest!.text).toContain(`(muuttunut) Muuttuva somaliryhmä (muutettu)`);
    expect(digest!.text).not.toContain(unchanged.id);
    expect(digest!.text).not.toMatch(/Väärä/);
    expect(digest!.text).toContain("/fi/activities?municipality=092&lang=so");
    // RFC 8058 one-click unsubscribe.
    expect(digest!.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(digest!.headers?.["List-Unsubscribe"]).toMatch(/^<http.*\/api\/alerts\/unsubscribe\?token=.+>$/);

    // Same morning again (a second runner): not due, nothing sent.
    expect((await runAlertDigests(prisma, { now: new Date("2027-01-12T06:00:00Z") })).due).toBe(0);
    // Next morning, nothing new: no mail, but the window moves on.
    expect(await runAlertDigests(prisma, { now: new Date("2027-01-13T05:00:00Z") })).toMatchObject({ due: 1, sent: 0, empty: 1 });
    expect(mails("alert-digest")).toHaveLength(1);
    expect((await prisma.alert.findFirstOrThrow({ where: { email } })).lastDigestAt?.toISOString()).toBe("2027-01-13T05:00:00.000Z");
  });

  test("weekly alerts collect the week and go out on Monday only", async () => {
    // 4 January 2027 is a Monday.
    const { email } = await confirmedAlert({ query: "lang=so", frequency: "WEEKLY", confirmedAt: new Date("2027-01-04T06:00:00Z") });
    await notice({ title: "Tiistain ryhmä", at: new Date("2027-01-05T10:00:00Z") });
    await notice({ title: "Perjantain ryhmä", at: new Date("2027-01-08T10:00:00Z") });
    for (const day of ["05", "06", "07", "08", "09", "10"]) {
      expect((await runAlertDigests(prisma, { now: new Date(`2027-01-${day}T05:00:00Z`) })).due).toBe(0);
    }
    expect(await runAlertDigests(prisma, { now: new Date("2027-01-11T05:00:00Z") })).toMatchObject({ due: 1, sent: 1 });
    const digest = mails("alert-digest").find((m) => m.to === email)!;
    expect(digest.text).toContain("Tiistain ryhmä");
    expect(digest.text).toContain("Perjantain ryhmä");
  });

  test("across the spring change a notice published at 07:30 summer time waits for the next morning", async () => {
    const { email } = await confirmedAlert({ query: "lang=so", frequency: "DAILY", confirmedAt: new Date("2027-03-26T12:00:00Z") });
    await runAlertDigests(prisma, { now: new Date("2027-03-27T05:00:00Z") });
    // 28 March: the clocks went forward at 03:00; 07:00 is now 04:00 UTC.
    await notice({ title: "Ennen seitsemää", at: new Date("2027-03-28T03:30:00Z") }); // 06:30 summer time
    await notice({ title: "Puoli kahdeksan", at: new Date("2027-03-28T04:30:00Z") }); // 07:30 summer time
    expect(await runAlertDigests(prisma, { now: new Date("2027-03-28T04:01:00Z") })).toMatchObject({ due: 1, sent: 1 });
    const first = mails("alert-digest").find((m) => m.to === email)!;
    expect(first.text).toContain("Ennen seitsemää");
    expect(first.text).not.toContain("Puoli kahdeksan");
    rmSync(mailDir, { recursive: true, force: true });
    expect(await runAlertDigests(prisma, { now: new Date("2027-03-29T04:00:00Z") })).toMatchObject({ due: 1, sent: 1 });
    const second = mails("alert-digest")[0]!;
    expect(second.text).toContain("Puoli kahdeksan");
    expect(second.text).not.toContain("Ennen seitsemää");
  });

  test("across the autumn change the window is 25 hours and nothing falls between two digests", async () => {
    const { email } = await confirmedAlert({ query: "lang=so", frequency: "DAILY", confirmedAt: new Date("2027-10-29T12:00:00Z"), locale: "en" });
    await runAlertDigests(prisma, { now: new Date("2027-10-30T04:00:00Z") }); // 07:00 summer time
    // 31 October: clocks back at 04:00; 07:00 is now 05:00 UTC. 04:30 UTC is 06:30 winter time.
    await notice({ title: "Half past six", at: new Date("2027-10-31T04:30:00Z") });
    // At 04:30 UTC on the 31st it is 06:30 local: the day's digest is not due yet.
    expect((await runAlertDigests(prisma, { now: new Date("2027-10-31T04:45:00Z") })).due).toBe(0);
    expect(await runAlertDigests(prisma, { now: new Date("2027-10-31T05:00:00Z") })).toMatchObject({ due: 1, sent: 1 });
    const digest = mails("alert-digest").find((m) => m.to === email)!;
    expect(digest.subject).toBe("1 new or changed activity for your search");
    expect(digest.text).toContain("Half past six");
  });

  test("news for the search's regions comes along when asked for, nationwide news too, other regions' not", async () => {
    const moderator = await createUser(prisma, { role: "MODERATOR" });
    const news = (title: string, regions: string[]) =>
      createNews({ actor: moderator, input: { language: "fi", category: "FUNDING", title, lead: "Lyhyesti.", body: "Teksti.", regions }, now: new Date("2027-01-11T09:00:00Z") });
    await news("Uudenmaan haku", ["01"]);
    await news("Koko Suomen haku", []);
    await news("Lapin haku", ["19"]);
    // A member's submitted news is not public until approved.
    const member = await createUser(prisma);
    const org = await createMemberOrganisation(prisma, member);
    const submitted = await createNews({ actor: member, input: { organisationId: org.id, language: "fi", category: "NETWORK", title: "Odottava", lead: "L", body: "B", regions: [] }, now: new Date("2027-01-11T09:00:00Z") });
    expect(submitted.status).toBe("SUBMITTED");
    const { email } = await confirmedAlert({ query: "municipality=092", frequency: "DAILY", confirmedAt: new Date("2027-01-10T12:00:00Z"), includeNews: true });
    expect(await runAlertDigests(prisma, { now: new Date("2027-01-12T05:00:00Z") })).toMatchObject({ sent: 1 });
    const digest = mails("alert-digest").find((m) => m.to === email)!;
    expect(digest.subject).toBe("2 uutista Tukiverkosta");
    expect(digest.text).toContain("Uudenmaan haku");
    expect(digest.text).toContain("Koko Suomen haku");
    expect(digest.text).not.toContain("Lapin haku");
    expect(digest.text).not.toContain("Odottava");
    await decideNews({ actor: moderator, newsId: submitted.id, decision: "approve", now: new Date("2027-01-12T09:00:00Z") });
    await expect(decideNews({ actor: moderator, newsId: submitted.id, decision: "approve" })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });
});

describe("unsubscribe, manage, clean-ups", () => {
  test("one-click unsubscribe removes exactly that alert; its token cannot confirm; a forged one does nothing", async () => {
    const { alert } = await confirmedAlert({ query: "lang=so", frequency: "DAILY", confirmedAt: new Date() });
    const { alert: other } = await confirmedAlert({ query: "lang=ar", frequency: "DAILY", confirmedAt: new Date() });
    const token = alertToken("alert-unsubscribe", alert.id);
    expect(await confirmAlert({ token })).toEqual({ ok: false });
    expect(await unsubscribeAlert({ token: alertToken("alert-unsubscribe", "cabcdefghijklmnop123") })).toMatchObject({ ok: true });
    expect(await unsubscribeAlert({ token: `${alert.id}.AAAA` })).toEqual({ ok: false });
    expect(await prisma.alert.count()).toBe(2);
    expect(await unsubscribeAlert({ token })).toMatchObject({ ok: true });
    expect(await prisma.alert.findMany({ select: { id: true } })).toEqual([{ id: other.id }]);
    // Again: harmless.
    expect(await unsubscribeAlert({ token })).toMatchObject({ ok: true });
  });

  test("a manage link lists and removes only its own address's alerts, and expires after 24 hours", async () => {
    await confirmedAlert({ email: "mine@example.fi", query: "lang=so", frequency: "DAILY", confirmedAt: new Date() });
    await subscribeAlert({ email: "mine@example.fi", frequency: "WEEKLY", includeNews: false, query: "lang=ar", locale: "fi" });
    await confirmedAlert({ email: "other@example.fi", query: "lang=so", frequency: "DAILY", confirmedAt: new Date() });
    const issued = new Date();
    const token = manageToken("mine@example.fi", issued);
    expect((await listAlertsOfToken(token))!.alerts).toHaveLength(2);
    expect(await listAlertsOfToken(token, new Date(issued.getTime() + 25 * H))).toBeUndefined();
    expect(await listAlertsOfToken(token.replace(/^[^.]+/, Buffer.from("other@example.fi").toString("base64url")))).toBeUndefined();
    const other = await prisma.alert.findFirstOrThrow({ where: { email: "other@example.fi" } });
    // Another address's alert id with my token: nothing removed.
    expect(await removeAlertsWithToken({ token, alertId: other.id })).toBe(0);
    expect(await removeAlertsWithToken({ token })).toBe(2);
    expect(await prisma.alert.findMany({ select: { email: true } })).toEqual([{ email: "other@example.fi" }]);
  });

  test("unconfirmed alerts go after 7 days; a bounced address stops at once and is removed", async () => {
    const now = new Date();
    await subscribeAlert({ email: "old@example.fi", frequency: "DAILY", includeNews: false, query: "", locale: "fi" });
    await prisma.alert.updateMany({ where: { email: "old@example.fi" }, data: { createdAt: new Date(now.getTime() - 8 * 24 * H) } });
    await subscribeAlert({ email: "new@example.fi", frequency: "DAILY", includeNews: false, query: "", locale: "fi" });
    const { email } = await confirmedAlert({ query: "lang=so", frequency: "DAILY", confirmedAt: new Date("2027-01-10T12:00:00Z") });
    await notice({ title: "Uusi", at: new Date("2027-01-11T09:00:00Z") });
    expect(await cleanUpAlerts({ now })).toEqual({ unconfirmed: 1, bounced: 0 });
    expect((await prisma.alert.findMany({ select: { email: true }, orderBy: { email: "asc" } })).map((a) => a.email)).toEqual([email, "new@example.fi"]);
    expect(await markAddressBounced(email.toUpperCase())).toBe(1);
    // The job's own clean-up (its "now" is weeks later, so the fresh unconfirmed one goes too).
    const result = await runAlertDigests(prisma, { now: new Date("2027-01-12T05:00:00Z") });
    expect(result).toMatchObject({ sent: 0, removed: { bounced: 1, unconfirmed: 1 } });
    expect(await prisma.alert.count()).toBe(0);
    expect(mails("alert-digest")).toHaveLength(0);
  });

  test("subscribing is limited per address and per client address", async () => {
    for (let i = 0; i < LIMITS.alertSubscribePerEmail.points; i++) expect((await consumeLimit("alertSubscribePerEmail", "x@example.fi")).allowed).toBe(true);
    expect(await consumeLimit("alertSubscribePerEmail", "X@example.fi")).toMatchObject({ allowed: false });
    expect((await consumeLimit("alertSubscribePerEmail", "y@example.fi")).allowed).toBe(true);
    for (let i = 0; i < LIMITS.alertSubscribePerIp.points; i++) expect((await consumeLimit("alertSubscribePerIp", "192.0.2.1")).allowed).toBe(true);
    expect(await consumeLimit("alertSubscribePerIp", "192.0.2.1")).toMatchObject({ allowed: false });
  });
});
