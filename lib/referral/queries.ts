import "server-only";
import { prisma } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { availabilityOf, type Availability } from "../activities/visibility";
import { getReferenceData, municipalityName } from "../reference/municipalities";

// Everything a referral sheet shows, for up to MAX_LIST activities in one query, with every
// translation: the sheet picks the client's language and Finnish itself. No list contents are
// logged; ids only ever appear in the request line.
const referralSelect = {
  id: true,
  status: true,
  validUntil: true,
  deletedAt: true,
  publishedAt: true,
  originalLanguage: true,
  mode: true,
  nationwide: true,
  languages: true,
  supportLanguages: true,
  isFree: true,
  acceptsReferrals: true,
  contactBeforeReferral: true,
  childcare: true,
  registration: true,
  registrationUrl: true,
  registrationEmail: true,
  registrationPhone: true,
  onlineUrl: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  lastConfirmedAt: true,
  awaitingOrganiser: true,
  importSource: true,
  capacityStatus: true,
  capacitySetAt: true,
  startDate: true,
  endDate: true,
  organisation: { select: { id: true, name: true, website: true, email: true, phone: true } },
  translations: {
    select: { locale: true, title: true, summary: true, description: true, howToJoin: true, scheduleNote: true, costNote: true },
    orderBy: { locale: "asc" },
  },
  places: {
    select: { id: true, name: true, streetAddress: true, postalCode: true, postOffice: true, municipalityCode: true, latitude: true, longitude: true },
    orderBy: { id: "asc" },
  },
  slots: { select: { weekday: true, startMinute: true, endMinute: true, everyNWeeks: true }, orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
} satisfies Prisma.ActivitySelect;

type Row = Prisma.ActivityGetPayload<{ select: typeof referralSelect }>;
export type ReferralText = Row["translations"][number];

export type ReferralActivity = Omit<Row, "places"> & {
  availability: Availability;
  /** Municipality names stay as codes here; the sheet names them per column language. */
  places: (Row["places"][number] & { municipalityNameFi: string; municipalityNameSv: string })[];
};

export type ReferralList = {
  /** In the order of the list; expired and archived ones included, marked. */
  items: ReferralActivity[];
  /** Well-formed ids that name no public (or once public) notice. */
  unknown: string[];
};

export async function getReferralList(ids: readonly string[]): Promise<ReferralList> {
  if (ids.length === 0) return { items: [], unknown: [] };
  const rows = await prisma.activity.findMany({ where: { id: { in: [...ids] } }, select: referralSelect });
  const { municipalities } = await getReferenceData();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items: ReferralActivity[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    const availability = row ? availabilityOf(row) : undefined;
    if (!row || !availability || row.translations.length === 0) {
      unknown.push(id);
      continue;
    }
    const { places, ...rest } = row;
    items.push({
      ...rest,
      availability,
      places: places.map((place) => {
        const m = municipalities.get(place.municipalityCode);
        return {
          ...place,
          municipalityNameFi: m ? municipalityName(m, "fi") : place.municipalityCode,
          municipalityNameSv: m ? municipalityName(m, "sv") : place.municipalityCode,
        };
      }),
    });
  }
  return { items, unknown };
}
