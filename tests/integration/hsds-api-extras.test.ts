import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as services } from "@/app/api/hsds/services/route";
import { GET as organizations } from "@/app/api/hsds/organizations/route";
import { GET as sals } from "@/app/api/hsds/service_at_locations/route";
import { GET as terms } from "@/app/api/hsds/taxonomy_terms/route";
import { GET as openapi } from "@/app/api/hsds/openapi.json/route";
import { publicActivityWhere } from "@/lib/activities/visibility";
import { seedDatabase } from "@/lib/db/seed";
import { distanceKm } from "@/lib/hsds/geo";
import { closeLimiters } from "@/lib/rate-limit/limiter";
import { getTestPrisma, truncateAll } from "../support/db";
import { hsdsErrors } from "../support/hsds";

// HSDS format=ndjson (every result, one object a line, no envelope) and proximity on
// /service_at_locations (nearest first, within a radius); malformed values answer 400 as JSON.

const prisma = getTestPrisma();
let ip = 0;

function request(path: string) {
  ip += 1;
  return new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": `203.0.113.${ip % 250}`, "x-forwarded-host": "data.example.fi" } });
}

async function ndjson(handler: (r: Request) => Promise<Response>, path: string) {
  const response = await handler(request(path));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
  const text = await response.text();
  expect(text.endsWith("\n")).toBe(true);
  return text.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
}

type Page = { total_items: number; contents: Record<string, unknown>[] };
const page = async (handler: (r: Request) => Promise<Response>, path: string) => (await (await handler(request(path))).json()) as Page;

beforeAll(async () => {
  await truncateAll(prisma);
  await seedDatabase(prisma, { now: new Date() });
}, 240_000);

afterAll(() => closeLimiters());

describe("format=ndjson", () => {
  it("gives every public service, one valid object a line, without paging", async () => {
    const publicCount = await prisma.activity.count({ where: publicActivityWhere() });
    expect(publicCount).toBeGreaterThan(100); // more than one chunk of the stream
    const items = await ndjson(services, "/api/hsds/services?format=ndjson&per_page=2&page=3");
    expect(items).toHaveLength(publicCount);
    expect(new Set(items.map((i) => i.id)).size).toBe(publicCount);
    for (const item of items.slice(0, 20)) expect(hsdsErrors("compiled/service_list.json", item)).toEqual([]);
    expect(items[0]).not.toHaveProperty("contents");
  });

  it("works on the other lists too, with the same items as the pages", async () => {
    const orgs = await ndjson(organizations, "/api/hsds/organizations?format=ndjson");
    expect(orgs).toHaveLength((await page(organizations, "/api/hsds/organizations?per_page=1")).total_items);
    const termLines = await ndjson(terms, "/api/hsds/taxonomy_terms?format=ndjson");
    expect(termLines.map((t) => t.id)).toEqual((await page(terms, "/api/hsds/taxonomy_terms?per_page=100")).contents.map((t) => t.id).concat(termLines.slice(100).map((t) => t.id)));
    const filtered = await ndjson(services, "/api/hsds/services?format=ndjson&municipality=091");
    expect(filtered).toHaveLength((await page(services, "/api/hsds/services?municipality=091&per_page=1")).total_items);
  });

  it("answers 400 with a JSON error for an unknown format", async () => {
    const response = await services(request("/api/hsds/services?format=xml"));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "invalid_parameter", parameter: "format" });
  });
});

describe("proximity", () => {
  const helsinki = { lat: 60.1699, lng: 24.9384 };

  it("lists places with coordinates within the radius, nearest first, each with its distance", async () => {
    const body = await page(sals, `/api/hsds/service_at_locations?proximity=${helsinki.lat},${helsinki.lng},10&per_page=100`);
    expect(body.total_items).toBeGreaterThan(0);
    const distances = body.contents.map((s) => s.distance_km as number);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(10);
    for (const item of body.contents.slice(0, 10)) {
      expect(hsdsErrors("compiled/service_at_location_list.json", item)).toEqual([]);
      const location = item.location as { latitude: number; longitude: number; location_type: string };
      expect(location.location_type).toBe("physical");
      expect(distanceKm(helsinki, { lat: location.latitude, lng: location.longitude })).toBeCloseTo(item.distance_km as number, 2);
    }
    // Every place of a public notice within 10 km is there, and none further away.
    const places = await prisma.place.findMany({ where: { activity: publicActivityWhere(), latitude: { not: null }, longitude: { not: null } }, select: { latitude: true, longitude: true } });
    const within = places.filter((p) => distanceKm(helsinki, { lat: p.latitude!, lng: p.longitude! }) <= 10).length;
    expect(body.total_items).toBe(within);
    // Without a radius: every place with coordinates, still nearest first.
    const all = await page(sals, `/api/hsds/service_at_locations?proximity=${helsinki.lat},${helsinki.lng}&per_page=5`);
    expect(all.total_items).toBe(places.length);
    expect(all.contents[0]!.distance_km).toBe(body.contents[0]!.distance_km);
  });

  it("takes the specification's metres around a postcode's centre", async () => {
    const body = await page(sals, "/api/hsds/service_at_locations?postcode=00100&proximity=3000&per_page=100");
    expect(body.total_items).toBeGreaterThan(0);
    expect(Math.max(...body.contents.map((s) => s.distance_km as number))).toBeLessThanOrEqual(3);
  });

  it("answers 400 with a JSON error for malformed values, never 500", async () => {
    for (const value of ["abc", "60.1", "91,24", "60,181", "60,24,0", "60,24,-5", "60,24,5,1", "60;24", "1e3,2", "NaN,NaN", "", "500"]) {
      const response = await sals(request(`/api/hsds/service_at_locations?proximity=${encodeURIComponent(value)}`));
      expect(response.status, value).toBe(400);
      expect(await response.json()).toEqual({ error: "invalid_parameter", parameter: "proximity" });
    }
  });

  it("is described in the OpenAPI document with ndjson", async () => {
    const doc = (await (await openapi(request("/api/hsds/openapi.json"))).json()) as {
      components: { parameters: Record<string, { description: string }> };
      paths: Record<string, { get: { responses: Record<string, { content?: Record<string, unknown> }> } }>;
    };
    expect(doc.components.parameters.proximity!.description).toContain("lat,lng");
    expect(doc.components.parameters.format!.description).toContain("ndjson");
    expect(Object.keys(doc.paths["/services"]!.get.responses["200"]!.content!)).toContain("application/x-ndjson");
    expect(doc.paths["/services"]!.get.responses).toHaveProperty("400");
  });
});
