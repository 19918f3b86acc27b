// Query parameters arrive as string | string[] | undefined and may be anything.
export type SearchParams = Record<string, string | string[] | undefined>;

export function firstParam(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A 1-based page number; anything malformed (`-3`, `abc`, `1e9`) gives page 1. */
export function parsePage(value: string | undefined, max = 10_000): number {
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  const page = Number(value);
  return page >= 1 && page <= max ? page : 1;
}
