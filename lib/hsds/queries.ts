import "server-only";
import { prisma } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { publicActivityWhere } from "../activities/visibility";
import { getReferenceData } from "../reference/municipalities";
import { searchAllIds } from "../search/open-data";
import { hsdsId, isUuid } from "./ids";
import { organizationUuid, serviceUuid, type OrganisationRow, type ServiceRow } from "./mapping";
import { HSDS_TAXONOMIES, taxonomyById, termById, type HsdsTaxonomyName } from "./taxonomies";
import type { HsdsProximity } from "../validation/hsds-query";
import { distanceKm } from "./geo";

// Reads for the HSDS API and the exports: only public notices (lib/activities/visibility.ts)
// and the organisations that have at least one, with a reviewed profile (decision 008).

const organisationSelect = {
  id: true,
  name: true,
  kind: true,
  businessId: true,
  website: true,
  email: true,
  phone: true,
  updatedAt: true,
  translations: { select: { locale: true, description: true }, orderBy: { locale: "asc" } },
} satisfies Prisma.OrganisationSelect;

const serviceSelect = {
  id: true,
  originalLanguage: true,
  themes: true,
  targetGroups: true,
  forms: true,
  languages: true,
  supportLanguages: true,
  finnishLevel: true,
  mode: true,
  nationwide: true,
  municipalities: true,
  isFree: true,
  registration: true,
  registrationUrl: true,
  registrationEmail: true,
  registrationPhone: true,
  onlineUrl: true,
  acceptsReferrals: true,
  contactBeforeReferral: true,
  childcare: true,
  accessibility: true,
  genderSpace: true,
  ageMin: true,
  ageMax: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  startDate: true,
  endDate: true,
  lastConfirmedAt: true,
  updatedAt: true,
  capacityStatus: true,
  organisation: { select: organisationSelect },
  translations: {
    select: { locale: true, title: true, summary: true, description: true, howToJoin: true, integrationSupport: true, scheduleNote: true, costNote: true, easySummary: true },
    orderBy: { locale: "asc" },
  },
  places: {
    select: { id: true, name: true, streetAddress: true, postalCode: true, postOffice: true, municipalityCode: true, latitude: true, longitude: true },
    orderBy: { id: "asc" },
  },
  slots: { select: { id: true, weekday: true, startMinute: true, endMinute: true, everyNWeeks: true }, orderBy: [{ weekday: "asc" }, { startMinute: "asc" }, { id: "asc" }] },
  pauses: { select: { startDate: true, endDate: true }, orderBy: { startDate: "asc" } },
} satisfies Prisma.ActivitySelect;

export type ServiceFilters = {
  /** Free text, municipality, region and language go through the site's search (same results as the search page). */
  search?: string;
  municipality?: string[];
  region?: string[];
  language?: string[];
  taxonomyTermIds?: string[];
  taxonomyId?: string;
  organizationId?: string;
  modifiedAfter?: Date;
  postcode?: string;
  /** Service-at-locations only: places within (and sorted by) the distance from a point. */
  proximity?: HsdsProximity;
};

export type Paging = { page: number; perPage: number };

function publicOrganisationWhere(now: Date): Prisma.OrganisationWhereInput {
  return { profileReviewedAt: { not: null }, activities: { some: publicActivityWhere(now) } };
}

/** Ids of public notices keyed by their HSDS id (the HSDS ids are derived, not stored). */
async function resolvePublicActivity(uuid: string, now: Date): Promise<string | undefined> {
  if (!isUuid(uuid)) return undefined;
  const rows = await prisma.activity.findMany({ where: publicActivityWhere(now), select: { id: true } });
  return rows.find((row) => serviceUuid(row.id) === uuid.toLowerCase())?.id;
}

async function resolvePublicOrganisation(uuid: string, now: Date): Promise<string | undefined> {
  if (!isUuid(uuid)) return undefined;
  const rows = await prisma.organisation.findMany({ where: publicOrganisationWhere(now), select: { id: true } });
  return rows.find((row) => organizationUuid(row.id) === uuid.toLowerCase())?.id;
}

/** The where clause for the filters, or null when a filter names nothing that exists (no results). */
async function serviceWhere(filters: ServiceFilters, now: Date): Promise<{ where: Prisma.ActivityWhereInput; order?: string[] } | null> {
  const and: Prisma.ActivityWhereInput[] = [publicActivityWhere(now)];
  let order: string[] | undefined;
  if (filters.search || filters.municipality?.length || filters.region?.length || filters.language?.length) {
    const params = new URLSearchParams();
    if (filters.search) params.set("q", filters.search);
    for (const m of filters.municipality ?? []) params.append("municipality", m);
    for (const r of filters.region ?? []) params.append("region", r);
    for (const l of filters.language ?? []) params.append("lang", l);
    order = (await searchAllIds(params, "fi")).ids;
    and.push({ id: { in: order } });
  }
  for (const id of filters.taxonomyTermIds ?? []) {
    const term = termById(id);
    if (!term) return null;
    and.push(termWhere(term.taxonomy, term.value));
  }
  if (filters.taxonomyId && !taxonomyById(filters.taxonomyId)) return null;
  if (filters.organizationId) {
    const organisationId = await resolvePublicOrganisation(filters.organizationId, now);
    if (!organisationId) return null;
    and.push({ organisationId });
  }
  if (filters.modifiedAfter) and.push({ updatedAt: { gte: filters.modifiedAfter } });
  // With proximity=<metres> the postcode is the centre of the circle, not a filter.
  if (filters.postcode && filters.proximity?.kind !== "postcode") and.push({ places: { some: { postalCode: filters.postcode } } });
  return { where: { AND: and }, order };
}

function termWhere(taxonomy: HsdsTaxonomyName, value: string): Prisma.ActivityWhereInput {
  switch (taxonomy) {
    case "themes":
      return { themes: { has: value } };
    case "targetGroups":
      return { targetGroups: { has: value } };
    case "forms":
      return { forms: { has: value } };
    case "accessibility":
      return { accessibility: { has: value } };
    case "mode":
      return { mode: value as ServiceRow["mode"] & Prisma.ActivityWhereInput["mode"] };
    case "finnishLevel":
      return { finnishLevel: value as Prisma.ActivityWhereInput["finnishLevel"] };
    case "genderSpace":
      return { genderSpace: value as Prisma.ActivityWhereInput["genderSpace"] };
    case "features":
      return value === "accepts-referrals"
        ? { acceptsReferrals: true }
        : value === "contact-before-referral"
          ? { contactBeforeReferral: true }
          : value === "childcare"
            ? { childcare: true }
            : { isFree: true };
  }
}

function sortByOrder<T extends { id: string }>(rows: T[], order: string[] | undefined): T[] {
  if (!order) return rows;
  const position = new Map(order.map((id, i) => [id, i]));
  return [...rows].sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

/** A page of public notices matching the filters: newest first, or the search's order. */
export async function listServiceRows(filters: ServiceFilters, paging: Paging, now: Date = new Date()): Promise<{ total: number; rows: ServiceRow[] }> {
  const found = await serviceWhere(filters, now);
  if (!found) return { total: 0, rows: [] };
  if (found.order) {
    const matching = await prisma.activity.findMany({ where: found.where, select: { id: true } });
    const ids = sortByOrder(matching, found.order).map((row) => row.id);
    const pageIds = ids.slice((paging.page - 1) * paging.perPage, paging.page * paging.perPage);
    const rows = await prisma.activity.findMany({ where: { id: { in: pageIds } }, select: serviceSelect });
    return { total: ids.length, rows: sortByOrder(rows, pageIds) };
  }
  const [total, rows] = await Promise.all([
    prisma.activity.count({ where: found.where }),
    prisma.activity.findMany({
      where: found.where,
      select: serviceSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      skip: (paging.page - 1) * paging.perPage,
      take: paging.perPage,
    }),
  ]);
  return { total, rows };
}

/** Public notices by our ids, in that order (the exports: ids come from the site's search). */
export async function serviceRowsByIds(ids: string[], now: Date = new Date()): Promise<ServiceRow[]> {
  const rows: ServiceRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    rows.push(...(await prisma.activity.findMany({ where: { id: { in: chunk }, ...publicActivityWhere(now) }, select: serviceSelect })));
  }
  return sortByOrder(rows, ids);
}

export async function getServiceRow(uuid: string, now: Date = new Date()): Promise<ServiceRow | undefined> {
  const id = await resolvePublicActivity(uuid, now);
  if (!id) return undefined;
  return (await prisma.activity.findUnique({ where: { id }, select: serviceSelect })) ?? undefined;
}

/** The centre of a postcode: the mean of our public places' coordinates there. */
async function postcodeCentre(postcode: string, now: Date): Promise<{ lat: number; lng: number } | undefined> {
  const found = await prisma.place.aggregate({
    where: { postalCode: postcode, latitude: { not: null }, longitude: { not: null }, activity: publicActivityWhere(now) },
    _avg: { latitude: true, longitude: true },
  });
  return found._avg.latitude !== null && found._avg.longitude !== null ? { lat: found._avg.latitude, lng: found._avg.longitude } : undefined;
}

type SalKey = { activityId: string; key: string; distanceKm?: number };

/**
 * The service-at-location pairs of the matching notices (one per place, one for online), paged.
 * With proximity, only places with coordinates within the radius, nearest first.
 */
export async function listServiceAtLocationRows(filters: ServiceFilters, paging: Paging, now: Date = new Date()) {
  const empty = { total: 0, pairs: [] as { row: ServiceRow; key: string; distanceKm?: number }[] };
  const found = await serviceWhere(filters, now);
  if (!found) return empty;
  const light = sortByOrder(
    await prisma.activity.findMany({
      where: found.where,
      select: { id: true, mode: true, places: { select: { id: true, postalCode: true, latitude: true, longitude: true }, orderBy: { id: "asc" } } },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    }),
    found.order,
  );
  let keys: SalKey[];
  const proximity = filters.proximity;
  if (proximity) {
    const centre = proximity.kind === "point" ? proximity : filters.postcode ? await postcodeCentre(filters.postcode, now) : undefined;
    if (!centre) return empty;
    keys = light
      .flatMap((a) =>
        a.places.flatMap((p) => (p.latitude !== null && p.longitude !== null ? [{ activityId: a.id, key: p.id, distanceKm: distanceKm(centre, { lat: p.latitude, lng: p.longitude }) }] : [])),
      )
      .filter((k) => proximity.radiusKm === undefined || k.distanceKm <= proximity.radiusKm)
      .sort((a, b) => a.distanceKm - b.distanceKm || a.key.localeCompare(b.key));
  } else {
    keys = light.flatMap((a) => [
      ...a.places.filter((p) => !filters.postcode || p.postalCode === filters.postcode).map((p) => ({ activityId: a.id, key: p.id })),
      ...(a.mode !== "ONSITE" && !filters.postcode ? [{ activityId: a.id, key: `online:${a.id}` }] : []),
    ]);
  }
  const pageKeys = keys.slice((paging.page - 1) * paging.perPage, paging.page * paging.perPage);
  const rows = await prisma.activity.findMany({ where: { id: { in: [...new Set(pageKeys.map((k) => k.activityId))] } }, select: serviceSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return { total: keys.length, pairs: pageKeys.flatMap((k) => (byId.has(k.activityId) ? [{ row: byId.get(k.activityId)!, key: k.key, distanceKm: k.distanceKm }] : [])) };
}

/** One service-at-location by its HSDS id: the notice and the location key. */
export async function getServiceAtLocationRow(uuid: string, now: Date = new Date()): Promise<{ row: ServiceRow; key: string } | undefined> {
  if (!isUuid(uuid)) return undefined;
  const light = await prisma.activity.findMany({ where: publicActivityWhere(now), select: { id: true, mode: true, places: { select: { id: true } } } });
  for (const a of light) {
    const keys = [...a.places.map((p) => p.id), ...(a.mode !== "ONSITE" ? [`online:${a.id}`] : [])];
    const key = keys.find((k) => hsdsId("service_at_location", k) === uuid.toLowerCase());
    if (key) {
      const row = await prisma.activity.findUnique({ where: { id: a.id }, select: serviceSelect });
      return row ? { row, key } : undefined;
    }
  }
  return undefined;
}

export type OrganisationFilters = { search?: string; taxonomyTermIds?: string[]; taxonomyId?: string };

export async function listOrganisationRows(filters: OrganisationFilters, paging: Paging, now: Date = new Date()): Promise<{ total: number; rows: OrganisationRow[] }> {
  const activityAnd: Prisma.ActivityWhereInput[] = [publicActivityWhere(now)];
  for (const id of filters.taxonomyTermIds ?? []) {
    const term = termById(id);
    if (!term) return { total: 0, rows: [] };
    activityAnd.push(termWhere(term.taxonomy, term.value));
  }
  if (filters.taxonomyId && !taxonomyById(filters.taxonomyId)) return { total: 0, rows: [] };
  const where: Prisma.OrganisationWhereInput = {
    profileReviewedAt: { not: null },
    activities: { some: { AND: activityAnd } },
    ...(filters.search
      ? { OR: [{ name: { contains: filters.search, mode: "insensitive" } }, { businessId: filters.search.trim() }, { translations: { some: { description: { contains: filters.search, mode: "insensitive" } } } }] }
      : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.organisation.count({ where }),
    prisma.organisation.findMany({ where, select: organisationSelect, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (paging.page - 1) * paging.perPage, take: paging.perPage }),
  ]);
  return { total, rows };
}

export async function getOrganisationRow(uuid: string, now: Date = new Date()): Promise<OrganisationRow | undefined> {
  const id = await resolvePublicOrganisation(uuid, now);
  if (!id) return undefined;
  return (await prisma.organisation.findUnique({ where: { id }, select: organisationSelect })) ?? undefined;
}

/** Public notices of one organisation (GET /organizations/{id}?full_service=true). */
export async function organisationServiceRows(organisationId: string, now: Date = new Date()): Promise<ServiceRow[]> {
  return prisma.activity.findMany({ where: { ...publicActivityWhere(now), organisationId }, select: serviceSelect, orderBy: [{ publishedAt: "desc" }, { id: "asc" }] });
}

/**
 * When the public data last changed: the latest change to any notice or organisation, or the
 * latest moment a notice expired (expiry removes it without writing a row). For Last-Modified.
 */
export async function lastPublicChange(now: Date = new Date()): Promise<Date> {
  const [activities, organisations, expired] = await Promise.all([
    prisma.activity.aggregate({ _max: { updatedAt: true } }),
    prisma.organisation.aggregate({ _max: { updatedAt: true } }),
    prisma.activity.aggregate({ where: { validUntil: { lte: now } }, _max: { validUntil: true } }),
  ]);
  const times = [activities._max.updatedAt, organisations._max.updatedAt, expired._max.validUntil].filter((d): d is Date => d instanceof Date).map((d) => d.getTime());
  return new Date(times.length ? Math.max(...times) : 0);
}

export { getReferenceData, HSDS_TAXONOMIES };
