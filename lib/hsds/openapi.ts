import official from "./schema/openapi.json";
import { LOCALES } from "../i18n/locales";
import { LIMITS } from "../rate-limit/limiter";
import { HSDS_DEFAULT_PER_PAGE, HSDS_MAX_PER_PAGE } from "../validation/hsds-query";

// Our OpenAPI description (GET /api/hsds/openapi.json): the specification's own document
// (lib/hsds/schema/openapi.json, Open Referral, CC BY-SA 4.0) with our server, licence and
// limits, the read-only methods we serve, and the profile's own parameters.

type Operation = { parameters?: unknown[]; [key: string]: unknown };
type PathItem = Record<string, Operation | unknown[]>;

const OWN_PARAMETERS = {
  lang: {
    name: "lang",
    in: "query",
    required: false,
    description: "Language of the text fields (the Accept-Language header is used when absent; Finnish by default). Each text says which language it is in (`text_language`); the full service carries every language in `translations`.",
    schema: { type: "string", enum: [...LOCALES] },
  },
  municipality: { name: "municipality", in: "query", required: false, description: "Finnish municipality code (3 digits); repeatable. Includes online activities open to the whole of Finland.", schema: { type: "string", pattern: "^\\d{3}$" } },
  region: { name: "region", in: "query", required: false, description: "Finnish region (maakunta) code (2 digits); repeatable.", schema: { type: "string", pattern: "^\\d{2}$" } },
  language: { name: "language", in: "query", required: false, description: "ISO 639 code of a language the activity is run in or offers support in; repeatable.", schema: { type: "string" } },
  // The specification's two parameters, described as this API answers them.
  format: {
    name: "format",
    in: "query",
    required: false,
    description: "`json` (default): a page in the paging envelope. `ndjson`: every result without paging, streamed as `application/x-ndjson`, one JSON object a line (page and per_page are ignored). Anything else answers 400.",
    schema: { type: "string", enum: ["json", "ndjson"] },
  },
  proximity: {
    name: "proximity",
    in: "query",
    required: false,
    description:
      "`lat,lng` or `lat,lng,radius_km` (WGS 84 decimal degrees; radius in kilometres, at most 2000): only places with coordinates, nearest first, each with `distance_km`; online presences are left out. As in the specification, a single number is metres around the centre of the given `postcode` (the mean of our places' coordinates there). Malformed values answer 400.",
    schema: { type: "string", pattern: "^-?\\d+(\\.\\d+)?(,-?\\d+(\\.\\d+)?(,\\d+(\\.\\d+)?)?)?$" },
    examples: { point: { value: "60.1699,24.9384,5" }, postcode: { value: "1500" } },
  },
} as const;

const PRODUCT_FILTERS = ["/services", "/service_at_locations"];

/** A list's 200 answer: the page envelope as JSON, or with format=ndjson one item a line. */
function withNdjson(response: unknown): unknown {
  const r = (response ?? {}) as { description?: string; content?: Record<string, { schema?: { properties?: { contents?: { items?: unknown } } } }> };
  const item = r.content?.["application/json"]?.schema?.properties?.contents?.items;
  return { ...r, content: { ...(r.content ?? {}), "application/x-ndjson": { schema: item ?? { type: "object" } } } };
}

export function openApiDocument(origin: string): unknown {
  const paths: Record<string, PathItem> = {};
  for (const [path, item] of Object.entries(official.paths as Record<string, PathItem>)) {
    const kept: PathItem = {};
    for (const [method, value] of Object.entries(item)) {
      if (method === "post") continue; // read-only API
      if (method !== "get" || Array.isArray(value)) {
        kept[method] = value;
        continue;
      }
      const op = value as Operation;
      const own = [{ $ref: "#/components/parameters/lang" }, ...(PRODUCT_FILTERS.includes(path) ? ["municipality", "region", "language"].map((n) => ({ $ref: `#/components/parameters/${n}` })) : [])];
      kept.get = {
        ...op,
        parameters: [...(op.parameters ?? []), ...own],
        responses: {
          ...((op.responses as Record<string, unknown>) ?? {}),
          ...(op.parameters ?? []).some((p) => (p as { $ref?: string }).$ref === "#/components/parameters/format")
            ? { "200": withNdjson((op.responses as Record<string, unknown> | undefined)?.["200"]) }
            : {},
          "304": { description: "Not modified (If-None-Match or If-Modified-Since)." },
          "400": { description: "A malformed parameter: `{ error: \"invalid_parameter\", parameter }`." },
          "429": { description: "Too many requests from one address; see the Retry-After header." },
        },
      };
    }
    paths[path] = kept;
  }
  const limit = LIMITS.publicApiPerIp;
  return {
    ...official,
    info: {
      title: "Tukiverkko open data: HSDS 3.1 API",
      version: "1.0.0",
      summary: "Activities that support the integration of immigrants in Finland, as Open Referral HSDS 3.1.",
      description: [
        `Read-only, no key. At most ${limit.points} requests per ${limit.duration} seconds per address (429 with Retry-After beyond that).`,
        `Lists are paged: page (from 1), per_page (default ${HSDS_DEFAULT_PER_PAGE}, at most ${HSDS_MAX_PER_PAGE}); format=ndjson gives every result, one object a line, without paging.`,
        "GET /service_at_locations takes proximity=lat,lng[,radius_km] and answers the places nearest first.",
        "Responses carry ETag and Last-Modified and answer If-None-Match and If-Modified-Since with 304. CORS is open for GET.",
        "Only public notices: published, reviewed by a moderator and not expired.",
        `Profile and licence: ${origin}/en/open-data#profile. Data licence: CC BY 4.0. This description adapts the HSDS OpenAPI document by Open Referral (CC BY-SA 4.0).`,
      ].join("\n\n"),
      contact: { name: "Tukiverkko", url: `${origin}/en/open-data` },
      license: { name: "CC BY 4.0 (data); CC BY-SA 4.0 (this description, adapted from Open Referral)", url: "https://creativecommons.org/licenses/by/4.0/" },
    },
    servers: [{ url: `${origin}/api/hsds` }],
    paths,
    components: {
      ...official.components,
      parameters: { ...official.components.parameters, ...OWN_PARAMETERS },
    },
  };
}
