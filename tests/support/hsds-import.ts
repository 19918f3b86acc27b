import { publicActivityWhere } from "@/lib/activities/visibility";
import type { Actor } from "@/lib/auth/permissions";
import { approveNotice } from "@/lib/moderation/mutations";
import { getTestPrisma } from "./db";

// Shared by the import tests (HSDS JSON, our CSV, the tabular form): a moderator, the public
// data as the public sees it (without our ids), and approving what an import created.

const prisma = getTestPrisma();

export async function moderator(): Promise<Actor> {
  const user = await prisma.user.create({ data: { email: `mod-${Math.random().toString(36).slice(2)}@example.fi`, role: "MODERATOR" } });
  return { id: user.id, role: "MODERATOR" };
}

/** Every public notice as the public sees it, without our ids, in a stable order. */
export async function publicData() {
  const rows = await prisma.activity.findMany({
    where: publicActivityWhere(),
    select: {
      originalLanguage: true, themes: true, targetGroups: true, forms: true, languages: true, supportLanguages: true, finnishLevel: true, mode: true,
      nationwide: true, municipalities: true, isFree: true, registration: true, registrationUrl: true, registrationEmail: true, registrationPhone: true,
      onlineUrl: true, acceptsReferrals: true, contactBeforeReferral: true, childcare: true, accessibility: true, genderSpace: true, ageMin: true, ageMax: true,
      contactName: true, contactEmail: true, contactPhone: true, startDate: true, endDate: true,
      organisation: { select: { name: true, kind: true, businessId: true, website: true, email: true, phone: true, translations: { select: { locale: true, description: true }, orderBy: { locale: "asc" } } } },
      translations: { select: { locale: true, title: true, summary: true, description: true, howToJoin: true, integrationSupport: true, scheduleNote: true, costNote: true, easySummary: true }, orderBy: { locale: "asc" } },
      places: { select: { name: true, streetAddress: true, postalCode: true, postOffice: true, municipalityCode: true, latitude: true, longitude: true }, orderBy: [{ streetAddress: "asc" }, { postalCode: "asc" }] },
      slots: { select: { weekday: true, startMinute: true, endMinute: true, everyNWeeks: true }, orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
      pauses: { select: { startDate: true, endDate: true }, orderBy: { startDate: "asc" } },
    },
  });
  const key = (r: (typeof rows)[number]) => `${r.organisation.name}|${r.translations.find((t) => t.locale === r.originalLanguage)?.title}`;
  return rows.sort((a, b) => key(a).localeCompare(key(b)));
}

export async function approveAll(actor: Actor, ids: string[]) {
  for (const id of ids) {
    const { contentVersion } = await prisma.activity.findUniqueOrThrow({ where: { id }, select: { contentVersion: true } });
    await approveNotice({ actor, activityId: id, version: contentVersion });
  }
}

