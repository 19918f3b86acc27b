import "server-only";
import { cache } from "react";
import { prisma } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { assertModerator, type Actor } from "../auth/permissions";
import { pickTranslation } from "../activities/translation";
import { addMonths, endOfHelsinkiDay, helsinkiDateTime } from "../dates/helsinki";
import { getReferenceData, municipalityName, regionName } from "../reference/municipalities";
import { isRecordId } from "../validation/record-id";
import type { EventFilters } from "./filters";
import { loadEventContent, parseRevision } from "./content";
import { matchEventText } from "./text-search";

// Reads of events. Public reads go through publicEventWhere, the one definition of "shown to
// the public"; organisers' and moderators' reads check the actor for the record themselves.

export const EVENTS_PAGE_SIZE = 20;

/** Published and not deleted; cancelled events stay listed (marked), so people who planned to go learn of it. */
export function publicEventWhere(): Prisma.EventWhereInput {
  return { status: "PUBLISHED", deletedAt: null };
}

const listSelect = {
  id: true,
  kind: true,
  state: true,
  stateNote: true,
  mode: true,
  full: true,
  isFree: true,
  priceText: true,
  nationwide: true,
  originalLanguage: true,
  languages: true,
  audiences: true,
  themes: true,
  startsAt: true,
  endsAt: true,
  placeName: true,
  streetAddress: true,
  municipalityCode: true,
  regionCode: true,
  registrationDeadline: true,
  publishedAt: true,
  organisation: { select: { id: true, name: true } },
  translations: { select: { locale: true, title: true, summary: true, description: true } },
  sessions: { select: { startsAt: true, endsAt: true }, orderBy: { startsAt: "asc" } },
} satisfies Prisma.EventSelect;

type Row = Prisma.EventGetPayload<{ select: typeof listSelect }>;

export type EventSummary = Omit<Row, "translations"> & {
  title: string;
  summary: string;
  /** The language the shown text is in, and whether it is the reader's. */
  textLocale: string;
  translated: boolean;
  municipalityName?: string;
  regionName?: string;
  /** The next session not yet over (or the last one, for past events). */
  next: { startsAt: Date; endsAt: Date };
};

async function summarise(rows: Row[], locale: string, now: Date): Promise<EventSummary[]> {
  const { municipalities, regions } = await getReferenceData();
  return rows.map(({ translations, ...row }) => {
    const text = pickTranslation(translations, locale, row.originalLanguage);
    const municipality = row.municipalityCode ? municipalities.get(row.municipalityCode) : undefined;
    const region = row.regionCode ? regions.get(row.regionCode) : undefined;
    const next = row.sessions.find((s) => s.endsAt > now) ?? row.sessions.at(-1) ?? { startsAt: row.startsAt, endsAt: row.endsAt };
    return {
      ...row,
      title: text?.title ?? "",
      summary: text?.summary ?? "",
      textLocale: text?.locale ?? row.originalLanguage,
      translated: text?.locale === locale,
      municipalityName: municipality ? municipalityName(municipality, locale) : undefined,
      regionName: region ? regionName(region, locale) : undefined,
      next,
    };
  });
}

/** The database part of the filters (everything but the text). */
async function filterWhere(filters: EventFilters, options: { archive: boolean; now: Date }): Promise<Prisma.EventWhereInput> {
  const and: Prisma.EventWhereInput[] = [publicEventWhere()];
  // Upcoming: not yet over (an event ends by itself after its last session); the archive: over.
  and.push(options.archive ? { endsAt: { lte: options.now } } : { endsAt: { gt: options.now } });
  if (filters.month) {
    const start = helsinkiDateTime(`${filters.month}-01`, 0);
    const end = helsinkiDateTime(addMonths(`${filters.month}-01`, 1), 0);
    and.push({ sessions: { some: { startsAt: { lt: end }, endsAt: { gt: start } } } });
  }
  if (filters.from) and.push({ endsAt: { gt: helsinkiDateTime(filters.from, 0) } });
  if (filters.to) and.push({ startsAt: { lte: endOfHelsinkiDay(filters.to) } });
  if (filters.regions.length || filters.municipalities.length) {
    // A place names its region's events with no municipality and the nationwide ones too, as
    // the activity search counts nationwide online notices in every place.
    const { municipalities } = await getReferenceData();
    const regionsOfMunicipalities = filters.municipalities.map((code) => municipalities.get(code)?.regionCode).filter((c): c is string => !!c);
    const or: Prisma.EventWhereInput[] = [{ nationwide: true }];
    if (filters.regions.length) or.push({ regionCode: { in: filters.regions } });
    if (filters.municipalities.length) {
      or.push({ municipalityCode: { in: filters.municipalities } });
      or.push({ municipalityCode: null, regionCode: { in: regionsOfMunicipalities } });
    }
    and.push({ OR: or });
  }
  if (filters.online) and.push({ mode: { in: ["ONLINE", "HYBRID"] } });
  if (filters.free) and.push({ isFree: true });
  if (filters.audiences.length) and.push({ audiences: { hasSome: filters.audiences } });
  if (filters.kinds.length) and.push({ kind: { in: filters.kinds as Prisma.EnumEventKindFilter["in"] } });
  if (filters.themes.length) and.push({ themes: { hasSome: filters.themes } });
  if (filters.languages.length) and.push({ languages: { hasSome: filters.languages } });
  return { AND: and };
}

export type EventListResult = { items: EventSummary[]; total: number; page: number; pageSize: number; unmatched: string[] };

/**
 * The public list: upcoming (soonest first) or the archive (latest first), filtered; with a
 * text, the events that contain most of its words first, then by date.
 */
export async function listPublicEvents(options: { filters: EventFilters; locale: string; archive?: boolean; now?: Date; pageSize?: number }): Promise<EventListResult> {
  const now = options.now ?? new Date();
  const archive = options.archive ?? false;
  const pageSize = options.pageSize ?? EVENTS_PAGE_SIZE;
  const where = await filterWhere(options.filters, { archive, now });
  const orderBy: Prisma.EventOrderByWithRelationInput[] = archive ? [{ startsAt: "desc" }, { id: "asc" }] : [{ startsAt: "asc" }, { id: "asc" }];
  const page = options.filters.page;
  if (!options.filters.q) {
    const [total, rows] = await Promise.all([
      prisma.event.count({ where }),
      prisma.event.findMany({ where, select: listSelect, orderBy, skip: (page - 1) * pageSize, take: pageSize }),
    ]);
    return { items: await summarise(rows, options.locale, now), total, page, pageSize, unmatched: [] };
  }
  // With a text: the candidates' words in memory (events are few), matched like activity search.
  const candidates = await prisma.event.findMany({
    where,
    select: { id: true, placeName: true, municipalityCode: true, organisation: { select: { name: true } }, translations: { select: { locale: true, title: true, summary: true, description: true } } },
    orderBy,
  });
  const { municipalities } = await getReferenceData();
  const { matches, unmatched } = matchEventText(
    candidates.map((c) => {
      const m = c.municipalityCode ? municipalities.get(c.municipalityCode) : undefined;
      return {
        id: c.id,
        title: c.translations.map((t) => ({ text: t.title, locale: t.locale })),
        rest: [
          ...c.translations.flatMap((t) => [{ text: t.summary, locale: t.locale }, { text: t.description, locale: t.locale }]),
          { text: c.organisation.name, locale: "fi" },
          { text: [c.placeName, m?.nameFi, m?.nameSv].filter(Boolean).join(" "), locale: "fi" },
        ],
      };
    }),
    options.filters.q,
    options.locale,
  );
  const order = new Map(candidates.map((c, i) => [c.id, i]));
  const ranked = matches.filter((m) => m.matched > 0 || unmatched.length === 0).sort((a, b) => b.matched - a.matched || order.get(a.id)! - order.get(b.id)!);
  const pageIds = ranked.slice((page - 1) * pageSize, page * pageSize).map((m) => m.id);
  const rows = await prisma.event.findMany({ where: { id: { in: pageIds } }, select: listSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = await summarise(pageIds.map((id) => byId.get(id)).filter((r): r is Row => !!r), options.locale, now);
  return { items, total: ranked.length, page, pageSize, unmatched };
}

/** Upcoming events of one organisation (its public page) or of everyone (the home page). */
export async function listUpcomingEvents(options: { locale: string; organisationId?: string; limit: number; now?: Date }): Promise<{ items: EventSummary[]; total: number }> {
  const now = options.now ?? new Date();
  const where: Prisma.EventWhereInput = { ...publicEventWhere(), endsAt: { gt: now }, ...(options.organisationId ? { organisationId: options.organisationId } : {}) };
  const [total, rows] = await Promise.all([
    prisma.event.count({ where }),
    prisma.event.findMany({ where, select: listSelect, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: options.limit }),
  ]);
  return { items: await summarise(rows, options.locale, now), total };
}

/** Events for a calendar feed: the filters' upcoming events plus the last 30 days (cancelled ones stay, marked). */
export async function listFeedEvents(options: { filters: EventFilters; now?: Date; limit?: number }) {
  const now = options.now ?? new Date();
  const where = await filterWhere({ ...options.filters, q: undefined }, { archive: false, now: new Date(now.getTime() - 30 * 86_400_000) });
  const rows = await prisma.event.findMany({ where, select: feedSelect, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: options.limit ?? 500 });
  if (!options.filters.q) return rows;
  const { matches, unmatched } = matchEventText(
    rows.map((r) => ({ id: r.id, title: r.translations.map((t) => ({ text: t.title, locale: t.locale })), rest: r.translations.map((t) => ({ text: `${t.summary} ${t.description}`, locale: t.locale })) })),
    options.filters.q,
    "fi",
  );
  const keep = new Set(matches.filter((m) => m.matched > 0 || unmatched.length === 0).map((m) => m.id));
  return rows.filter((r) => keep.has(r.id));
}

/** Newly published events for the RSS/Atom feed, newest first. */
export async function listNewEvents(options: { filters: EventFilters; limit?: number; now?: Date }) {
  const now = options.now ?? new Date();
  const where = await filterWhere({ ...options.filters, q: undefined }, { archive: false, now });
  return prisma.event.findMany({ where, select: feedSelect, orderBy: [{ publishedAt: "desc" }, { id: "asc" }], take: options.limit ?? 50 });
}

const feedSelect = {
  id: true,
  state: true,
  stateNote: true,
  kind: true,
  mode: true,
  full: true,
  isFree: true,
  originalLanguage: true,
  placeName: true,
  streetAddress: true,
  postalCode: true,
  postOffice: true,
  municipalityCode: true,
  onlineUrl: true,
  startsAt: true,
  endsAt: true,
  publishedAt: true,
  updatedAt: true,
  contactName: true,
  contactEmail: true,
  organisation: { select: { id: true, name: true, email: true } },
  translations: { select: { locale: true, title: true, summary: true, description: true } },
  sessions: { select: { id: true, startsAt: true, endsAt: true }, orderBy: { startsAt: "asc" } },
} satisfies Prisma.EventSelect;

export type FeedEvent = Prisma.EventGetPayload<{ select: typeof feedSelect }>;

/** One public event with everything its page, its .ics and its JSON-LD need. */
export const getPublicEvent = cache(async (id: string, locale: string) => {
  if (!isRecordId(id)) return undefined;
  const e = await prisma.event.findFirst({
    where: { id, ...publicEventWhere() },
    select: {
      ...feedSelect,
      audiences: true,
      themes: true,
      languages: true,
      accessibility: true,
      nationwide: true,
      regionCode: true,
      priceText: true,
      registrationUrl: true,
      registrationEmail: true,
      registrationDeadline: true,
      contactPhone: true,
      organisation: { select: { id: true, name: true, email: true, website: true } },
    },
  });
  if (!e) return undefined;
  const { municipalities, regions } = await getReferenceData();
  const text = pickTranslation(e.translations, locale, e.originalLanguage);
  const municipality = e.municipalityCode ? municipalities.get(e.municipalityCode) : undefined;
  const region = e.regionCode ? regions.get(e.regionCode) : undefined;
  return {
    ...e,
    title: text?.title ?? "",
    summary: text?.summary ?? "",
    description: text?.description ?? "",
    textLocale: text?.locale ?? e.originalLanguage,
    municipalityName: municipality ? municipalityName(municipality, locale) : undefined,
    regionName: region ? regionName(region, locale) : undefined,
  };
});

export type PublicEvent = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>;

// ---------------------------------------------------------------------------------------
// Organisers

export async function listManagedEvents(options: { actor: Actor; organisationId: string; locale: string }) {
  const member = await prisma.membership.findUnique({ where: { userId_organisationId: { userId: options.actor.id, organisationId: options.organisationId } }, select: { role: true } });
  if (!member) return [];
  const rows = await prisma.event.findMany({
    where: { organisationId: options.organisationId, deletedAt: null },
    select: { id: true, status: true, state: true, full: true, revisionStatus: true, startsAt: true, endsAt: true, originalLanguage: true, translations: { select: { locale: true, title: true } } },
    orderBy: [{ startsAt: "desc" }],
  });
  return rows.map((r) => ({ ...r, title: pickTranslation(r.translations, options.locale, r.originalLanguage)?.title ?? "" }));
}

/** The event for its organiser's edit page: the pending revision if any, else the stored event. */
export async function getEditableEvent(options: { actor: Actor; eventId: string }) {
  if (!isRecordId(options.eventId)) return undefined;
  const e = await prisma.event.findUnique({
    where: { id: options.eventId },
    select: { id: true, organisationId: true, status: true, state: true, stateNote: true, full: true, revision: true, revisionStatus: true, moderationFeedback: true, deletedAt: true, endsAt: true, onlineUrl: true, translations: { select: { locale: true, title: true } }, organisation: { select: { name: true, trusted: true } } },
  });
  if (!e || e.deletedAt) return undefined;
  const member = await prisma.membership.findUnique({ where: { userId_organisationId: { userId: options.actor.id, organisationId: e.organisationId } }, select: { role: true } });
  if (!member) return undefined;
  const stored = await prisma.$transaction((tx) => loadEventContent(tx, e.id));
  const content = (e.revision ? parseRevision(e.revision) : undefined) ?? stored;
  return { ...e, content: { ...content, organisationId: e.organisationId, eventId: e.id } };
}

// ---------------------------------------------------------------------------------------
// Moderators

export async function listEventQueue(options: { actor: Actor; locale: string }) {
  assertModerator(options.actor);
  const rows = await prisma.event.findMany({
    where: { deletedAt: null, OR: [{ status: "SUBMITTED" }, { status: "PUBLISHED", revisionStatus: "SUBMITTED" }] },
    select: { id: true, status: true, submittedAt: true, startsAt: true, originalLanguage: true, translations: { select: { locale: true, title: true } }, organisation: { select: { id: true, name: true, trusted: true } } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({ ...r, kind: r.status === "PUBLISHED" ? ("edit" as const) : ("new" as const), title: pickTranslation(r.translations, options.locale, r.originalLanguage)?.title ?? "" }));
}

export async function getEventReview(options: { actor: Actor; eventId: string }) {
  assertModerator(options.actor);
  if (!isRecordId(options.eventId)) return undefined;
  const e = await prisma.event.findUnique({
    where: { id: options.eventId },
    select: { id: true, status: true, revisionStatus: true, revision: true, deletedAt: true, submittedAt: true, contentVersion: true, moderationFeedback: true, organisation: { select: { id: true, name: true, trusted: true } } },
  });
  if (!e || e.deletedAt) return undefined;
  const stored = await prisma.$transaction((tx) => loadEventContent(tx, e.id));
  const isEdit = e.status === "PUBLISHED" && e.revision !== null;
  const proposed = (isEdit ? parseRevision(e.revision) : undefined) ?? stored;
  const inQueue = e.status === "SUBMITTED" || (e.status === "PUBLISHED" && e.revisionStatus === "SUBMITTED");
  const changed = isEdit ? (Object.keys(proposed) as (keyof typeof proposed)[]).filter((k) => k !== "intent" && JSON.stringify(proposed[k]) !== JSON.stringify(stored[k])) : [];
  return { ...e, isEdit, inQueue, proposed, changed };
}
