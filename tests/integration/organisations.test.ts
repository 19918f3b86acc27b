import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import { mailConfig } from "../../lib/env";
import { answerInvitation, changeMemberRole, decideClaim, decideProfile, inviteMember, registerOrganisation, removeMember, updateOrganisation, type RegisterOutcome } from "../../lib/organisations/mutations";
import { grantConfiguredAdmin } from "../../lib/auth/users";
import { searchActivities } from "../../lib/search";
import { syncSearchDocument } from "../../lib/search/sync";
import { searchDataVersion } from "../../lib/search/version";
import { createActivity } from "../support/factories";
import { getTestPrisma, truncateAll } from "../support/db";
import { createUser } from "../support/accounts";

const prisma = getTestPrisma();
const mailDir = (() => {
  const config = mailConfig();
  if (config.transport !== "file") throw new Error("tests use the file mail transport");
  return config.dir;
})();

beforeEach(async () => {
  await truncateAll(prisma);
  rmSync(mailDir, { recursive: true, force: true });
});

function idOf(outcome: RegisterOutcome): string {
  if (outcome.kind !== "registered") throw new Error(`expected a registration, got ${outcome.kind}`);
  return outcome.id;
}

function mails(): { to: string; subject: string; kind: string }[] {
  try {
    return readdirSync(mailDir).map((name) => JSON.parse(readFileSync(path.join(mailDir, name), "utf8")));
  } catch {
    return [];
  }
}

const details = (overrides: Record<string, unknown> = {}) => ({
  name: "Kotoutumisen tuki ry",
  kind: "ASSOCIATION" as const,
  businessId: "1234567-1",
  email: "info@example.fi",
  municipalities: ["091", "049"],
  description: "Tuemme kotoutumista.",
  descriptionLocale: "fi" as const,
  ...overrides,
});

describe("organisations and members", () => {
  test("the registering user becomes the owner; details, municipalities and description are stored", async () => {
    const user = await createUser(prisma);
    const id = idOf(await registerOrganisation({ actor: user, input: details() }));
    const org = await prisma.organisation.findUniqueOrThrow({ where: { id }, include: { memberships: true, municipalities: true, translations: true } });
    expect(org.memberships).toEqual([expect.objectContaining({ userId: user.id, role: "OWNER" })]);
    expect(org.municipalities.map((m) => m.municipalityCode).sort()).toEqual(["049", "091"]);
    expect(org.translations[0]).toMatchObject({ locale: "fi", description: "Tuemme kotoutumista." });
    expect(await prisma.auditEntry.count({ where: { entityId: id, action: "organisation.register" } })).toBe(1);
  });

  test("a Y-tunnus already registered starts a claim a moderator decides; nothing else is written", async () => {
    const first = await createUser(prisma);
    const claimant = await createUser(prisma);
    const moderator = await createUser(prisma, { role: "MODERATOR" });
    const id = idOf(await registerOrganisation({ actor: first, input: details() }));
    expect(await registerOrganisation({ actor: claimant, input: details({ name: "Oikea yhdistys" }) })).toEqual({ kind: "claimed", organisationName: "Kotoutumisen tuki ry" });
    // Asking twice makes one claim.
    await registerOrganisation({ actor: claimant, input: details({ name: "Oikea yhdistys" }) });
    expect(await prisma.organisation.count()).toBe(1);
    expect(await prisma.membership.count({ where: { userId: claimant.id } })).toBe(0);
    const claim = await prisma.organisationClaim.findFirstOrThrow({ where: { userId: claimant.id } });
    expect(await prisma.organisationClaim.count()).toBe(1);
    await expect(decideClaim({ actor: claimant, claimId: claim.id, approve: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await decideClaim({ actor: moderator, claimId: claim.id, approve: true });
    expect(await prisma.membership.findUnique({ where: { userId_organisationId: { userId: claimant.id, organisationId: id } } })).toMatchObject({ role: "OWNER" });
  });

  test("a registration's id is made by the server, never the one the form sent", async () => {
    const user = await createUser(prisma);
    const chosen = "demo-org-helsinki";
    const id = idOf(await registerOrganisation({ actor: user, input: details({ businessId: undefined, kind: "INFORMAL", newId: chosen }) }));
    expect(id).not.toBe(chosen);
    expect(id).toMatch(/^o[0-9a-f]{24}$/);
  });

  test("profile changes of an untrusted, reviewed organisation wait for a moderator; the public profile stays", async () => {
    const owner = await createUser(prisma);
    const moderator = await createUser(prisma, { role: "MODERATOR" });
    const id = idOf(await registerOrganisation({ actor: owner, input: details({ website: "https://yhdistys.fi" }) }));
    // Before any review nothing is public: changes apply at once.
    expect(await updateOrganisation({ actor: owner, organisationId: id, input: details({ website: "https://kotoutuminen.fi" }) })).toBe("saved");
    await prisma.organisation.update({ where: { id }, data: { profileReviewedAt: new Date() } });
    expect(await updateOrganisation({ actor: owner, organisationId: id, input: details({ website: "https://phishing.example" }) })).toBe("pending");
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id } })).website).toBe("https://kotoutuminen.fi");
    await decideProfile({ actor: moderator, organisationId: id, approve: false, feedback: "Tarkista osoite." });
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id } })).website).toBe("https://kotoutuminen.fi");
    await updateOrganisation({ actor: owner, organisationId: id, input: details({ website: "https://uusi.fi" }) });
    await decideProfile({ actor: moderator, organisationId: id, approve: true });
    const org = await prisma.organisation.findUniqueOrThrow({ where: { id } });
    expect(org.website).toBe("https://uusi.fi");
    expect(org.pendingProfile).toBeNull();
    // Trusted organisations change at once.
    await prisma.organisation.update({ where: { id }, data: { trusted: true } });
    expect(await updateOrganisation({ actor: owner, organisationId: id, input: details({ website: "https://luotettu.fi" }) })).toBe("saved");
  });

  test("a renamed organisation's notices are found by the new name, and the search data's version moves", async () => {
    const owner = await createUser(prisma);
    const id = idOf(await registerOrganisation({ actor: owner, input: details({ name: "Kotorannan kerho" }) }));
    const notice = await createActivity(prisma, { organisationId: id });
    await syncSearchDocument(prisma, notice.id);
    const found = async (q: string) => (await searchActivities({ q }, "fi")).items.map((item) => item.id);
    expect(await found("kotorannan")).toEqual([notice.id]);
    const version = await searchDataVersion(prisma);
    // Another change to the profile leaves the search alone.
    expect(await updateOrganisation({ actor: owner, organisationId: id, input: details({ name: "Kotorannan kerho", website: "https://kotoranta.fi" }) })).toBe("saved");
    expect(await searchDataVersion(prisma)).toBe(version);
    expect(await updateOrganisation({ actor: owner, organisationId: id, input: details({ name: "Sinilinnun seura" }) })).toBe("saved");
    expect(await searchDataVersion(prisma)).not.toBe(version);
    expect(await found("sinilinnun")).toEqual([notice.id]);
    expect(await found("kotorannan")).toEqual([]);
    const card = (await searchActivities({}, "fi")).items.find((item) => item.id === notice.id);
    expect(card?.organisation.name).toBe("Sinilinnun seura");
  });

  test("unknown municipalities are refused", async () => {
    const user = await createUser(prisma);
    await expect(registerOrganisation({ actor: user, input: details({ municipalities: ["999"] }) })).rejects.toMatchObject({ fieldErrors: { municipalities: ["unknownMunicipality"] } });
    expect(await prisma.organisation.count()).toBe(0);
  });

  test("an invitation makes no member until the invitee accepts it; only the invitee can", async () => {
    const owner = await createUser(prisma);
    const stranger = await createUser(prisma);
    const invitee = await createUser(prisma, { email: "invitee@example.fi", locale: "sv" });
    const id = idOf(await registerOrganisation({ actor: owner, input: details() }));
    await inviteMember({ actor: owner, organisationId: id, email: "Invitee@Example.fi", role: "EDITOR", locale: "fi" });
    expect(await prisma.membership.count({ where: { userId: invitee.id } })).toBe(0);
    const mail = mails().find((m) => m.kind === "invitation" && m.to === "invitee@example.fi");
    expect(mail?.subject).toBe("Inbjudan till Kotoutumisen tuki ry");
    await expect(inviteMember({ actor: owner, organisationId: id, email: "invitee@example.fi", role: "EDITOR", locale: "fi" })).rejects.toMatchObject({ fieldErrors: { email: ["alreadyInvited"] } });
    const invitation = await prisma.invitation.findFirstOrThrow({ where: { email: "invitee@example.fi" } });
    await expect(answerInvitation({ actor: stranger, invitationId: invitation.id, accept: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await answerInvitation({ actor: invitee, invitationId: invitation.id, accept: true });
    expect(await prisma.membership.findUnique({ where: { userId_organisationId: { userId: invitee.id, organisationId: id } } })).toMatchObject({ role: "EDITOR" });
    await expect(answerInvitation({ actor: invitee, invitationId: invitation.id, accept: true })).rejects.toMatchObject({ messageKey: "alreadyDecided" });
  });

  test("owners change roles and remove members; one user in several organisations", async () => {
    const owner = await createUser(prisma);
    const first = idOf(await registerOrganisation({ actor: owner, input: details() }));
    const second = idOf(await registerOrganisation({ actor: owner, input: details({ businessId: undefined, kind: "INFORMAL", name: "Ryhmä" }) }));
    const invited = await createUser(prisma, { email: "new.person@example.fi" });
    for (const organisationId of [first, second]) {
      await inviteMember({ actor: owner, organisationId, email: " New.Person@Example.fi ", role: "EDITOR", locale: "sv" });
      const invitation = await prisma.invitation.findFirstOrThrow({ where: { organisationId } });
      await answerInvitation({ actor: invited, invitationId: invitation.id, accept: true });
    }
    expect(await prisma.membership.count({ where: { userId: invited.id } })).toBe(2);
    await expect(inviteMember({ actor: owner, organisationId: first, email: "new.person@example.fi", role: "EDITOR", locale: "fi" })).rejects.toMatchObject({ fieldErrors: { email: ["alreadyMember"] } });

    await changeMemberRole({ actor: owner, organisationId: first, userId: invited.id, role: "OWNER" });
    await removeMember({ actor: owner, organisationId: first, userId: invited.id });
    expect(await prisma.membership.count({ where: { organisationId: first } })).toBe(1);
  });

  test("the last owner cannot be demoted or removed", async () => {
    const owner = await createUser(prisma);
    const id = idOf(await registerOrganisation({ actor: owner, input: details() }));
    await expect(changeMemberRole({ actor: owner, organisationId: id, userId: owner.id, role: "EDITOR" })).rejects.toMatchObject({ messageKey: "lastOwner" });
    await expect(removeMember({ actor: owner, organisationId: id, userId: owner.id })).rejects.toMatchObject({ messageKey: "lastOwner" });
  });

  test("updating keeps one description per language and replaces the municipalities", async () => {
    const owner = await createUser(prisma);
    const id = idOf(await registerOrganisation({ actor: owner, input: details() }));
    await updateOrganisation({ actor: owner, organisationId: id, input: details({ municipalities: ["092"], description: "Uusi kuvaus." }) });
    const org = await prisma.organisation.findUniqueOrThrow({ where: { id }, include: { municipalities: true, translations: true } });
    expect(org.municipalities.map((m) => m.municipalityCode)).toEqual(["092"]);
    expect(org.translations.map((t) => t.description)).toEqual(["Uusi kuvaus."]);
  });

  test("ADMIN_EMAILS make the first admins when they sign in", async () => {
    const user = await createUser(prisma, { email: "boss@example.fi" });
    const other = await createUser(prisma);
    expect(await grantConfiguredAdmin({ userId: user.id, email: "Boss@Example.fi", adminEmails: ["boss@example.fi"] })).toBe(true);
    expect(await grantConfiguredAdmin({ userId: other.id, email: other.email, adminEmails: ["boss@example.fi"] })).toBe(false);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ADMIN");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: other.id } })).role).toBe("USER");
  });

  test("a double-clicked registration registers one organisation", async () => {
    const user = await createUser(prisma);
    const newId = "9a7e1f0e-1111-4222-8333-444455556666";
    const input = details({ businessId: undefined, kind: "INFORMAL", newId });
    const [a, b] = await Promise.all([registerOrganisation({ actor: user, input }), registerOrganisation({ actor: user, input })]);
    expect(idOf(a)).toBe(idOf(b));
    expect(await prisma.organisation.count()).toBe(1);
  });
});
