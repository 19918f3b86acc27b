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
};

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
    },
  };
}
