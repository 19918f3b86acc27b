import { pickTranslation } from "../activities/translation";
import { TIME_ZONE } from "../i18n/format";
import { languageName } from "../reference/languages";
import { municipalityName, regionName, type MunicipalityRef, type RegionRef } from "../reference/municipalities";
import { weekdaySlug } from "../reference/taxonomies";
import { hsdsId } from "./ids";
import type { Labels } from "./labels";
import { HSDS_TAXONOMIES, termId, toTerm, type HsdsTaxonomyName } from "./taxonomies";
import type {
  HsdsAttribute,
  HsdsLocation,
  HsdsOrganization,
  HsdsPage,
  HsdsSchedule,
  HsdsService,
  HsdsServiceAtLocation,
  HsdsServiceCore,
  ServiceText,
} from "./types";

// Our records as HSDS 3.1 objects: pure functions, no database (docs/decisions/016 writes
// the mapping down field by field).

export type OrganisationRow = {
  id: string;
  name: string;
  kind: string;
  businessId: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  updatedAt: Date;
  translations: { locale: string; description: string }[];
};

export type ServiceRow = {
  id: string;
  originalLanguage: string;
  themes: string[];
  targetGroups: string[];
  forms: string[];
  languages: string[];
  supportLanguages: string[];
  finnishLevel: string;
  mode: string;
  nationwide: boolean;
  municipalities: string[];
  isFree: boolean;
  registration: string;
  registrationUrl: string | null;
  registrationEmail: string | null;
  registrationPhone: string | null;
  onlineUrl: string | null;
  acceptsReferrals: boolean;
  contactBeforeReferral: boolean;
  childcare: boolean;
  accessibility: string[];
  genderSpace: string;
  ageMin: number | null;
  ageMax: number | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  startDate: Date | null;
  endDate: Date | null;
  lastConfirmedAt: Date;
  updatedAt: Date;
  capacityStatus: string | null;
  organisation: OrganisationRow;
  translations: {
    locale: string;
    title: string;
    summary: string;
    description: string;
    howToJoin: string;
    integrationSupport: string;
    scheduleNote: string | null;
    costNote: string | null;
    easySummary: string | null;
  }[];
  places: { id: string; name: string | null; streetAddress: string; postalCode: string; postOffice: string | null; municipalityCode: string; latitude: number | null; longitude: number | null }[];
  slots: { id: string; weekday: number; startMinute: number; endMinute: number; everyNWeeks: number }[];
  pauses: { startDate: Date; endDate: Date }[];
};

export type MappingContext = {
  labels: Labels;
  origin: string;
  reference: { municipalities: Map<string, MunicipalityRef>; regions: Map<string, RegionRef> };
  /** For the numeric UTC offset of schedules (HSDS wants a number; the zone name goes beside it). */
  now?: Date;
};

const BYDAY = { mon: "MO", tue: "TU", wed: "WE", thu: "TH", fri: "FR", sat: "SA", sun: "SU" } as const;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Europe/Helsinki's offset from UTC in hours at a moment (2 in winter, 3 in summer). */
export function helsinkiOffsetHours(at: Date): number {
  const name = new Intl.DateTimeFormat("en", { timeZone: TIME_ZONE, timeZoneName: "longOffset" }).formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT+02:00";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const hours = Number(match[2]) + Number(match[3]) / 60;
  return match[1] === "-" ? -hours : hours;
}

function optional<T>(value: T | null | undefined): T | undefined {
  return value === null || value === undefined || value === "" ? undefined : value;
}

/** An absolute http(s) URL, or undefined (HSDS fields are `format: uri`). */
function absoluteUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

export function organizationUuid(id: string): string {
  return hsdsId("organization", id);
}

export function serviceUuid(id: string): string {
  return hsdsId("service", id);
}

/** The place's (or, for online notices, the notice's virtual) location key. */
function locationKeys(row: ServiceRow): { key: string; place?: ServiceRow["places"][number] }[] {
  const keys: { key: string; place?: ServiceRow["places"][number] }[] = row.places.map((place) => ({ key: place.id, place }));
  if (row.mode !== "ONSITE") keys.push({ key: `online:${row.id}` });
  return keys;
}

export function toOrganization(row: OrganisationRow, ctx: MappingContext, full = false): HsdsOrganization {
  const { labels, origin } = ctx;
  const text = pickTranslation(row.translations, labels.locale, "fi");
  const id = organizationUuid(row.id);
  return {
    id,
    name: row.name,
    description: text?.description ?? "",
    email: optional(row.email),
    website: absoluteUrl(row.website),
    uri: `${origin}/${labels.locale}/organisations/${row.id}`,
    legal_status: labels.get(`Enums.organisationKind.${row.kind}`),
    organisation_kind: row.kind,
    tax_id: optional(row.businessId),
    text_language: text?.locale ?? labels.locale,
    ...(full
      ? {
          phones: row.phone ? [{ id: hsdsId("phone", `org:${row.id}`), organization_id: id, number: row.phone }] : [],
          organization_identifiers: row.businessId
            ? [{ id: hsdsId("organization_identifier", row.id), organization_id: id, identifier_scheme: "FI-PRO", identifier_type: "Y-tunnus (Finnish Business ID)", identifier: row.businessId }]
            : [],
          translations: Object.fromEntries(row.translations.map((t) => [t.locale, { description: t.description }])),
        }
      : {}),
  };
}

function serviceText(t: ServiceRow["translations"][number], row: ServiceRow, labels: Labels): ServiceText {
  return {
    name: t.title,
    description: t.description,
    application_process: t.howToJoin,
    eligibility_description: eligibility(row, labels),
    fees_description: t.costNote ?? (row.isFree ? labels.get("FactValues.free") : labels.get("FactValues.fee")),
    summary: t.summary,
    integration_support: t.integrationSupport,
    schedule_note: optional(t.scheduleNote),
    cost_note: optional(t.costNote),
    easy_summary: optional(t.easySummary),
  };
}

function eligibility(row: ServiceRow, labels: Labels): string {
  const parts = row.targetGroups.map((slug) => labels.get(`Taxonomy.targetGroups.${slug}`));
  if (row.genderSpace !== "ALL") parts.push(labels.get(`Enums.genderSpace.${row.genderSpace}`));
  parts.push(`${labels.openData.finnishNeeded}: ${labels.get(`Enums.finnishLevel.${row.finnishLevel}`)}`);
  return parts.join("; ");
}

export function toServiceCore(row: ServiceRow, ctx: MappingContext, withOrganization = true): HsdsServiceCore {
  const { labels, origin } = ctx;
  const t = pickTranslation(row.translations, labels.locale, row.originalLanguage);
  const text = t ? serviceText(t, row, labels) : undefined;
  return {
    id: serviceUuid(row.id),
    organization_id: organizationUuid(row.organisation.id),
    name: text?.name ?? "",
    alternate_name: optional(text?.summary),
    description: text?.description ?? "",
    url: `${origin}/${labels.locale}/activities/${row.id}`,
    email: optional(row.registrationEmail ?? row.contactEmail),
    status: "active",
    interpretation_services: row.supportLanguages.length
      ? `${labels.openData.supportIn}: ${row.supportLanguages.map((code) => languageName(code, labels.locale)).join(", ")}`
      : undefined,
    application_process: text?.application_process ?? "",
    fees_description: text?.fees_description,
    eligibility_description: text?.eligibility_description,
    minimum_age: optional(row.ageMin),
    maximum_age: optional(row.ageMax),
    assured_date: isoDate(row.lastConfirmedAt),
    last_modified: row.updatedAt.toISOString(),
    alert: row.capacityStatus === "FULL" ? labels.get("Enums.capacity.FULL") : undefined,
    text_language: t?.locale ?? row.originalLanguage,
    original_language: row.originalLanguage,
    ...(withOrganization ? { organization: toOrganization(row.organisation, ctx) } : {}),
  };
}

function toLocation(row: ServiceRow, key: string, place: ServiceRow["places"][number] | undefined, ctx: MappingContext): HsdsLocation {
  const { labels, reference } = ctx;
  const id = hsdsId("location", key);
  const organization_id = organizationUuid(row.organisation.id);
  if (!place) {
    return { id, location_type: "virtual", organization_id, name: labels.openData.online, url: absoluteUrl(row.onlineUrl), addresses: [] };
  }
  const municipality = reference.municipalities.get(place.municipalityCode);
  const region = municipality ? reference.regions.get(municipality.regionCode) : undefined;
  const city = municipality ? municipalityName(municipality, labels.locale) : place.municipalityCode;
  return {
    id,
    location_type: "physical",
    organization_id,
    name: place.name ?? place.streetAddress,
    latitude: optional(place.latitude),
    longitude: optional(place.longitude),
    external_identifier: place.municipalityCode,
    external_identifier_type: "municipality_code",
    addresses: [
      {
        id: hsdsId("address", key),
        location_id: id,
        address_1: place.streetAddress,
        city: place.postOffice ?? city,
        state_province: region ? regionName(region, labels.locale) : "",
        postal_code: place.postalCode,
        country: "FI",
        address_type: "physical",
        municipality_code: place.municipalityCode,
      },
    ],
  };
}

export function toServiceAtLocations(row: ServiceRow, ctx: MappingContext, withService: boolean): HsdsServiceAtLocation[] {
  const service = withService ? toServiceCore(row, ctx) : undefined;
  return locationKeys(row).map(({ key, place }) => {
    const location = toLocation(row, key, place, ctx);
    return {
      id: hsdsId("service_at_location", key),
      service_id: serviceUuid(row.id),
      location_id: location.id,
      location,
      ...(service ? { service } : {}),
    };
  });
}

function schedules(row: ServiceRow, ctx: MappingContext): HsdsSchedule[] {
  const service_id = serviceUuid(row.id);
  const at = row.startDate ?? ctx.now ?? new Date();
  const note = pickTranslation(row.translations, ctx.labels.locale, row.originalLanguage)?.scheduleNote ?? undefined;
  return row.slots.map((slot) => {
    const day = weekdaySlug(slot.weekday);
    return {
      id: hsdsId("schedule", slot.id),
      service_id,
      freq: "WEEKLY",
      interval: slot.everyNWeeks,
      byday: day ? BYDAY[day] : "MO",
      wkst: "MO",
      opens_at: hhmm(slot.startMinute),
      closes_at: hhmm(slot.endMinute),
      dtstart: row.startDate ? isoDate(row.startDate) : undefined,
      until: row.endDate ? isoDate(row.endDate) : undefined,
      valid_from: row.startDate ? isoDate(row.startDate) : undefined,
      valid_to: row.endDate ? isoDate(row.endDate) : undefined,
      timezone: helsinkiOffsetHours(at),
      timezone_name: TIME_ZONE,
      attending_type: row.mode.toLowerCase(),
      description: optional(note),
    };
  });
}

function attributes(row: ServiceRow, ctx: MappingContext): HsdsAttribute[] {
  const link_id = serviceUuid(row.id);
  const values: Record<HsdsTaxonomyName, readonly string[]> = {
    themes: row.themes,
    targetGroups: row.targetGroups,
    forms: row.forms,
    accessibility: row.accessibility,
    mode: [row.mode],
    finnishLevel: [row.finnishLevel],
    genderSpace: [row.genderSpace],
    features: [
      ...(row.acceptsReferrals ? ["accepts-referrals"] : []),
      ...(row.contactBeforeReferral ? ["contact-before-referral"] : []),
      ...(row.childcare ? ["childcare"] : []),
      ...(row.isFree ? ["free"] : []),
    ],
  };
  return (Object.keys(values) as HsdsTaxonomyName[]).flatMap((taxonomy) =>
    values[taxonomy]
      .filter((value) => (HSDS_TAXONOMIES[taxonomy].values as readonly string[]).includes(value))
      .map((value) => {
        const term = toTerm(taxonomy, value, ctx.labels, ctx.origin, false);
        return {
          id: hsdsId("attribute", `${row.id}:${taxonomy}:${value}`),
          link_id,
          link_type: taxonomy,
          link_entity: "service" as const,
          taxonomy_term_id: termId(taxonomy, value),
          value,
          label: term.name,
          taxonomy_term: term,
        };
      }),
  );
}

export function toService(row: ServiceRow, ctx: MappingContext): HsdsService {
  const { labels, reference } = ctx;
  const id = serviceUuid(row.id);
  const core = toServiceCore(row, ctx);
  const phone = row.registrationPhone ?? undefined;
  return {
    ...core,
    organization: toOrganization(row.organisation, ctx, true),
    phones: phone ? [{ id: hsdsId("phone", `reg:${row.id}`), service_id: id, number: phone, description: labels.get("Enums.registration.REQUIRED") }] : [],
    contacts:
      row.contactName || row.contactEmail || row.contactPhone
        ? [
            {
              id: hsdsId("contact", row.id),
              service_id: id,
              name: optional(row.contactName),
              email: optional(row.contactEmail),
              phones: row.contactPhone ? [{ id: hsdsId("phone", `contact:${row.id}`), contact_id: hsdsId("contact", row.id), number: row.contactPhone }] : [],
            },
          ]
        : [],
    schedules: schedules(row, ctx),
    service_areas: [
      ...(row.nationwide ? [{ id: hsdsId("service_area", `${row.id}:FI`), service_id: id, name: labels.openData.wholeFinland, extent_type: "text", country_code: "FI" as const }] : []),
      ...row.municipalities.map((code) => {
        const m = reference.municipalities.get(code);
        return { id: hsdsId("service_area", `${row.id}:${code}`), service_id: id, name: m ? municipalityName(m, labels.locale) : code, extent_type: "text", municipality_code: code };
      }),
    ],
    service_at_locations: toServiceAtLocations(row, ctx, false),
    languages: [
      ...row.languages.map((code) => ({ id: hsdsId("language", `${row.id}:run:${code}`), service_id: id, name: languageName(code, labels.locale), code, note: "run_in" })),
      ...row.supportLanguages.map((code) => ({ id: hsdsId("language", `${row.id}:support:${code}`), service_id: id, name: languageName(code, labels.locale), code, note: "support" })),
    ],
    cost_options: [
      {
        id: hsdsId("cost_option", row.id),
        service_id: id,
        option: row.isFree ? labels.get("FactValues.free") : labels.get("FactValues.fee"),
        ...(row.isFree ? { amount: 0 } : {}),
        currency: "EUR",
        amount_description: core.fees_description,
      },
    ],
    attributes: attributes(row, ctx),
    registration: row.registration === "REQUIRED" ? "required" : "drop_in",
    registration_url: absoluteUrl(row.registrationUrl),
    registration_email: optional(row.registrationEmail),
    schedule_pauses: row.pauses.map((p) => ({ start_date: isoDate(p.startDate), end_date: isoDate(p.endDate) })),
    translations: Object.fromEntries(row.translations.map((t) => [t.locale, serviceText(t, row, labels)])),
  };
}

export function toPage<T>(contents: T[], total: number, page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
