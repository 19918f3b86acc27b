import { beforeEach, describe, expect, test } from "vitest";
import { archiveNotice, confirmNotice, createNotice, deleteNotice, duplicateNotice, restoreNotice, saveTranslation, updateNotice } from "../../lib/activities/mutations";
import { getEditableNotice, getManagedOrganisation, listOrganisationNotices } from "../../lib/activities/manage-queries";
import { approveNotice, rejectNotice, setOrganisationTrusted, setPlatformRole } from "../../lib/moderation/mutations";
import { getReview, listAudit, listQueue } from "../../lib/moderation/queries";
import { changeMemberRole, inviteMember, removeMember, updateOrganisation } from "../../lib/organisations/mutations";
import { getTestPrisma, truncateAll } from "../support/db";
import { createMemberOrganisation, createUser, noticeInput, reviewedVersion } from "../support/accounts";

// An editor of organisation A against organisation B's records, through forged ids and form
// fields: every read is empty/undefined, every write is NOT_FOUND, and nothing changes.
const prisma = getTestPrisma();
beforeEach(() => truncateAll(prisma));

async function twoOrganisations() {
  const alice = await createUser(prisma); // editor of A
  const bob = await createUser(prisma); // owner of B
  const orgA = await createMemberOrganisation(prisma, alice, "EDITOR");
  const orgB = await createMemberOrganisation(prisma, bob, "OWNER");
  const noticeB = await createNotice({ actor: bob, input: noticeInput(orgB.id, { title: "B:n ilmoitus" }) });
  return { alice, bob, orgA, orgB, noticeB };
}

async function snapshot(activityId: string) {
  return prisma.activity.findUnique({ where: { id: activityId }, include: { translations: true } });
}

describe("an editor of organisation A and organisation B's records", () => {
  test("cannot read B's notices or members", async () => {
    const { alice, orgB, noticeB } = await twoOrganisations();
    expect(await getEditableNotice({ actor: alice, activityId: noticeB.id })).toBeUndefined();
    expect(await getManagedOrganisation({ actor: alice, organisationId: orgB.id })).toBeUndefined();
    expect(await listOrganisationNotices({ actor: alice, organisationId: orgB.id, locale: "fi" })).toEqual([]);
  });

  test("cannot edit, submit, translate, duplicate, archive, delete or confirm B's notice", async () => {
    const { alice, orgA, orgB, noticeB } = await twoOrganisations();
    const before = await snapshot(noticeB.id);
    const texts = { activityId: noticeB.id, locale: "en" as const, title: "x", summary: "x", description: "x", howToJoin: "x", integrationSupport: "x" };
    const attempts = [
      // The form's organisationId says A (Alice's own), the hidden activityId is B's.
      () => updateNotice({ actor: alice, activityId: noticeB.id, input: noticeInput(orgA.id, { intent: "save" }) }),
      () => updateNotice({ actor: alice, activityId: noticeB.id, input: noticeInput(orgB.id) }),
      () => saveTranslation({ actor: alice, input: texts }),
      () => duplicateNotice({ actor: alice, activityId: noticeB.id }),
      () => archiveNotice({ actor: alice, activityId: noticeB.id }),
      () => deleteNotice({ actor: alice, activityId: noticeB.id }),
      () => confirmNotice({ actor: alice, activityId: noticeB.id }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(noticeB.id)).toEqual(before);
    expect(await prisma.activity.count({ where: { organisationId: orgA.id } })).toBe(0);
  });

  test("cannot create a notice in B by forging the organisation field", async () => {
    const { alice, orgB } = await twoOrganisations();
    await expect(createNotice({ actor: alice, input: noticeInput(orgB.id) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.activity.count({ where: { organisationId: orgB.id } })).toBe(1);
  });

  test("cannot change B's details or members", async () => {
    const { alice, bob, orgB } = await twoOrganisations();
    const details = { name: "Kaapattu", kind: "ASSOCIATION" as const, email: "x@example.fi", municipalities: ["091"], descriptionLocale: "fi" as const };
    await expect(updateOrganisation({ actor: alice, organisationId: orgB.id, input: details })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(inviteMember({ actor: alice, organisationId: orgB.id, email: "mallory@example.fi", role: "OWNER", locale: "fi" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeMemberRole({ actor: alice, organisationId: orgB.id, userId: bob.id, role: "EDITOR" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeMember({ actor: alice, organisationId: orgB.id, userId: bob.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: orgB.id } })).name).toBe("Testiyhdistys ry");
    expect(await prisma.membership.count({ where: { organisationId: orgB.id } })).toBe(1);
    expect(await prisma.user.count({ where: { email: "mallory@example.fi" } })).toBe(0);
  });

  test("an editor of A cannot manage A's members either (owners only)", async () => {
    const { alice, orgA } = await twoOrganisations();
    await expect(inviteMember({ actor: alice, organisationId: orgA.id, email: "friend@example.fi", role: "EDITOR", locale: "fi" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("moderation is for moderators only", () => {
  test("organisers cannot approve, reject, trust, restore, change roles or read the queue and audit log", async () => {
    const { bob, orgB, noticeB } = await twoOrganisations();
    await expect(approveNotice({ actor: bob, activityId: noticeB.id, version: await reviewedVersion(prisma, noticeB.id) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(rejectNotice({ actor: bob, activityId: noticeB.id, version: await reviewedVersion(prisma, noticeB.id), feedback: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setOrganisationTrusted({ actor: bob, organisationId: orgB.id, trusted: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(restoreNotice({ actor: bob, activityId: noticeB.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setPlatformRole({ actor: bob, userId: bob.id, role: "ADMIN" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listQueue({ actor: bob, locale: "fi" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getReview({ actor: bob, activityId: noticeB.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listAudit({ actor: bob, page: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const row = await prisma.activity.findUniqueOrThrow({ where: { id: noticeB.id } });
    expect(row.status).toBe("SUBMITTED");
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: orgB.id } })).trusted).toBe(false);
  });

  test("moderators read the queue oldest first, and only admins give platform roles", async () => {
    const { bob, orgB, noticeB } = await twoOrganisations();
    const later = await createNotice({ actor: bob, input: noticeInput(orgB.id, { title: "Myöhempi" }) });
    const moderator = await createUser(prisma, { role: "MODERATOR" });
    const admin = await createUser(prisma, { role: "ADMIN" });
    expect((await listQueue({ actor: moderator, locale: "fi" })).map((item) => item.id)).toEqual([noticeB.id, later.id]);
    await expect(setPlatformRole({ actor: moderator, userId: bob.id, role: "MODERATOR" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setPlatformRole({ actor: admin, userId: bob.id, role: "MODERATOR" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: bob.id } })).role).toBe("MODERATOR");
    await expect(setPlatformRole({ actor: admin, userId: admin.id, role: "USER" })).rejects.toMatchObject({ messageKey: "cannotChangeOwnRole" });
  });
});
