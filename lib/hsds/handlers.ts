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

/** Largest page read at a time while an ndjson answer is written. */
const NDJSON_CHUNK = 100;

/**
 * A list answer: the specification's page envelope, or with `format=ndjson` every result (no
 * paging), one object a line, read a page at a time as the response is streamed.
 */
async function listOutcome(query: HsdsQuery, page: (paging: { page: number; perPage: number }) => Promise<{ total: number; contents: unknown[] }>): Promise<HsdsOutcome> {
  if (query.format === "ndjson") {
    async function* lines() {
      for (let n = 1; ; n++) {
        const { total, contents } = await page({ page: n, perPage: NDJSON_CHUNK });
        yield* contents;
        if (contents.length === 0 || n * NDJSON_CHUNK >= total) return;
      }
    }
    return { status: 200, lines: lines() };
  }
  const { total, contents } = await page(query);
  return { status: 200, body: toPage(contents, total, query.page, query.perPage) };
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
    return listOutcome(query, async (paging) => {
      const { total, rows } = await listServiceRows(serviceFilters(query), paging);
      const contents = query.minimal
        ? rows.map((row) => ({ id: toServiceCore(row, mapping, false).id, name: toServiceCore(row, mapping, false).name, status: "active", last_modified: row.updatedAt.toISOString() }))
        : rows.map((row) => (query.full ? toService(row, mapping) : toServiceCore(row, mapping)));
      return { total, contents };
    });
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
    return listOutcome(query, async (paging) => {
      const { total, rows } = await listOrganisationRows({ search: query.search, taxonomyTermIds: query.taxonomyTermIds, taxonomyId: query.taxonomyId }, paging);
      return { total, contents: await Promise.all(rows.map((row) => organizationBody(row, mapping, query.full || query.fullService, query.fullService))) };
    });
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
    return listOutcome(query, async (paging) => {
      const { total, pairs } = await listServiceAtLocationRows({ ...serviceFilters(query), proximity: query.proximity }, paging);
      // With proximity each place says how far it is (an extension field, in kilometres).
      const contents = pairs.flatMap(({ row, key, distanceKm }) =>
        toServiceAtLocations(row, mapping, true)
          .filter((sal) => sal.id === hsdsId("service_at_location", key))
          .map((sal) => (distanceKm === undefined ? sal : { ...sal, distance_km: Math.round(distanceKm * 1000) / 1000 })),
      );
      return { total, contents };
    });
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
    return listOutcome(query, async (paging) => ({ total: all.length, contents: all.slice((paging.page - 1) * paging.perPage, paging.page * paging.perPage) }));
  });
}

export async function getTaxonomy(ctx: HsdsRequestContext, id: string): Promise<HsdsOutcome> {
  const name = isUuid(id) ? taxonomyById(id) : undefined;
  return name ? { status: 200, body: toTaxonomy(name, ctx.labels, ctx.origin) } : notFound;
}

export function listTaxonomyTerms(ctx: HsdsRequestContext): Promise<HsdsOutcome> {
  return withQuery(ctx, async (query) => {
    // Our taxonomies are flat: every term is a top term, and none has a parent.
    const nothing = () => listOutcome(query, async () => ({ total: 0, contents: [] }));
    if (query.parentId) return nothing();
    const only = query.taxonomyId ? taxonomyById(query.taxonomyId) : undefined;
    if (query.taxonomyId && !only) return nothing();
    const all = HSDS_TAXONOMY_NAMES.filter((name) => !only || name === only)
      .flatMap((name) => HSDS_TAXONOMIES[name].values.map((value) => toTerm(name, value, ctx.labels, ctx.origin)))
      .filter((term) => matches(query.search, term.name, term.code));
    return listOutcome(query, async (paging) => ({ total: all.length, contents: all.slice((paging.page - 1) * paging.perPage, paging.page * paging.perPage) }));
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
