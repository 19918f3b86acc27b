import "server-only";
import { cache } from "react";
import { prisma } from "../db/client";

export type MunicipalityRef = { code: string; nameFi: string; nameSv: string; regionCode: string };
export type RegionRef = { code: string; nameFi: string; nameSv: string; nameEn: string };

// Reference data changes once a year at most: read it once per process.
let loaded: Promise<{ municipalities: Map<string, MunicipalityRef>; regions: Map<string, RegionRef> }> | undefined;

export const getReferenceData = cache(() => {
  loaded ??= (async () => {
    const [municipalities, regions] = await Promise.all([
      prisma.municipality.findMany({ select: { code: true, nameFi: true, nameSv: true, regionCode: true } }),
      prisma.region.findMany({ select: { code: true, nameFi: true, nameSv: true, nameEn: true } }),
    ]);
    return {
      municipalities: new Map(municipalities.map((m) => [m.code, m])),
      regions: new Map(regions.map((r) => [r.code, r])),
    };
  })().catch((error) => {
    loaded = undefined; // retry on the next request rather than caching a failure
    throw error;
  });
  return loaded;
});

/** Official names are Finnish and Swedish; Swedish-language readers get the Swedish one. */
export function municipalityName(m: Pick<MunicipalityRef, "nameFi" | "nameSv">, locale: string): string {
  return locale === "sv" ? m.nameSv : m.nameFi;
}

/**
 * Regions (maakunnat) likewise: Swedish for sv, the English names for en, and the Finnish name,
 * the one on signs, letters and local websites, in every other locale (decision 004).
 */
export function regionName(r: Pick<RegionRef, "nameFi" | "nameSv" | "nameEn">, locale: string): string {
  if (locale === "sv") return r.nameSv;
  if (locale === "en") return r.nameEn;
  return r.nameFi;
}
