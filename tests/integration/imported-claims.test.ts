import { beforeEach, describe, expect, it } from "vitest";
import { assertMember } from "@/lib/auth/permissions";
import { readStoredMail } from "@/lib/mail/transport";
import { getClaimableOrganisation, listImportedClaims, requestImportedClaim } from "@/lib/organisations/imported-claims";
import { decideClaim, inviteMember } from "@/lib/organisations/mutations";
import { getTestPrisma, truncateAll } from "../support/db";
import { createUser } from "../support/accounts";
import { createOrganisation } from "../support/factories";

// Claiming an organisation that an import created without a Y-tunnus: who may ask, who decides,
// what approval gives (owner of that organisation and of no other), and the emails.

const prisma = getTestPrisma();

const imported = (name: string) => createOrganisation(prisma, { name, importedAt: new Date(), importSource: "Espoon palveluopas", businessId: null, profileReviewedAt: null });

async function mailTo(email: string) {
  return (await readStoredMail()).filter((m) => m.to === email);
}

beforeEach(() => truncateAll(prisma));

describe("claiming an imported organisation without a Y-tunnus", () => {
  it("only an imported organisation with no Y-tunnus and no members can be claimed this way", async () => {
    const user = await createUser(prisma);
    const claimable = await imported("Naapuriapu");
    const withBusinessId = await createOrganisation(prisma, { name: "Y-tunnuksellinen", importedAt: new Date(), businessId: "1234567-1" });
    const notImported = await createOrganisation(prisma, { name: "Itse rekisteröity" });
    const managed = await imported("Jo hallinnoitu");
    const owner = await createUser(prisma);
    await prisma.membership.create({ data: { userId: owner.id, organisationId: managed.id, role: "OWNER" } });

    expect(await getClaimableOrganisation(claimable.id)).toMatchObject({ id: claimable.id, importSource: "Espoon palveluopas" });
    for (const org of [withBusinessId, notImported, managed]) {
      expect(await getClaimableOrganisation(org.id)).toBeUndefined();
      await expect(requestImportedClaim({ actor: user, organisationId: org.id, name: "Maija", message: "Olen yhdistyksen puheenjohtaja." })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(requestImportedClaim({ actor: user, organisationId: "no-such-org", name: "Maija", message: "Olen yhdistyksen puheenjohtaja." })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await requestImportedClaim({ actor: user, organisationId: claimable.id, name: "Maija", message: "Olen yhdistyksen puheenjohtaja." })).toBe("requested");
    // Asking twice keeps one pending claim.
    expect(await requestImportedClaim({ actor: user, organisationId: claimable.id, name: "Maija", message: "Toinen viesti samasta asiasta." })).toBe("pending");
    expect(await prisma.organisationClaim.count({ where: { organisationId: claimable.id } })).toBe(1);
  });

  it("a moderator approves: the claimant owns that organisation and no other, and is emailed", async () => {
    const claimant = await createUser(prisma, { locale: "en" });
    const moderator = await createUser(prisma, { role: "MODERATOR" });
    const mine = await imported("Naapuriapu");
    const other = await imported("Toinen tuotu yhdistys");
    await requestImportedClaim({ actor: claimant, organisationId: mine.id, name: "Maija Meikäläinen", message: "I chair the association; see our website." });

    // Not for the claimant, nor for anyone but a moderator.
    await expect(listImportedClaims({ actor: claimant })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const queue = await listImportedClaims({ actor: moderator });
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ name: "Maija Meikäläinen", message: "I chair the association; see our website.", user: { email: claimant.email }, organisation: { id: mine.id } });
    await expect(decideClaim({ actor: claimant, claimId: queue[0]!.id, approve: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.membership.count({ where: { userId: claimant.id } })).toBe(0);

    await decideClaim({ actor: moderator, claimId: queue[0]!.id, approve: true });
    expect(await assertMember(prisma, claimant, mine.id, "OWNER")).toBe("OWNER");
    // Cross-organisation: the approval gives nothing over another organisation.
    await expect(assertMember(prisma, claimant, other.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(inviteMember({ actor: claimant, organisationId: other.id, email: "friend@example.fi", role: "EDITOR", locale: "fi" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await inviteMember({ actor: claimant, organisationId: mine.id, email: "friend@example.fi", role: "EDITOR", locale: "fi" });
    // Claimed: no longer claimable, and out of the queue.
    expect(await getClaimableOrganisation(mine.id)).toBeUndefined();
    expect(await listImportedClaims({ actor: moderator })).toHaveLength(0);
    await expect(decideClaim({ actor: moderator, claimId: queue[0]!.id, approve: false })).rejects.toMatchObject({ code: "INVALID_STATE" });

    const mail = await mailTo(claimant.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ kind: "claim-approved", subject: "You can now manage Naapuriapu" });
    expect(mail[0]!.text).toContain(`/en/manage/organisations/${mine.id}`);
  });

  it("a moderator refuses: no membership, and the claimant is told by email in their language", async () => {
    const claimant = await createUser(prisma, { locale: "fi" });
    const moderator = await createUser(prisma, { role: "MODERATOR" });
    const org = await imported("Naapuriapu");
    await requestImportedClaim({ actor: claimant, organisationId: org.id, name: "Matti", message: "Olen ollut mukana toiminnassa." });
    const [claim] = await listImportedClaims({ actor: moderator });
    await decideClaim({ actor: moderator, claimId: claim!.id, approve: false });
    expect(await prisma.membership.count({ where: { organisationId: org.id } })).toBe(0);
    expect(await getClaimableOrganisation(org.id)).toBeDefined();
    const mail = await mailTo(claimant.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ kind: "claim-rejected", subject: "Pyyntöäsi hallinnoida organisaatiota Naapuriapu ei hyväksytty" });
  });
});
