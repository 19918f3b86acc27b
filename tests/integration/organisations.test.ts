import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import { mailConfig } from "../../lib/env";
import { changeMemberRole, inviteMember, registerOrganisation, removeMember, updateOrganisation } from "../../lib/organisations/mutations";
import { grantConfiguredAdmin } from "../../lib/auth/users";
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
    const { id } = await registerOrganisation({ actor: user, input: details() });
    const org = await prisma.organisation.findUniqueOrThrow({ where: { id }, include: { memberships: true, municipalities: true, translations: true } });
    expect(org.memberships).toEqual([expect.objectContaining({ userId: user.id, role: "OWNER" })]);
    expect(org.municipalities.map((m) => m.municipalityCode).sort()).toEqual(["049", "091"]);
    expect(org.translations[0]).toMatchObject({ locale: "fi", description: "Tuemme kotoutumista." });
    expect(await prisma.auditEntry.count({ where: { entityId: id, action: "organisation.register" } })).toBe(1);
  });

  test("a Y-tunnus already registered is a field error, and nothing is half-written", async () => {
    const user = await createUser(prisma);
    await registerOrganisation({ actor: user, input: details() });
    await expect(registerOrganisation({ actor: user, input: details({ name: "Toinen" }) })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { businessId: ["businessIdTaken"] } });
    expect(await prisma.organisation.count()).toBe(1);
    expect(await prisma.membership.count()).toBe(1);
  });

  test("unknown municipalities are refused", async () => {
    const user = await createUser(prisma);
    await expect(registerOrganisation({ actor: user, input: details({ municipalities: ["999"] }) })).rejects.toMatchObject({ fieldErrors: { municipalities: ["unknownMunicipality"] } });
    expect(await prisma.organisation.count()).toBe(0);
  });

  test("owners invite by email (new or existing accounts), change roles and remove members; one user in several organisations", async () => {
    const owner = await createUser(prisma);
    const { id: first } = await registerOrganisation({ actor: owner, input: details() });
    const { id: second } = await registerOrganisation({ actor: owner, input: details({ businessId: undefined, kind: "INFORMAL", name: "Ryhmä" }) });
    await inviteMember({ actor: owner, organisationId: first, email: " New.Person@Example.fi ", role: "EDITOR", locale: "sv" });
    const invited = await prisma.user.findUniqueOrThrow({ where: { email: "new.person@example.fi" } });
    expect(invited.locale).toBe("sv");
    await inviteMember({ actor: owner, organisationId: second, email: "new.person@example.fi", role: "OWNER", locale: "fi" });
    expect(await prisma.membership.count({ where: { userId: invited.id } })).toBe(2);
    expect(mails().filter((m) => m.kind === "invitation" && m.to === "new.person@example.fi")).toHaveLength(2);
    expect(mails().some((m) => m.subject === "Du lades till i Kotoutumisen tuki ry")).toBe(true);

    await expect(inviteMember({ actor: owner, organisationId: first, email: "new.person@example.fi", role: "EDITOR", locale: "fi" })).rejects.toMatchObject({ fieldErrors: { email: ["alreadyMember"] } });

    await changeMemberRole({ actor: owner, organisationId: first, userId: invited.id, role: "OWNER" });
    await removeMember({ actor: owner, organisationId: first, userId: invited.id });
    expect(await prisma.membership.count({ where: { organisationId: first } })).toBe(1);
  });

  test("the last owner cannot be demoted or removed", async () => {
    const owner = await createUser(prisma);
    const { id } = await registerOrganisation({ actor: owner, input: details() });
    await expect(changeMemberRole({ actor: owner, organisationId: id, userId: owner.id, role: "EDITOR" })).rejects.toMatchObject({ messageKey: "lastOwner" });
    await expect(removeMember({ actor: owner, organisationId: id, userId: owner.id })).rejects.toMatchObject({ messageKey: "lastOwner" });
  });

  test("updating keeps one description per language and replaces the municipalities", async () => {
    const owner = await createUser(prisma);
    const { id } = await registerOrganisation({ actor: owner, input: details() });
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
    expect(a.id).toBe(newId);
    expect(b.id).toBe(newId);
    expect(await prisma.organisation.count()).toBe(1);
  });
});
