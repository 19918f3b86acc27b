import "server-only";
import { cache } from "react";
import { prisma } from "../db/client";
import { getReferenceData, municipalityName } from "../reference/municipalities";
import { pickTranslation } from "../activities/translation";
import { RECORD_ID_PATTERN as ID_PATTERN } from "../validation/record-id";


export type OrganisationProfile = {
  id: string;
  name: string;
  kind: string;
  businessId: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  description: string | null;
  descriptionLocale: string | null;
  municipalityNames: string[];
};

export const getOrganisation = cache(async (id: string, locale: string): Promise<OrganisationProfile | undefined> => {
  if (!ID_PATTERN.test(id)) return undefined;
  const org = await prisma.organisation.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      businessId: true,
      website: true,
      email: true,
      phone: true,
      translations: { select: { locale: true, description: true } },
      municipalities: { select: { municipalityCode: true } },
    },
  });
  if (!org) return undefined;
  const { municipalities } = await getReferenceData();
  const description = pickTranslation(org.translations, locale, "fi");
  return {
    id: org.id,
    name: org.name,
    kind: org.kind,
    businessId: org.businessId,
    website: org.website,
    email: org.email,
    phone: org.phone,
    description: description?.description ?? null,
    descriptionLocale: description?.locale ?? null,
    municipalityNames: org.municipalities
      .map((m) => municipalities.get(m.municipalityCode))
      .filter((m) => m !== undefined)
      .map((m) => municipalityName(m, locale))
      .sort((a, b) => a.localeCompare(b, locale)),
  };
});
