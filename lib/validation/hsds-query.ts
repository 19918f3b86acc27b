import { z } from "zod";

// Query parameters of the HSDS API (lib/hsds/handlers.ts). Paging and dates that cannot be
// read answer 400 with the parameter's name; unknown parameters are ignored.

export const HSDS_MAX_PER_PAGE = 100;
export const HSDS_DEFAULT_PER_PAGE = 50;

const positiveInt = (max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(max));

const list = (params: URLSearchParams, name: string) =>
  params
    .getAll(name)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean)
    .slice(0, 40);

const bool = (value: string | null) => value !== null && ["1", "true", "yes"].includes(value.toLowerCase());

export type HsdsQuery = {
  page: number;
  perPage: number;
  search?: string;
  taxonomyTermIds: string[];
  taxonomyId?: string;
  organizationId?: string;
  modifiedAfter?: Date;
  postcode?: string;
  municipality: string[];
  region: string[];
  language: string[];
  full: boolean;
  fullService: boolean;
  minimal: boolean;
  topOnly: boolean;
  parentId?: string;
  /** `ndjson`: every result, one JSON object a line, no paging envelope. */
  format: "json" | "ndjson";
  proximity?: HsdsProximity;
};

/**
 * `proximity=lat,lng[,radius_km]` (ours: a point and an optional radius in kilometres), or the
 * specification's `proximity=<metres>` with `postcode` (around the postcode's centre).
 */
export type HsdsProximity = { kind: "point"; lat: number; lng: number; radiusKm?: number } | { kind: "postcode"; radiusKm: number };

const NUMBER = /^[-+]?\d{1,7}(?:\.\d{1,12})?$/;

export function parseProximity(text: string, hasPostcode: boolean): HsdsProximity | undefined {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.some((p) => !NUMBER.test(p))) return undefined;
  const numbers = parts.map(Number);
  if (numbers.length === 1) {
    const metres = numbers[0]!;
    return hasPostcode && metres > 0 && metres <= 2_000_000 ? { kind: "postcode", radiusKm: metres / 1000 } : undefined;
  }
  if (numbers.length !== 2 && numbers.length !== 3) return undefined;
  const [lat, lng, radiusKm] = numbers as [number, number, number | undefined];
  if (lat < -90 || lat > 90 || lng < -180 || lng > 180) return undefined;
  if (radiusKm !== undefined && (radiusKm <= 0 || radiusKm > 2000)) return undefined;
  return { kind: "point", lat, lng, ...(radiusKm !== undefined ? { radiusKm } : {}) };
}

export type HsdsQueryResult = { ok: true; query: HsdsQuery } | { ok: false; parameter: string };

export function parseHsdsQuery(params: URLSearchParams): HsdsQueryResult {
  const pageText = params.get("page");
  const page = pageText === null ? 1 : positiveInt(100_000).safeParse(pageText);
  if (typeof page !== "number" && !page.success) return { ok: false, parameter: "page" };
  const perText = params.get("per_page");
  const perPage = perText === null ? HSDS_DEFAULT_PER_PAGE : positiveInt(HSDS_MAX_PER_PAGE).safeParse(perText);
  if (typeof perPage !== "number" && !perPage.success) return { ok: false, parameter: "per_page" };
  const modifiedText = params.get("modified_after");
  let modifiedAfter: Date | undefined;
  if (modifiedText !== null) {
    const parsed = z.union([z.iso.datetime({ offset: true }), z.iso.date()]).safeParse(modifiedText.trim());
    if (!parsed.success) return { ok: false, parameter: "modified_after" };
    modifiedAfter = new Date(parsed.data);
  }
  const postcode = params.get("postcode")?.trim();
  if (postcode !== undefined && !/^\d{5}$/.test(postcode)) return { ok: false, parameter: "postcode" };
  const formatText = params.get("format")?.trim().toLowerCase();
  if (formatText !== undefined && formatText !== "json" && formatText !== "ndjson") return { ok: false, parameter: "format" };
  const proximityText = params.get("proximity");
  const proximity = proximityText === null ? undefined : parseProximity(proximityText, postcode !== undefined);
  if (proximityText !== null && !proximity) return { ok: false, parameter: "proximity" };
  const search = params.get("search")?.replace(/\s+/g, " ").trim().slice(0, 200);
  return {
    ok: true,
    query: {
      page: typeof page === "number" ? page : page.data,
      perPage: typeof perPage === "number" ? perPage : perPage.data,
      search: search || undefined,
      taxonomyTermIds: list(params, "taxonomy_term_id"),
      taxonomyId: params.get("taxonomy_id")?.trim() || undefined,
      organizationId: params.get("organization_id")?.trim() || undefined,
      modifiedAfter,
      postcode,
      municipality: list(params, "municipality"),
      region: list(params, "region"),
      language: list(params, "language"),
      full: bool(params.get("full")),
      fullService: bool(params.get("full_service")),
      minimal: bool(params.get("minimal")),
      topOnly: bool(params.get("top_only")),
      parentId: params.get("parent_id")?.trim() || undefined,
      format: formatText === "ndjson" ? "ndjson" : "json",
      proximity,
    },
  };
}
