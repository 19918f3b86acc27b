import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/db/client";
import type { Prisma } from "../../lib/db/generated/client";

// Minimal valid records for integration tests, with unique ids; override what the test is about.
const DAY = 86_400_000;

export function uniqueId(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function createOrganisation(prisma: PrismaClient, overrides: Partial<Prisma.OrganisationUncheckedCreateInput> = {}) {
  return prisma.organisation.create({
    // Reviewed (public) unless a test says otherwise, as every organisation before decision 008.
    data: { id: uniqueId("org"), name: "Testiyhdistys ry", kind: "ASSOCIATION", profileReviewedAt: new Date(), ...overrides },
  });
}

type TranslationInput = { locale: string; title: string; summary?: string };

export async function createActivity(
  prisma: PrismaClient,
  options: {
    organisationId: string;
    translations?: TranslationInput[];
    originalLanguage?: string;
  } & Partial<Omit<Prisma.ActivityUncheckedCreateInput, "translations">>,
) {
  const { translations = [{ locale: "fi", title: "Kielikahvila" }], organisationId, originalLanguage, ...rest } = options;
  const now = Date.now();
  return prisma.activity.create({
    data: {
      id: uniqueId("act"),
      organisationId,
      status: "PUBLISHED",
      originalLanguage: originalLanguage ?? translations[0]!.locale,
      mode: "ONSITE",
      municipalities: ["091"],
      languages: ["fi"],
      validUntil: new Date(now + 30 * DAY),
      publishedAt: new Date(now - DAY),
      lastConfirmedAt: new Date(now - DAY),
      ...rest,
      translations: {
        create: translations.map((t) => ({
          locale: t.locale,
          title: t.title,
          summary: t.summary ?? `${t.title}: summary`,
          description: "Description.",
          howToJoin: "Just come.",
          integrationSupport: "Practise Finnish.",
        })),
      },
    },
  });
}
