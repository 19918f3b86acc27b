// The shortlist as it travels in a URL: /{locale}/list?ids=a,b,c&for=ar. Pure functions, shared
// by the server page and the browser's shortlist (local storage), so both read ids the same way.
import { isLocale, type Locale } from "../i18n/locales";
import { RECORD_ID_PATTERN as ID_PATTERN } from "../validation/record-id";

/** A referral sheet for one client is a few activities; more than this is refused, not truncated. */
export const MAX_LIST = 30;

/** The id of the one empty form (in the layout) that every "Add to list" button submits without JavaScript. */
export const ADD_FORM_ID = "list-add";

export function isListId(value: string): boolean {
  return ID_PATTERN.test(value);
}

export type ParsedList = {
  /** Well-formed ids, first occurrence kept, in order. */
  ids: string[];
  /** Values that cannot be an activity id (shown back to the reader, shortened). */
  malformed: string[];
  /** More than MAX_LIST distinct ids: nothing is loaded. */
  tooMany: boolean;
  /** The client's language for the sheet, when the URL names a UI locale. */
  forLocale: Locale | undefined;
  /** A `for` value that is no UI locale. */
  badFor: string | undefined;
};

type Params = Record<string, string | string[] | undefined>;

function values(params: Params, name: string): string[] {
  const value = params[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * `ids` (comma-separated and/or repeated) plus `add` (one more, from the no-JavaScript "Add to
 * list" button and the paste form). `add` also accepts a pasted notice address
 * (…/activities/{id}). Unknown values never fail the page.
 */
export function parseListParams(params: Params): ParsedList {
  const raw = [
    ...values(params, "ids").flatMap((v) => v.split(",")),
    ...values(params, "add").map(idFromInput),
  ]
    .map((v) => v.trim())
    .filter((v) => v !== "");
  const ids: string[] = [];
  const malformed: string[] = [];
  for (const value of raw) {
    if (isListId(value)) {
      if (!ids.includes(value)) ids.push(value);
    } else if (!malformed.includes(shorten(value))) {
      malformed.push(shorten(value));
    }
  }
  const forValue = values(params, "for")[0]?.trim();
  const forLocale = forValue && isLocale(forValue) ? forValue : undefined;
  return {
    ids: ids.length > MAX_LIST ? [] : ids,
    malformed: ids.length > MAX_LIST ? [] : malformed.slice(0, 10),
    tooMany: ids.length > MAX_LIST,
    forLocale,
    badFor: forValue && !forLocale ? shorten(forValue) : undefined,
  };
}

/** A pasted notice link ("https://…/fi/activities/demo-act-001?x") or a bare id. */
export function idFromInput(input: string): string {
  const trimmed = input.trim();
  const match = /\/activities\/([^/?#\s]+)/.exec(trimmed);
  return match ? decodeURIComponentSafe(match[1]!) : trimmed;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** The query of a list URL; `ids` joined with commas so the link stays short and readable. */
export function listQuery(ids: readonly string[], forLocale?: string): Record<string, string> {
  const query: Record<string, string> = {};
  if (ids.length > 0) query.ids = ids.join(",");
  if (forLocale) query.for = forLocale;
  return query;
}

/** "?ids=a,b,c&for=ar" without percent-encoding the commas, for links people read and type. */
export function listSearch(ids: readonly string[], forLocale?: string): string {
  const parts: string[] = [];
  if (ids.length > 0) parts.push(`ids=${ids.map(encodeURIComponent).join(",")}`);
  if (forLocale) parts.push(`for=${encodeURIComponent(forLocale)}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

/** The list with the item at `index` moved one step towards the start (-1) or the end (+1). */
export function moveItem(ids: readonly string[], index: number, step: -1 | 1): string[] {
  const target = index + step;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return [...ids];
  const next = [...ids];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function removeItem(ids: readonly string[], id: string): string[] {
  return ids.filter((x) => x !== id);
}

/** Adds at the end; returns undefined when the list is full. */
export function addItem(ids: readonly string[], id: string): string[] | undefined {
  if (ids.includes(id)) return [...ids];
  if (ids.length >= MAX_LIST) return undefined;
  return [...ids, id];
}

/** Ids as kept in local storage: a JSON array of well-formed, distinct ids, at most MAX_LIST. */
export function readStoredIds(json: string | null): string[] {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return [];
    const ids = parsed.filter((v): v is string => typeof v === "string" && isListId(v));
    return [...new Set(ids)].slice(0, MAX_LIST);
  } catch {
    return [];
  }
}
