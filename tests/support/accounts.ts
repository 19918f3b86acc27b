import type { PrismaClient } from "../../lib/db/client";
import type { Actor } from "../../lib/auth/permissions";
import { noticeSchema, type NoticeFormValue } from "../../lib/validation/notice";
import { createOrganisation, uniqueId } from "./factories";

// Users, memberships and notice form input for the accounts and moderation tests.
export async function createUser(prisma: PrismaClient, options: { role?: "USER" | "MODERATOR" | "ADMIN"; email?: string; locale?: string } = {}): Promise<Actor & { email: string }> {
  const user = await prisma.user.create({
    data: { email: options.email ?? `${uniqueId("user")}@example.fi`, role: options.role ?? "USER", locale: options.locale ?? "fi" },
    select: { id: true, role: true, email: true },
  });
  return user;
}

export async function createMemberOrganisation(prisma: PrismaClient, user: Actor, role: "OWNER" | "EDITOR" = "OWNER", overrides: { trusted?: boolean } = {}) {
  const org = await createOrganisation(prisma, { trusted: overrides.trusted ?? false });
  await prisma.membership.create({ data: { userId: user.id, organisationId: org.id, role } });
  return org;
}

/** A complete notice as the form would post it (strings, as FormData holds them), parsed. */
export function noticeInput(organisationId: string, overrides: Record<string, unknown> = {}): NoticeFormValue {
  const raw = {
    intent: "submit",
    organisationId,
    originalLanguage: "fi",
    title: "Kielikahvila",
    summary: "Suomea kahvin äärellä.",
    description: "Keskustelemme arjen asioista.",
    integrationSupport: "Harjoittelet suomea.",
    howToJoin: "Tule paikalle.",
    acceptsReferrals: "yes",
    languages: ["fi"],
    themes: ["language"],
    targetGroups: ["everyone"],
    forms: [],
    supportLanguages: [],
    accessibility: [],
    slots: [{ weekday: "tue", start: 17 * 60, end: 19 * 60 }],
    places: [{ streetAddress: "Helsinginkatu 1", postalCode: "00530", municipalityCode: "091" }],
    pauses: [],
    municipalities: [],
    mode: "ONSITE",
    contactName: "Anna",
    contactEmail: "anna@example.fi",
    ...overrides,
  };
  // The parsed shape: times are minutes already (timeOfDay transforms "17:00" → 1020).
  const parsed = noticeSchema().safeParse({
    ...raw,
    slots: (raw.slots as { weekday: string; start: number; end: number }[]).map((s) => ({
      weekday: s.weekday,
      start: `${String(Math.floor(s.start / 60)).padStart(2, "0")}:${String(s.start % 60).padStart(2, "0")}`,
      end: `${String(Math.floor(s.end / 60)).padStart(2, "0")}:${String(s.end % 60).padStart(2, "0")}`,
    })),
  });
  if (!parsed.success) throw new Error(`noticeInput does not parse: ${JSON.stringify(parsed.error.issues)}`);
  return parsed.data;
}

/** The content version a moderator's review page would carry in its decision form. */
export async function reviewedVersion(prisma: PrismaClient, activityId: string): Promise<number> {
  return (await prisma.activity.findUniqueOrThrow({ where: { id: activityId }, select: { contentVersion: true } })).contentVersion;
}
