import "server-only";
import { parseHsdsQuery, type HsdsQuery } from "../validation/hsds-query";
import { getReferenceData } from "../reference/municipalities";
import type { HsdsOutcome, HsdsRequestContext } from "./http";
import { hsdsId, isUuid } from "./ids";
import { toOrganization, toPage, toService, toServiceAtLocations, toServiceCore, type MappingContext } from "./mapping";
import {
  getOrganisationRow,
  getServiceAtLocationRow,
  getServiceRow,
  listOrganisationRows,
  listServiceAtLocationRows,
  listServiceRows,
  organisationServiceRows,
  type ServiceFilters,
} from "./queries";
import { HSDS_TAXONOMIES, HSDS_TAXONOMY_NAMES, taxonomyById, termById, toTaxonomy, toTerm } from "./taxonomies";

// One function per endpoint of /api/hsds: query parameters in, an HSDS document out. The route
// files call these through handleHsdsRequest (lib/hsds/http.ts).

export const HSDS_VERSION = "3.1";

async function mappingContext(ctx: HsdsRequestContext): Promise<MappingContext> {
  return { labels: ctx.labels, origin: ctx.origin, reference: await getReferenceData() };
}

function withQuery(ctx: HsdsRequestContext, run: (query: HsdsQuery) => Promise<HsdsOutcome>): Promise<HsdsOutcome> {
  const parsed = parseHsdsQuery(ctx.params);
  if (!parsed.ok) return Promise.resolve({ status: 400, error: "invalid_parameter", parameter: parsed.parameter });
  return run(parsed.query);
}

function serviceFilters(query: HsdsQuery): ServiceFilters {
  return {
    search: query.search,
    municipality: query.municipality,
    region: query.region,
    language: query.language,
    taxonomyTermIds: query.taxonomyTermIds,
    taxonomyId: query.taxonomyId,
    organizationId: query.organizationId,
    modifiedAfter: query.modifiedAfter,
    postcode: query.postcode,
  };
}

const notFound: HsdsOutcome = { status: 404, error: "not_found" };

export async function apiRoot(ctx: HsdsRequestContext): Promise<HsdsOutcome> {
  return {
    status: 200,
    body: {
      version: HSDS_VERSION,
      profile: `${ctx.origin}/${ctx.labels.locale}/open-data#profile`,
      openapi_url: `${ctx.origin}/api/hsds/openapi.json`,
    },
  };
}

export function listServices(ctx: HsdsRequestContext): Promise<HsdsOutcome> {
  return withQuery(ctx, async (query) => {
    const mapping = await mappingContext(ctx);
    const { total, rows } = await listServiceRows(serviceFilters(query), query);
    const contents = query.minimal
      ? rows.map((row) => ({ id: toServiceCore(row, mapping, false).id, name: toServiceCore(row, mapping, false).name, status: "active", last_modified: row.updatedAt.toISOString() }))
      : rows.map((row) => (query.full ? toService(row, mapping) : toServiceCore(row, mapping)));
    return { status: 200, body: toPage(contents, total, query.page, query.perPage) };
  });
}

export async function getService(ctx: HsdsRequestContext, id: string): Promise<HsdsOutcome> {
  const row = await getServiceRow(id);
  if (!row) return notFound;
  return { status: 200, body: toService(row, await mappingContext(ctx)) };
}

export function listOrganizations(ctx: HsdsRequestContext): Promise<HsdsOutcome> {
  return withQuery(ctx, async (query) => {
    const mapping = await mappingContext(ctx);
    const { total, rows } = await listOrganisationRows({ search: query.search, taxonomyTermIds: query.taxonomyTermIds, taxonomyId: query.taxonomyId }, query);
    const contents = await Promise.all(rows.map((row) => organizationBody(row, mapping, query.full || query.fullService, query.fullService)));
    return { status: 200, body: toPage(contents, total, query.page, query.perPage) };
  });
}

async function organizationBody(row: Parameters<typeof toOrganization>[0] & { id: string }, mapping: MappingContext, full: boolean, fullService: boolean) {
  const organization = toOrganization(row, mapping, full);
  if (!full) return organization;
  const services = await organisationServiceRows(row.id);
  return { ...organization, services: services.map((s) => (fullService ? toService(s, mapping) : toServiceCore(s, mapping, false))) };
}

export function getOrganization(ctx: HsdsRequestContext, id: string): Promise<HsdsOutcome> {
  return withQuery(ctx, async (query) => {
    const row = await getOrganisationRow(id);
    if (!row) return notFound;
    return { status: 200, body: await organizationBody(row, await mappingContext(ctx), true, query.fullService) };
  });
}

export function listServiceAtLocations(ctx: HsdsRequestContext): Promise<HsdsOutcome> {
  return withQuery(ctx, async (query) => {
    const mapping = await mappingContext(ctx);
    const { total, pairs } = await listServiceAtLocationRows(serviceFilters(query), query);
    const contents = pairs.flatMap(({ row, key }) => toServiceAtLocations(row, mapping, true).filter((sal) => sal.id === hsdsId("service_at_location", key)));
    return { status: 200, body: toPage(contents, total, query.page, query.perPage) };
  });
}

export async function getServiceAtLocation(ctx: HsdsRequestContext, id: string): Promise<HsdsOutcome> {
  const found = await getServiceAtLocationRow(id);
  if (!found) return notFound;
  const mapping = await mappingContext(ctx);
  const full = toService(found.row, mapping);
  const sal = toServiceAtLocations(found.row, mapping, false).find((s) => s.id === hsdsId("service_at_location", found.key));
  if (!sal) return notFound;
  const { service_at_locations: _others, ...service } = full;
  void _others;
  return {
    status: 200,
    body: { ...sal, schedules: full.schedules.map((s) => ({ ...s, service_at_location_id: sal.id })), service_areas: full.service_areas, contacts: [], phones: [], attributes: [], service },
  };
}

export function listTaxonomies(ctx: HsdsRequestContext): Promise<HsdsOutcome> {
  return withQuery(ctx, async (query) => {
    const all = HSDS_TAXONOMY_NAMES.map((name) => toTaxonomy(name, ctx.labels, ctx.origin)).filter((t) => matches(query.search, t.name, t.description));
    const contents = all.slice((query.page - 1) * query.perPage, query.page * query.perPage);
    return { status: 200, body: toPage(contents, all.length, query.page, query.perPage) };
  });
}

export async function getTaxonomy(ctx: HsdsRequestContext, id: string): Promise<HsdsOutcome> {
  const name = isUuid(id) ? taxonomyById(id) : undefined;
  return name ? { status: 200, body: toTaxonomy(name, ctx.labels, ctx.origin) } : notFound;
}

export function listTaxonomyTerms(ctx: HsdsRequestContext): Promise<HsdsOutcome> {
  return withQuery(ctx, async (query) => {
    // Our taxonomies are flat: every term is a top term, and none has a parent.
    if (query.parentId) return { status: 200, body: toPage([], 0, query.page, query.perPage) };
    const only = query.taxonomyId ? taxonomyById(query.taxonomyId) : undefined;
    if (query.taxonomyId && !only) return { status: 200, body: toPage([], 0, query.page, query.perPage) };
    const all = HSDS_TAXONOMY_NAMES.filter((name) => !only || name === only)
      .flatMap((name) => HSDS_TAXONOMIES[name].values.map((value) => toTerm(name, value, ctx.labels, ctx.origin)))
      .filter((term) => matches(query.search, term.name, term.code));
    const contents = all.slice((query.page - 1) * query.perPage, query.page * query.perPage);
    return { status: 200, body: toPage(contents, all.length, query.page, query.perPage) };
  });
}

export async function getTaxonomyTerm(ctx: HsdsRequestContext, id: string): Promise<HsdsOutcome> {
  const term = isUuid(id) ? termById(id) : undefined;
  return term ? { status: 200, body: toTerm(term.taxonomy, term.value, ctx.labels, ctx.origin) } : notFound;
}

function matches(search: string | undefined, ...texts: string[]): boolean {
  if (!search) return true;
  const needle = search.toLocaleLowerCase();
  return texts.some((text) => text.toLocaleLowerCase().includes(needle));
}
