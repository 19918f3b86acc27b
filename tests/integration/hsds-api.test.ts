import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as root } from "@/app/api/hsds/route";
import { GET as services } from "@/app/api/hsds/services/route";
import { GET as service } from "@/app/api/hsds/services/[id]/route";
import { GET as organizations } from "@/app/api/hsds/organizations/route";
import { GET as organization } from "@/app/api/hsds/organizations/[id]/route";
import { GET as sals } from "@/app/api/hsds/service_at_locations/route";
import { GET as sal } from "@/app/api/hsds/service_at_locations/[id]/route";
import { GET as taxonomies } from "@/app/api/hsds/taxonomies/route";
import { GET as taxonomy } from "@/app/api/hsds/taxonomies/[id]/route";
import { GET as terms } from "@/app/api/hsds/taxonomy_terms/route";
import { GET as term } from "@/app/api/hsds/taxonomy_terms/[id]/route";
import { GET as openapi, OPTIONS as preflight } from "@/app/api/hsds/openapi.json/route";
import { publicActivityWhere } from "@/lib/activities/visibility";
import { DEMO_IDS, seedDatabase } from "@/lib/db/seed";
import { hsdsId } from "@/lib/hsds/ids";
import { termId } from "@/lib/hsds/taxonomies";
import { consumeLimit, closeLimiters, LIMITS } from "@/lib/rate-limit/limiter";
import { getTestPrisma, truncateAll } from "../support/db";
import { hsdsErrors, PAGE_FIELDS, type HsdsSchemaName } from "../support/hsds";

// Every endpoint of /api/hsds over the whole demo seed, validated against the official HSDS
// 3.1 schemas (Ajv 2020-12 + ajv-formats); plus languages, filters, conditional requests,
// CORS and the rate limit.

const prisma = getTestPrisma();
let ip = 0;
type Json = Record<string, unknown> & { contents?: Record<string, unknown>[] };

function request(path: string, headers: Record<string, string> = {}) {
  ip += 1;
  return new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": `198.51.100.${ip % 250}`, "x-forwarded-host": "data.example.fi", ...headers } });
}
const params = (id: string) => ({ params: Promise.resolve({ id }) });

async function get(handler: (r: Request) => Promise<Response> | Response, path: string, headers?: Record<string, string>) {
  const response = await handler(request(path, headers));
  return { response, body: response.status === 200 ? ((await response.json()) as Json) : undefined };
}

async function getOne(handler: (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response>, path: string, id: string) {
  const response = await handler(request(`${path}/${id}`), params(id));
  return { response, body: response.status === 200 ? ((await response.json()) as Json) : undefined };
}

/** Every page of a list, each envelope checked and each item validated. */
async function allPages(handler: (r: Request) => Promise<Response>, path: string, itemSchema: HsdsSchemaName, query = "") {
  const items: Record<string, unknown>[] = [];
  for (let page = 1; page < 100; page++) {
    const { response, body } = await get(handler, `${path}?per_page=25&page=${page}${query}`);
    expect(response.status).toBe(200);
    for (const field of PAGE_FIELDS) expect(body, `${path} page ${page}`).toHaveProperty(field);
    expect(body!.page_number).toBe(page);
    expect(body!.size).toBe(body!.contents!.length);
    for (const item of body!.contents!) expect(hsdsErrors(itemSchema, item), `${path} ${String(item.id)}`).toEqual([]);
    items.push(...body!.contents!);
    if (body!.last_page) {
      expect(items).toHaveLength(body!.total_items as number);
      break;
    }
  }
  return items;
}

let publicIds: string[];

beforeAll(async () => {
  await truncateAll(prisma);
  await seedDatabase(prisma, { now: new Date() });
  publicIds = (await prisma.activity.findMany({ where: publicActivityWhere(), select: { id: true } })).map((r) => r.id);
}, 240_000);

afterAll(() => closeLimiters());

describe("GET /api/hsds", () => {
  it("names the version, the profile and the OpenAPI description", async () => {
    const { response, body } = await get(root, "/api/hsds");
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ version: "3.1", openapi_url: "http://data.example.fi/api/hsds/openapi.json" });
    expect(String(body!.profile)).toBe("http://data.example.fi/fi/open-data#profile");
  });

  it("serves its OpenAPI document with our server, licence and parameters, read-only", async () => {
    const { body } = await get(openapi, "/api/hsds/openapi.json");
    expect(body).toMatchObject({ openapi: "3.1.0", servers: [{ url: "http://data.example.fi/api/hsds" }] });
    const paths = body!.paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(["/", "/services", "/services/{id}", "/organizations", "/service_at_locations", "/taxonomies", "/taxonomy_terms"]));
    expect(Object.values(paths).some((p) => "post" in p)).toBe(false);
    expect(JSON.stringify(body!.info)).toContain("CC BY 4.0");
  });
});

describe("the schema check itself", () => {
  it("rejects documents that break the official schemas", () => {
    expect(hsdsErrors("compiled/service.json", { id: "demo-act-001", name: "x" }).length).toBeGreaterThan(0); // no status, id not a UUID
    expect(hsdsErrors("compiled/service.json", { id: hsdsId("service", "x"), name: "x", status: "open" }).join()).toContain("allowedValues");
    expect(hsdsErrors("taxonomy_term.json", { id: hsdsId("taxonomy_term", "x"), name: "x" }).join()).toContain("description");
  });
});

describe("services", () => {
  it("lists exactly the public notices, each valid against service_list.json", async () => {
    const items = await allPages(services, "/api/hsds/services", "compiled/service_list.json");
    expect(items.map((i) => i.id).sort()).toEqual(publicIds.map((id) => hsdsId("service", id)).sort());
    expect(publicIds.length).toBeGreaterThan(20);
  });

  it("answers every public notice in full, valid against service.json", async () => {
    for (const id of publicIds) {
      const { response, body } = await getOne(service, "/api/hsds/services", hsdsId("service", id));
      expect(response.status).toBe(200);
      expect(hsdsErrors("compiled/service.json", body), id).toEqual([]);
      expect(body!.status).toBe("active");
    }
  }, 120_000);

  it("is valid with full=true and minimal=true too", async () => {
    await allPages(services, "/api/hsds/services", "compiled/service.json", "&full=true");
    const { body } = await get(services, "/api/hsds/services?minimal=true&per_page=5");
    for (const item of body!.contents!) expect(hsdsErrors("compiled/service_list.json", item)).toEqual([]);
  }, 120_000);

  it("hides drafts, archived and expired notices", async () => {
    for (const id of [DEMO_IDS.draftActivity, DEMO_IDS.archivedActivity, DEMO_IDS.expiredActivity]) {
      const { response } = await getOne(service, "/api/hsds/services", hsdsId("service", id));
      expect(response.status, id).toBe(404);
    }
    const { response } = await getOne(service, "/api/hsds/services", "not-a-uuid");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "not_found" });
  });

  it("writes the schedule as RFC 5545 fields with the IANA zone beside the numeric offset", async () => {
    const { body } = await getOne(service, "/api/hsds/services", hsdsId("service", DEMO_IDS.publishedActivity));
    const schedules = body!.schedules as Record<string, unknown>[];
    expect(schedules.length).toBeGreaterThan(0);
    for (const s of schedules) {
      expect(s).toMatchObject({ freq: "WEEKLY", wkst: "MO", timezone_name: "Europe/Helsinki" });
      expect([2, 3]).toContain(s.timezone);
      expect(String(s.byday)).toMatch(/^(MO|TU|WE|TH|FR|SA|SU)$/);
      expect(String(s.opens_at)).toMatch(/^\d\d:\d\d$/);
    }
  });
});

describe("languages of the text fields", () => {
  it("follows ?lang=, then Accept-Language, and says which language each text is in", async () => {
    const id = hsdsId("service", DEMO_IDS.publishedActivity);
    const sv = await service(request(`/api/hsds/services/${id}?lang=sv`), params(id));
    expect(sv.headers.get("content-language")).toBe("sv");
    const svBody = (await sv.json()) as Json;
    expect(svBody.text_language).toBe("sv");
    const translations = svBody.translations as Record<string, { name: string }>;
    expect(svBody.name).toBe(translations.sv!.name);
    expect(translations.fi!.name).not.toBe(translations.sv!.name);

    const en = await service(request(`/api/hsds/services/${id}`, { "accept-language": "de;q=0.9, en-GB;q=0.8" }), params(id));
    expect(en.headers.get("content-language")).toBe("en");
    expect(((await en.json()) as Json).text_language).toBe("en");

    // An Arabic original read in Finnish: the text stays Arabic and says so.
    const arId = hsdsId("service", DEMO_IDS.arabicActivity);
    const ar = (await (await service(request(`/api/hsds/services/${arId}?lang=fi`), params(arId))).json()) as Json;
    expect(ar.original_language).toBe("ar");
    expect(ar.text_language).toBe(Object.keys(ar.translations as object).includes("fi") ? "fi" : "ar");
  });
});

describe("organizations", () => {
  it("lists organisations with public notices, valid against organization_list.json and organization.json", async () => {
    const items = await allPages(organizations, "/api/hsds/organizations", "compiled/organization_list.json");
    const expected = await prisma.organisation.count({ where: { profileReviewedAt: { not: null }, activities: { some: publicActivityWhere() } } });
    expect(items).toHaveLength(expected);
    for (const item of items) {
      const { response, body } = await getOne(organization, "/api/hsds/organizations", String(item.id));
      expect(response.status).toBe(200);
      expect(hsdsErrors("compiled/organization.json", body), String(item.id)).toEqual([]);
    }
  }, 120_000);

  it("gives the Y-tunnus as an organization identifier", async () => {
    const org = await prisma.organisation.findUniqueOrThrow({ where: { id: DEMO_IDS.organisation } });
    const { body } = await getOne(organization, "/api/hsds/organizations", hsdsId("organization", org.id));
    expect(body!.organization_identifiers).toEqual(org.businessId ? [expect.objectContaining({ identifier: org.businessId, identifier_scheme: "FI-PRO" })] : []);
    expect((body!.services as unknown[]).length).toBeGreaterThanOrEqual(3);
  });
});

describe("service_at_locations", () => {
  it("lists every place and online presence, valid against the list and single schemas", async () => {
    const items = await allPages(sals, "/api/hsds/service_at_locations", "compiled/service_at_location_list.json");
    const places = await prisma.place.count({ where: { activity: publicActivityWhere() } });
    const online = await prisma.activity.count({ where: { ...publicActivityWhere(), mode: { not: "ONSITE" } } });
    expect(items).toHaveLength(places + online);
    for (const item of items.slice(0, 400)) {
      const { response, body } = await getOne(sal, "/api/hsds/service_at_locations", String(item.id));
      expect(response.status).toBe(200);
      expect(hsdsErrors("compiled/service_at_location.json", body), String(item.id)).toEqual([]);
    }
  }, 180_000);

  it("filters by postcode", async () => {
    const place = await prisma.place.findFirstOrThrow({ where: { activity: publicActivityWhere() }, orderBy: { id: "asc" } });
    const { body } = await get(sals, `/api/hsds/service_at_locations?postcode=${place.postalCode}&per_page=100`);
    expect(body!.total_items).toBeGreaterThan(0);
    for (const item of body!.contents!) {
      const location = item.location as { addresses: { postal_code: string }[] };
      expect(location.addresses[0]!.postal_code).toBe(place.postalCode);
    }
  });
});

describe("taxonomies and terms", () => {
  it("validate against taxonomy.json and taxonomy_term.json, one by one too", async () => {
    const all = await allPages(taxonomies, "/api/hsds/taxonomies", "taxonomy.json");
    expect(all.length).toBe(8);
    for (const t of all) expect((await getOne(taxonomy, "/api/hsds/taxonomies", String(t.id))).response.status).toBe(200);
    const allTerms = await allPages(terms, "/api/hsds/taxonomy_terms", "taxonomy_term.json");
    for (const t of allTerms.slice(0, 20)) {
      const { body } = await getOne(term, "/api/hsds/taxonomy_terms", String(t.id));
      expect(hsdsErrors("taxonomy_term.json", body)).toEqual([]);
    }
    const themes = await get(terms, `/api/hsds/taxonomy_terms?taxonomy_id=${hsdsId("taxonomy", "themes")}&per_page=100&lang=en`);
    expect(themes.body!.contents!.map((t) => t.code)).toContain("language");
    expect(themes.body!.contents!.find((t) => t.code === "language")!.name).toBe("Language");
  });
});

describe("filters", () => {
  it("taxonomy_term_id, organization_id, municipality, language and modified_after narrow the services", async () => {
    const byTheme = await get(services, `/api/hsds/services?full=true&per_page=100&taxonomy_term_id=${termId("themes", "language")}`);
    expect(byTheme.body!.total_items).toBeGreaterThan(0);
    for (const s of byTheme.body!.contents!) expect((s.attributes as { taxonomy_term_id: string }[]).map((a) => a.taxonomy_term_id)).toContain(termId("themes", "language"));

    const orgId = hsdsId("organization", DEMO_IDS.organisation);
    const byOrg = await get(services, `/api/hsds/services?organization_id=${orgId}&per_page=100`);
    const expected = await prisma.activity.count({ where: { ...publicActivityWhere(), organisationId: DEMO_IDS.organisation } });
    expect(byOrg.body!.total_items).toBe(expected);
    for (const s of byOrg.body!.contents!) expect(s.organization_id).toBe(orgId);

    const helsinki = await get(services, "/api/hsds/services?full=true&per_page=100&municipality=091");
    expect(helsinki.body!.total_items).toBeGreaterThan(0);
    for (const s of helsinki.body!.contents!) {
      const areas = s.service_areas as { municipality_code?: string }[];
      expect(areas.some((a) => a.municipality_code === "091" || a.municipality_code === undefined)).toBe(true);
    }

    const somali = await get(services, "/api/hsds/services?full=true&per_page=100&language=so");
    for (const s of somali.body!.contents!) expect((s.languages as { code: string }[]).map((l) => l.code)).toContain("so");

    const future = await get(services, "/api/hsds/services?modified_after=2100-01-01");
    expect(future.body!.total_items).toBe(0);
    expect(future.body!.empty).toBe(true);
  });

  it("answers 400 naming a malformed parameter", async () => {
    for (const [query, parameter] of [["per_page=0", "per_page"], ["per_page=1000", "per_page"], ["page=x", "page"], ["modified_after=yesterday", "modified_after"]]) {
      const response = await services(request(`/api/hsds/services?${query}`));
      expect(response.status, query).toBe(400);
      expect(await response.json()).toEqual({ error: "invalid_parameter", parameter });
    }
  });
});

describe("HTTP: conditional requests, CORS, rate limit", () => {
  it("answers If-None-Match and If-Modified-Since with 304", async () => {
    const first = await services(request("/api/hsds/services?per_page=5"));
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(etag).toMatch(/^".+"$/);
    expect(Date.parse(lastModified)).toBeGreaterThan(0);
    expect((await services(request("/api/hsds/services?per_page=5", { "if-none-match": etag }))).status).toBe(304);
    expect((await services(request("/api/hsds/services?per_page=5", { "if-modified-since": lastModified }))).status).toBe(304);
    // Another page or another language is another representation.
    expect((await services(request("/api/hsds/services?per_page=5&lang=sv", { "if-none-match": etag }))).status).toBe(200);
    // A change to a notice moves Last-Modified on.
    await prisma.activity.update({ where: { id: DEMO_IDS.publishedActivity }, data: { updatedAt: new Date(Date.now() + 5_000) } });
    expect((await services(request("/api/hsds/services?per_page=5", { "if-modified-since": lastModified }))).status).toBe(200);
  });

  it("is open to other origins for reading", async () => {
    const response = await services(request("/api/hsds/services?per_page=1", { origin: "https://example.org" }));
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const pre = preflight();
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
  });

  it("answers 429 with Retry-After once an address has used its allowance", async () => {
    const address = "203.0.113.77";
    for (let i = 0; i < LIMITS.publicApiPerIp.points; i++) await consumeLimit("publicApiPerIp", address);
    const response = await root(new Request("http://localhost/api/hsds", { headers: { "x-forwarded-for": address } }));
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  }, 60_000);
});
