// The search page tells the search cache (lib/http/search-cache.ts, in scripts/serve.ts) that
// what it is rendering for a request may be reused for identical requests, and what to do for
// each request that reuses it: count the search for the demand figures as a render would
// (docs/decisions/015), with that request's own headers. Next.js's bundled server code and
// scripts/serve.ts load their own copies of this module, so the requests live on globalThis
// under a registered symbol (as in lib/db/unreachable.ts), and the page's function runs in the
// bundle's own modules. Only requests the cache expects are kept, and it always takes them back,
// so nothing piles up when the app runs without scripts/serve.ts (`next dev`).

/** Run for every request answered with a reused page, with that request's headers; never throws. */
export type OnReuse = (headers: Headers) => void;

const PENDING = Symbol.for("tukiverkko.reusableRenders");
type Global = typeof globalThis & { [PENDING]?: Map<string, OnReuse | null> };

function pending(): Map<string, OnReuse | null> {
  return ((globalThis as Global)[PENDING] ??= new Map());
}

/** The cache is rendering this request and will ask whether its page may be reused. */
export function expectRender(requestId: string): void {
  pending().set(requestId, null);
}

/** The page: this request's render may be reused for identical requests, each running `onReuse`. */
export function allowReuse(requestId: string | null | undefined, onReuse: OnReuse): void {
  if (requestId && pending().has(requestId)) pending().set(requestId, onReuse);
}

/** The cache, when the response has ended: what reusing it takes, or undefined when it may not be reused. */
export function takeReuse(requestId: string): OnReuse | undefined {
  const onReuse = pending().get(requestId) ?? undefined;
  pending().delete(requestId);
  return onReuse;
}
