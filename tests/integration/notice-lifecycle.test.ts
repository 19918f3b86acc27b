import { beforeEach, describe, expect, test } from "vitest";
import { archiveNotice, confirmNotice, createNotice, deleteNotice, duplicateNotice, restoreNotice, saveTranslation, updateNotice } from "../../lib/activities/mutations";
import { publicActivityWhere } from "../../lib/activities/visibility";
import { approveNotice, rejectNotice, setOrganisationTrusted } from "../../lib/moderation/mutations";
import { AppError } from "../../lib/errors/app-error";
import { getTestPrisma, truncateAll } from "../support/db";
import { createMemberOrganisation, createUser, noticeInput, reviewedVersion } from "../support/accounts";

const prisma = getTestPrisma();
beforeEach(() => truncateAll(prisma));

const DAY = 86_400_000;

async function searchVisible(activityId: string): Promise<boolean | undefined> {
  const rows = await prisma.$queryRaw<{ visible: boolean }[]>`SELECT visible FROM search_document WHERE activity_id = ${activityId}`;
  return rows[0]?.visible;
}

async function setup(options: { trusted?: boolean } = {}) {
  const organiser = await createUser(prisma);
  const moderator = await createUser(prisma, { role: "MODERATOR" });
  const org = await createMemberOrganisation(prisma, organiser, "OWNER", options);
  return { organiser, moderator, org };
}

describe("notice lifecycle", () => {
  test("draft → submitted → rejected with feedback → resubmitted → published → archived, each step in search and the audit log", async () => {
    const { organiser, moderator, org } = await setup();
    const draft = await createNotice({ actor: organiser, input: noticeInput(org.id, { intent: "save" }) });
    expect(draft.status).toBe("DRAFT");
    expect(await searchVisible(draft.id)).toBe(false);

    expect(await updateNotice({ actor: organiser, activityId: draft.id, input: noticeInput(org.id) })).toBe("submitted");
    expect(await rejectNotice({ actor: moderator, activityId: draft.id, version: await reviewedVersion(prisma, draft.id), feedback: "Lisää aikataulu." })).toBe("rejected");
    let row = await prisma.activity.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ status: "REJECTED", moderationFeedback: "Lisää aikataulu." });

    await updateNotice({ actor: organiser, activityId: draft.id, input: noticeInput(org.id, { scheduleNote: "Kesätauko" }) });
    expect(await approveNotice({ actor: moderator, activityId: draft.id, version: await reviewedVersion(prisma, draft.id) })).toBe("published");
    row = await prisma.activity.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.moderationFeedback).toBeNull();
    expect(row.publishedAt).not.toBeNull();
    expect(await prisma.activity.count({ where: { id: draft.id, ...publicActivityWhere() } })).toBe(1);
    expect(await searchVisible(draft.id)).toBe(true);

    await archiveNotice({ actor: organiser, activityId: draft.id });
    await archiveNotice({ actor: organiser, activityId: draft.id }); // a double click changes nothing
    expect(await searchVisible(draft.id)).toBe(false);

    const actions = (await prisma.auditEntry.findMany({ where: { entityId: draft.id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["activity.create", "activity.submitted", "moderation.reject", "activity.submitted", "moderation.approve", "activity.archive"]);
  });

  test("an edit of a published notice waits for review while the published version stays public", async () => {
    const { organiser, moderator, org } = await setup();
    const { id } = await createNotice({ actor: organiser, input: noticeInput(org.id) });
    await approveNotice({ actor: moderator, activityId: id, version: await reviewedVersion(prisma, id) });

    expect(await updateNotice({ actor: organiser, activityId: id, input: noticeInput(org.id, { title: "Uusi otsikko" }) })).toBe("revision-submitted");
    const published = await prisma.activityTranslation.findUniqueOrThrow({ where: { activityId_locale: { activityId: id, locale: "fi" } } });
    expect(published.title).toBe("Kielikahvila");
    const row = await prisma.activity.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "PUBLISHED", revisionStatus: "SUBMITTED" });

    // Rejecting the edit keeps the published version; approving applies it.
    await rejectNotice({ actor: moderator, activityId: id, version: await reviewedVersion(prisma, id), feedback: "Otsikko on epäselvä." });
    expect((await prisma.activity.findUniqueOrThrow({ where: { id } })).revisionStatus).toBe("REJECTED");
    await updateNotice({ actor: organiser, activityId: id, input: noticeInput(org.id, { title: "Kielikahvila Kalliossa" }) });
    expect(await approveNotice({ actor: moderator, activityId: id, version: await reviewedVersion(prisma, id) })).toBe("revision-published");
    const after = await prisma.activityTranslation.findUniqueOrThrow({ where: { activityId_locale: { activityId: id, locale: "fi" } } });
    expect(after.title).toBe("Kielikahvila Kalliossa");
    expect((await prisma.activity.findUniqueOrThrow({ where: { id } })).revision).toBeNull();
  });

  test("a trusted organisation's edits publish directly", async () => {
    const { organiser, moderator, org } = await setup();
    const { id } = await createNotice({ actor: organiser, input: noticeInput(org.id) });
    await approveNotice({ actor: moderator, activityId: id, version: await reviewedVersion(prisma, id) });
    await setOrganisationTrusted({ actor: moderator, organisationId: org.id, trusted: true });
    expect(await updateNotice({ actor: organiser, activityId: id, input: noticeInput(org.id, { title: "Heti näkyvissä" }) })).toBe("published");
    const text = await prisma.activityTranslation.findUniqueOrThrow({ where: { activityId_locale: { activityId: id, locale: "fi" } } });
    expect(text.title).toBe("Heti näkyvissä");
  });

  test("a second approval of the same notice is refused (double click, two moderators)", async () => {
    const { organiser, moderator, org } = await setup();
    const { id } = await createNotice({ actor: organiser, input: noticeInput(org.id) });
    await approveNotice({ actor: moderator, activityId: id, version: await reviewedVersion(prisma, id) });
    await expect(approveNotice({ actor: moderator, activityId: id, version: await reviewedVersion(prisma, id) })).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "notInQueue" });
  });

  test("duplicate makes a draft copy with the texts, places and schedule", async () => {
    const { organiser, moderator, org } = await setup();
    const { id } = await createNotice({ actor: organiser, input: noticeInput(org.id) });
    await approveNotice({ actor: moderator, activityId: id, version: await reviewedVersion(prisma, id) });
    const copy = await duplicateNotice({ actor: organiser, activityId: id });
    const row = await prisma.activity.findUniqueOrThrow({ where: { id: copy.id }, include: { translations: true, places: true, slots: true } });
    expect(row.status).toBe("DRAFT");
    expect(row.publishedAt).toBeNull();
    expect(row.translations.map((t) => t.title)).toEqual(["Kielikahvila"]);
    expect(row.places).toHaveLength(1);
    expect(row.slots).toHaveLength(1);
  });

  test("delete is soft and a moderator restores it within 30 days, not after", async () => {
    const { organiser, moderator, org } = await setup();
    const { id } = await createNotice({ actor: organiser, input: noticeInput(org.id) });
    await deleteNotice({ actor: organiser, activityId: id });
    expect((await prisma.activity.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    // The organiser no longer sees it; only a moderator can bring it back.
    await expect(updateNotice({ actor: organiser, activityId: id, input: noticeInput(org.id) })).rejects.toBeInstanceOf(AppError);
    await expect(restoreNotice({ actor: organiser, activityId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await restoreNotice({ actor: moderator, activityId: id });
    expect((await prisma.activity.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();

    await deleteNotice({ actor: organiser, activityId: id, now: new Date(Date.now() - 31 * DAY) });
    await expect(restoreNotice({ actor: moderator, activityId: id })).rejects.toMatchObject({ messageKey: "restoreExpired" });
  });

  test("translations are stored per language; on a published notice they wait with the revision", async () => {
    const { organiser, moderator, org } = await setup();
    const { id } = await createNotice({ actor: organiser, input: noticeInput(org.id, { intent: "save" }) });
    const texts = { activityId: id, title: "Language café", summary: "Finnish over coffee.", description: "We talk.", howToJoin: "Just come.", integrationSupport: "Practise Finnish." };
    expect(await saveTranslation({ actor: organiser, input: { ...texts, locale: "en" } })).toBe("saved");
    expect((await prisma.activityTranslation.findMany({ where: { activityId: id } })).map((t) => t.locale).sort()).toEqual(["en", "fi"]);

    await updateNotice({ actor: organiser, activityId: id, input: noticeInput(org.id) });
    await approveNotice({ actor: moderator, activityId: id, version: await reviewedVersion(prisma, id) });
    expect(await saveTranslation({ actor: organiser, input: { ...texts, locale: "sv", title: "Språkcafé" } })).toBe("revision-saved");
    expect(await prisma.activityTranslation.count({ where: { activityId: id, locale: "sv" } })).toBe(0);
  });

  test("confirming extends validity to six months and sets last confirmed", async () => {
    const { organiser, moderator, org } = await setup();
    const { id } = await createNotice({ actor: organiser, input: noticeInput(org.id) });
    await approveNotice({ actor: moderator, activityId: id, version: await reviewedVersion(prisma, id) });
    const now = new Date();
    const until = await confirmNotice({ actor: organiser, activityId: id, now });
    expect(until.getTime()).toBeGreaterThan(now.getTime() + 180 * DAY);
    expect(until.getTime()).toBeLessThan(now.getTime() + 186 * DAY);
  });

  test("approval clamps a validity beyond 12 months", async () => {
    const { organiser, moderator, org } = await setup();
    const { id } = await createNotice({ actor: organiser, input: noticeInput(org.id) });
    await prisma.activity.update({ where: { id }, data: { validUntil: new Date(Date.now() + 500 * DAY) } });
    await approveNotice({ actor: moderator, activityId: id, version: await reviewedVersion(prisma, id) });
    const row = await prisma.activity.findUniqueOrThrow({ where: { id } });
    expect(row.validUntil.getTime()).toBeLessThan(Date.now() + 366 * DAY);
  });

  test("unknown municipality codes are a field error and nothing is written", async () => {
    const { organiser, org } = await setup();
    const input = noticeInput(org.id, { places: [{ streetAddress: "Katu 1", postalCode: "00100", municipalityCode: "999" }] });
    await expect(createNotice({ actor: organiser, input })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { "places[0].municipalityCode": ["unknownMunicipality"] } });
    expect(await prisma.activity.count()).toBe(0);
  });

  test("a double-clicked or autosave-raced first save creates one notice, never two; the id is the server's, and another user's key reaches nothing of the first", async () => {
    const { organiser, org } = await setup();
    const newId = "0b7e1f0e-1111-4222-8333-444455556666";
    const results = await Promise.allSettled([
      createNotice({ actor: organiser, input: noticeInput(org.id, { intent: "save", newId }) }),
      createNotice({ actor: organiser, input: noticeInput(org.id, { intent: "save", newId, title: "Toinen klikkaus" }) }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await prisma.activity.count()).toBe(1);
    const first = await prisma.activity.findFirstOrThrow({ include: { translations: true } });
    expect(first.id).not.toBe(newId);
    const other = await createUser(prisma);
    const otherOrg = await createMemberOrganisation(prisma, other);
    const theirs = await createNotice({ actor: other, input: noticeInput(otherOrg.id, { newId, title: "Kaapattu" }) });
    expect(theirs.id).not.toBe(first.id);
    expect((await prisma.activityTranslation.findFirstOrThrow({ where: { activityId: first.id } })).title).toBe(first.translations[0]!.title);
  });

  test("a draft saved before the referral question is answered stays unanswered, and submitting needs an answer", async () => {
    const { organiser, org } = await setup();
    const { id } = await createNotice({ actor: organiser, input: noticeInput(org.id, { intent: "save", acceptsReferrals: undefined }) });
    const row = await prisma.activity.findUniqueOrThrow({ where: { id } });
    expect(row.referralsAnswer).toBeNull();
    expect(row.acceptsReferrals).toBe(false);
    const { loadContent } = await import("../../lib/activities/content");
    expect((await prisma.$transaction((tx) => loadContent(tx, id))).facts.acceptsReferrals).toBeNull();
    await updateNotice({ actor: organiser, activityId: id, input: noticeInput(org.id, { intent: "save", acceptsReferrals: "no" }) });
    expect((await prisma.activity.findUniqueOrThrow({ where: { id } })).referralsAnswer).toBe(false);
  });

  test("confirming never shortens a later validity the organiser set; it extends a nearer one to six months", async () => {
    const { organiser, moderator, org } = await setup();
    const now = new Date("2026-12-01T10:00:00Z");
    const { id } = await createNotice({ actor: organiser, input: noticeInput(org.id, { validUntil: "2027-11-30" }), now });
    await approveNotice({ actor: moderator, activityId: id, version: await reviewedVersion(prisma, id), now });
    const until = await confirmNotice({ actor: organiser, activityId: id, now });
    expect(until.toISOString()).toBe("2027-11-30T21:59:59.999Z");
    await prisma.activity.update({ where: { id }, data: { validUntil: new Date("2026-12-20T21:59:59.999Z") } });
    // Six months from 1.12.2026 is 1.6.2027: the end of that summer day in Helsinki.
    expect((await confirmNotice({ actor: organiser, activityId: id, now })).toISOString()).toBe("2027-06-01T20:59:59.999Z");
  });

  test("approval publishes exactly the reviewed version: a notice changed since is refused and stays in the queue", async () => {
    const { organiser, moderator, org } = await setup();
    const { id } = await createNotice({ actor: organiser, input: noticeInput(org.id) });
    const reviewed = await reviewedVersion(prisma, id);
    await updateNotice({ actor: organiser, activityId: id, input: noticeInput(org.id, { title: "Vaihdettu teksti" }) });
    await expect(approveNotice({ actor: moderator, activityId: id, version: reviewed })).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "changedSinceReview" });
    expect((await prisma.activity.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
    expect(await approveNotice({ actor: moderator, activityId: id, version: await reviewedVersion(prisma, id) })).toBe("published");
    // The same for an edit of a published notice.
    await updateNotice({ actor: organiser, activityId: id, input: noticeInput(org.id, { title: "Muutos" }) });
    const edit = await reviewedVersion(prisma, id);
    await saveTranslation({ actor: organiser, input: { activityId: id, locale: "en", title: "Changed", summary: "S", description: "D", howToJoin: "H", integrationSupport: "I" } });
    await expect(approveNotice({ actor: moderator, activityId: id, version: edit })).rejects.toMatchObject({ messageKey: "changedSinceReview" });
    expect((await prisma.activity.findUniqueOrThrow({ where: { id } })).revisionStatus).toBe("SUBMITTED");
  });

  test("an edit saved without changes shows no difference to the moderator", async () => {
    const { organiser, moderator, org } = await setup();
    const { id } = await createNotice({ actor: organiser, input: noticeInput(org.id, { municipalities: ["853"], languages: ["fi", "ar", "so"] }) });
    await approveNotice({ actor: moderator, activityId: id, version: await reviewedVersion(prisma, id) });
    await updateNotice({ actor: organiser, activityId: id, input: noticeInput(org.id, { municipalities: ["853"], languages: ["so", "fi", "ar"] }) });
    const { getReview } = await import("../../lib/moderation/queries");
    const review = await getReview({ actor: moderator, activityId: id });
    expect(review?.changes).toEqual([]);
  });

  test("a second first attempt with the same title continues the abandoned draft instead of duplicating it", async () => {
    const { organiser, org } = await setup();
    const first = await createNotice({ actor: organiser, input: noticeInput(org.id, { intent: "save", newId: "1b7e1f0e-1111-4222-8333-444455556666" }) });
    const second = await createNotice({ actor: organiser, input: noticeInput(org.id, { intent: "save", newId: "2b7e1f0e-1111-4222-8333-444455556666", title: "kielikahvila ", summary: "Uusi yritys." }) });
    expect(second.id).toBe(first.id);
    expect(await prisma.activity.count()).toBe(1);
    expect((await prisma.activityTranslation.findFirstOrThrow({ where: { activityId: first.id } })).summary).toBe("Uusi yritys.");
  });
});
