import { describe, expect, it } from "vitest";
import { firstParam, parsePage } from "@/lib/i18n/page-params";

describe("page parameter", () => {
  it("accepts positive whole numbers", () => {
    expect(parsePage("1")).toBe(1);
    expect(parsePage("42")).toBe(42);
  });

  it.each([undefined, "", "-3", "0", "abc", "1.5", "1e9", "9999999", " 2", "2abc"])("falls back to page 1 for %j", (value) => {
    expect(parsePage(value)).toBe(1);
  });

  it("takes the first of repeated parameters", () => {
    expect(firstParam({ page: ["-3", "abc"] }, "page")).toBe("-3");
    expect(firstParam({ page: "2" }, "page")).toBe("2");
    expect(firstParam({}, "page")).toBeUndefined();
  });
});
