import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { addItem, idFromInput, listSearch, MAX_LIST, moveItem, parseListParams, readStoredIds, removeItem } from "../../lib/referral/list";
import { routePlanner } from "../../lib/referral/route-planner";
import { qrModulesFromSvg } from "../../e2e/support/referral-qr";

describe("list URL parameters", () => {
  it("reads comma-separated and repeated ids in order, without duplicates", () => {
    expect(parseListParams({ ids: ["demo-act-002,demo-act-001", "demo-act-002"] }).ids).toEqual(["demo-act-002", "demo-act-001"]);
  });

  it("ignores malformed ids with a note, and never fails", () => {
    const parsed = parseListParams({ ids: "demo-act-001,<script>,,A B,x" });
    expect(parsed.ids).toEqual(["demo-act-001"]);
    expect(parsed.malformed).toEqual(["<script>", "A B", "x"]);
    expect(parseListParams({}).ids).toEqual([]);
  });

  it("refuses more than MAX_LIST distinct ids instead of truncating", () => {
    const ids = Array.from({ length: MAX_LIST + 1 }, (_, i) => `act-${i}`).join(",");
    expect(parseListParams({ ids })).toMatchObject({ tooMany: true, ids: [] });
    const exactly = Array.from({ length: MAX_LIST }, (_, i) => `act-${i}`).join(",");
    expect(parseListParams({ ids: exactly }).ids).toHaveLength(MAX_LIST);
  });

  it("takes the client's language only from the UI locales", () => {
    expect(parseListParams({ ids: "demo-act-001", for: "ar" }).forLocale).toBe("ar");
    expect(parseListParams({ ids: "demo-act-001", for: "xx" })).toMatchObject({ forLocale: undefined, badFor: "xx" });
  });

  it("adds a pasted notice address or id after the list", () => {
    expect(idFromInput("https://tukiverkko.fi/ar/activities/demo-act-004?x=1")).toBe("demo-act-004");
    expect(parseListParams({ ids: "demo-act-001", add: " https://h/fi/activities/demo-act-002 " }).ids).toEqual(["demo-act-001", "demo-act-002"]);
  });

  it("writes short, readable links", () => {
    expect(listSearch(["a-1", "b-2"], "ar")).toBe("?ids=a-1,b-2&for=ar");
    expect(listSearch([])).toBe("");
  });
});

describe("list editing", () => {
  it("moves, removes and adds within the limit", () => {
    expect(moveItem(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
    expect(removeItem(["a", "b"], "a")).toEqual(["b"]);
    expect(addItem(["a"], "a")).toEqual(["a"]);
    expect(addItem(Array.from({ length: MAX_LIST }, (_, i) => `id-${i}`), "one-more")).toBeUndefined();
  });

  it("reads only well-formed ids back from storage", () => {
    expect(readStoredIds('["demo-act-001", 3, "<b>", "demo-act-001"]')).toEqual(["demo-act-001"]);
    expect(readStoredIds("not json")).toEqual([]);
    expect(readStoredIds(null)).toEqual([]);
  });
});

describe("route planner links", () => {
  const place = { streetAddress: "Ratapihantie 11", postalCode: "00520", postOffice: "Helsinki", municipalityName: "Helsinki", latitude: 60.1992, longitude: 24.9338 };

  it("uses HSL's Reittiopas in its area and the national planner elsewhere, with the address as destination", () => {
    const hsl = routePlanner({ ...place, municipalityCode: "091" });
    expect(hsl.service).toBe("hsl");
    expect(decodeURIComponent(hsl.url)).toBe("https://reittiopas.hsl.fi/reitti/-/Ratapihantie 11, 00520 Helsinki::60.1992,24.9338");
    expect(routePlanner({ ...place, municipalityCode: "837" }).url).toMatch(/^https:\/\/opas\.matka\.fi\/reitti\/-\//);
  });

  it("falls back to a directions search by address without coordinates", () => {
    const link = routePlanner({ ...place, municipalityCode: "091", latitude: null, longitude: null });
    expect(link.service).toBe("google");
    expect(new URL(link.url).searchParams.get("destination")).toBe("Ratapihantie 11, 00520 Helsinki, Finland");
  });
});

describe("QR code check used by the end-to-end test", () => {
  it("reads the module matrix back from the qrcode package's SVG, and tells two URLs apart", async () => {
    const url = "http://127.0.0.1:3100/ar/list?ids=demo-act-001,demo-act-004&for=ar";
    const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
    const expected = QRCode.create(url, { errorCorrectionLevel: "M" }).modules;
    const parsed = qrModulesFromSvg(svg, 2);
    expect(parsed.size).toBe(expected.size);
    expect(parsed.data).toEqual(Array.from(expected.data, Boolean));
    const other = QRCode.create(url.replace("ar", "fa"), { errorCorrectionLevel: "M" }).modules;
    expect(parsed.data).not.toEqual(Array.from(other.data, Boolean));
  });
});
