import { describe, expect, it } from "vitest";
import { getPathname } from "@/lib/i18n/navigation";

// lib/i18n/navigation.ts writes the site's paths itself (not next-intl's createNavigation); these
// are the forms the pages use.
describe("getPathname", () => {
  it("puts the locale before every page; the home page is the locale alone", () => {
    expect(getPathname({ href: "/", locale: "fi" })).toBe("/fi");
    expect(getPathname({ href: "/activities", locale: "ar" })).toBe("/ar/activities");
    expect(getPathname({ href: "/news/abc", locale: "ckb" })).toBe("/ckb/news/abc");
  });

  it("writes the query, repeating a parameter for each value and leaving out undefined ones", () => {
    const path = getPathname({
      href: { pathname: "/activities", query: { municipality: ["091", "049"], q: "kieli kahvila", page: undefined } },
      locale: "fi",
    });
    expect(path).toBe("/fi/activities?municipality=091&municipality=049&q=kieli+kahvila");
    expect(getPathname({ href: { pathname: "/signin", query: {} }, locale: "sv" })).toBe("/sv/signin");
  });

  it("keeps a query already in the path, and its commas readable", () => {
    expect(getPathname({ href: "/list?ids=a,b,c&for=so", locale: "fi" })).toBe("/fi/list?ids=a,b,c&for=so");
    expect(getPathname({ href: { pathname: "/list", query: { ids: "a,b" } }, locale: "fi" })).toBe("/fi/list?ids=a,b");
    expect(getPathname({ href: "/?x=1", locale: "en" })).toBe("/en?x=1");
  });

  it("escapes what a query value cannot hold as such", () => {
    expect(getPathname({ href: { pathname: "/activities", query: { q: "a&b=c#d" } }, locale: "fi" })).toBe("/fi/activities?q=a%26b%3Dc%23d");
  });
});
