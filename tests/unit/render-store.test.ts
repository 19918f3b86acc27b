import { expect, test } from "vitest";
import { RenderStore } from "@/lib/http/render-store";
import { allowReuse, expectRender, takeReuse } from "@/lib/http/reusable-render";
import { renderKey } from "@/lib/http/search-cache";

const page = (bytes: number) => ({ headers: { "content-type": "text/html" }, body: Buffer.alloc(bytes), onReuse: () => {} });

test("the render store keeps pages up to its size, forgetting the least recently used first", () => {
  const store = new RenderStore(100);
  expect(store.get("v1", "a")).toBeUndefined();
  store.set("v1", "a", page(10));
  store.set("v1", "b", page(10));
  store.set("v1", "c", page(10));
  expect(store.get("v1", "a")?.body.length).toBe(10); // a is now the most recently used
  for (const key of ["d", "e", "f", "g", "h", "i", "j"]) store.set("v1", key, page(10));
  expect(store.storedBytes).toBe(100);
  store.set("v1", "k", page(10)); // full: b, the least recently used, goes
  expect(store.get("v1", "b")).toBeUndefined();
  expect(store.get("v1", "a")).toBeDefined();
  expect(store.storedBytes).toBe(100);
  // Storing a key again replaces it without counting it twice.
  store.set("v1", "a", page(5));
  expect(store.storedBytes).toBe(95);
  // A page over a tenth of the store is not kept.
  store.set("v1", "big", page(11));
  expect(store.get("v1", "big")).toBeUndefined();
});

test("the render store forgets everything when the data's version moves, and keeps nothing rendered for an older one", () => {
  const store = new RenderStore(100);
  store.get("v1", "a");
  store.set("v1", "a", page(10));
  expect(store.get("v2", "a")).toBeUndefined();
  expect(store.size).toBe(0);
  store.set("v1", "a", page(10)); // rendered before the change, finished after it
  expect(store.get("v2", "a")).toBeUndefined();
  store.set("v2", "a", page(10));
  expect(store.get("v2", "a")).toBeDefined();
});

test("a page may be reused only when the cache expected its request and the page allowed it", () => {
  const onReuse = () => {};
  allowReuse("not-expected", onReuse);
  expect(takeReuse("not-expected")).toBeUndefined();
  expectRender("r1");
  expect(takeReuse("r1")).toBeUndefined();
  expectRender("r2");
  allowReuse("r2", onReuse);
  expect(takeReuse("r2")).toBe(onReuse);
  expect(takeReuse("r2")).toBeUndefined(); // taken once
  allowReuse(null, onReuse);
});

test("a rendered page's key tells apart what changes the page besides its URL", () => {
  const key = (headers: Record<string, string>) => renderKey('"s-x"', { headers });
  const browser = { "user-agent": "Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile Safari/537.36", "accept-encoding": "gzip, br", "accept-language": "fi", host: "tukiverkko.fi" };
  expect(key(browser)).toBe(key({ ...browser, "user-agent": "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0 Safari/537.36" }));
  expect(key(browser)).toBe(key({ ...browser, cookie: "theme=dark" }));
  const others: Record<string, string>[] = [
    { "accept-encoding": "identity" },
    { "accept-language": "ar" },
    { cookie: "NEXT_LOCALE=ar" },
    { "sec-fetch-dest": "empty" },
    { host: "example.org" },
    { "x-forwarded-proto": "https" },
    { "user-agent": "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)" },
  ];
  for (const other of others) expect(key({ ...browser, ...other })).not.toBe(key(browser));
  expect(renderKey('"s-y"', { headers: browser })).not.toBe(key(browser));
});
