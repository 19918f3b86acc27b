import type { PrismaClient } from "../db/client";
import { pickTranslation } from "../activities/translation";
import { isLocale } from "../i18n/locales";
import { logger } from "../log/logger";
import { formatDate } from "../i18n/format";
import { absoluteUrl } from "../mail/templates";
import { createAlertMatcher, type AlertMatcher } from "../search/alerts-select";
import { sendAlertDigestEmail } from "./mail";
import { cleanUpAlerts, searchUrl } from "./mutations";
import { alertSearchQuery } from "./query";
import { digestWindow } from "./schedule";

// The digest job (pg-boss queue "alert-digests", lib/jobs/runner.ts; `npm run jobs:alerts` runs
// it once). For each confirmed alert that is due, the window (last digest, latest slot] and in
// it: notices published for the first time ("new") and published notices whose content changed
// ("changed": a direct edit of a trusted organisation or an approved revision), kept only if the
// stored search matches them now. Nothing new: no mail, the window still moves on. Two runners
// at once: each alert's window is claimed with a conditional update, so one of them sends.

const LISTED = 10;
const LISTED_NEWS = 5;
const LISTED_EVENTS = 5;
/** "Upcoming" events in a digest: those starting within this many days. */
export const EVENT_HORIZON_DAYS = 30;
/** Audit actions that change a published notice's content (lib/activities, lib/moderation). */
export const CHANGE_ACTIONS = ["activity.published", "moderation.approve"];

export type DigestResult = { due: number; sent: number; empty: number; removed: { unconfirmed: number; bounced: number } };

type Window = { from: Date; to: Date };

/** New and changed public notices in a window (before the search narrows them). */
export async function digestCandidates(prisma: PrismaClient, window: Window): Promise<{ fresh: Set<string>; changed: Set<string> }> {
  const fresh = await prisma.activity.findMany({
    where: { status: "PUBLISHED", deletedAt: null, publishedAt: { gt: window.from, lte: window.to } },
    select: { id: true },
  });
  const edits = await prisma.auditEntry.findMany({
    where: { entityType: "activity", action: { in: CHANGE_ACTIONS }, createdAt: { gt: window.from, lte: window.to } },
    select: { entityId: true },
  });
  const freshIds = new Set(fresh.map((a) => a.id));
  const editedIds = [...new Set(edits.map((e) => e.entityId))].filter((id) => !freshIds.has(id));
  const changed = editedIds.length
    ? await prisma.activity.findMany({ where: { id: { in: editedIds }, status: "PUBLISHED", deletedAt: null, publishedAt: { lte: window.from } }, select: { id: true } })
    : [];
  return { fresh: freshIds, changed: new Set(changed.map((a) => a.id)) };
}

export async function runAlertDigests(prisma: PrismaClient, options: { now?: Date; matcher?: AlertMatcher } = {}): Promise<DigestResult> {
  const now = options.now ?? new Date();
  const matcher = options.matcher ?? createAlertMatcher(prisma);
  const removed = await cleanUpAlerts({ now, db: prisma });
  const alerts = await prisma.alert.findMany({
    where: { confirmedAt: { not: null }, bouncedAt: null },
    select: { id: true, email: true, locale: true, frequency: true, query: true, includeNews: true, includeEvents: true, confirmedAt: true, lastDigestAt: true },
    orderBy: { id: "asc" },
  });
  const candidatesByWindow = new Map<string, ReturnType<typeof digestCandidates>>();
  let due = 0;
  let sent = 0;
  let empty = 0;
  for (const alert of alerts) {
    const window = digestWindow({ frequency: alert.frequency, confirmedAt: alert.confirmedAt!, lastDigestAt: alert.lastDigestAt }, now);
    if (!window) continue;
    due++;
    try {
      const key = `${window.from.toISOString()}|${window.to.toISOString()}`;
      if (!candidatesByWindow.has(key)) candidatesByWindow.set(key, digestCandidates(prisma, window));
      const { fresh, changed } = await candidatesByWindow.get(key)!;
      const locale = isLocale(alert.locale) ? alert.locale : "fi";
      const matched = await matcher.match({ query: alert.query, locale, candidates: new Set([...fresh, ...changed]) });
      const news = alert.includeNews ? await digestNews(prisma, { window, query: alert.query, locale }) : [];
      const events = alert.includeEvents ? await digestEvents(prisma, { window, query: alert.query, locale, now }) : { entries: [], fresh: 0 };
      // Upcoming events come along with a digest; only events published in the window make one on their own.
      const anything = matched.size > 0 || news.length > 0 || events.fresh > 0;
      // Claim this window: of two runners, exactly one moves it on and sends.
      const claim = await prisma.alert.updateMany({
        where: { id: alert.id, lastDigestAt: alert.lastDigestAt },
        data: { lastDigestAt: window.to, ...(anything ? { lastSentAt: now } : {}) },
      });
      if (claim.count === 0) continue;
      if (!anything) {
        empty++;
        continue;
      }
      const rows = await prisma.activity.findMany({
        where: { id: { in: [...matched] } },
        select: { id: true, publishedAt: true, originalLanguage: true, translations: { select: { locale: true, title: true } } },
      });
      const entries = rows
        .map((row) => ({ row, changed: changed.has(row.id) }))
        .sort((a, b) => Number(a.changed) - Number(b.changed) || (b.row.publishedAt?.getTime() ?? 0) - (a.row.publishedAt?.getTime() ?? 0))
        .slice(0, LISTED)
        .map(({ row, changed: isChanged }) => ({
          title: pickTranslation(row.translations, locale, row.originalLanguage)?.title ?? "",
          url: absoluteUrl(`/${locale}/activities/${row.id}`),
          changed: isChanged,
        }));
      const newCount = [...matched].filter((id) => fresh.has(id)).length;
      await sendAlertDigestEmail({
        to: alert.email,
        locale,
        alertId: alert.id,
        frequency: alert.frequency,
        newCount,
        changedCount: matched.size - newCount,
        activities: entries,
        news,
        events: events.entries,
        searchUrl: searchUrl(locale, alert.query),
      });
      sent++;
    } catch (error) {
      // A permanent refusal of the address (SMTP 5xx) is a bounce: its alerts stop.
      const code = typeof error === "object" && error !== null && "responseCode" in error ? Number((error as { responseCode: unknown }).responseCode) : 0;
      if (code >= 500 && code < 600) await prisma.alert.updateMany({ where: { email: alert.email }, data: { bouncedAt: now } });
      logger.error({ alertId: alert.id, err: error instanceof Error ? error.message : String(error) }, "alert digest failed");
    }
  }
  const result = { due, sent, empty, removed };
  logger.info(result, "alert digests done");
  return result;
}

/** The search's regions: its regions and its municipalities' regions (empty: the whole of Finland). */
async function alertRegions(prisma: PrismaClient, queryText: string): Promise<string[]> {
  const query = alertSearchQuery(queryText);
  const municipalityRegions = query.municipality.length
    ? (await prisma.municipality.findMany({ where: { code: { in: query.municipality } }, select: { regionCode: true } })).map((m) => m.regionCode)
    : [];
  return [...new Set([...query.region, ...municipalityRegions])];
}

/** Published news in the window for the search's regions and for the whole of Finland. */
async function digestNews(prisma: PrismaClient, options: { window: Window; query: string; locale: string }) {
  const regions = await alertRegions(prisma, options.query);
  const rows = await prisma.newsItem.findMany({
    where: {
      status: "PUBLISHED",
      publishedAt: { gt: options.window.from, lte: options.window.to },
      ...(regions.length ? { OR: [{ regions: { isEmpty: true } }, { regions: { hasSome: regions } }] } : {}),
    },
    select: { id: true, originalLanguage: true, translations: { select: { locale: true, title: true } } },
    orderBy: { publishedAt: "desc" },
    take: LISTED_NEWS,
  });
  return rows.map((row) => ({
    title: pickTranslation(row.translations, options.locale, row.originalLanguage)?.title ?? "",
    url: absoluteUrl(`/${options.locale}/news/${row.id}`),
    changed: false,
  }));
}

/**
 * Upcoming public events (the events list's own rule: published, not deleted; cancelled ones left
 * out here) in the search's regions or nationwide: those starting within EVENT_HORIZON_DAYS, and
 * any not yet ended that were published in the window. `fresh` counts the latter: only they make
 * a digest on their own, so an unchanged calendar never mails anyone twice.
 */
export async function digestEvents(prisma: PrismaClient, options: { window: Window; query: string; locale: string; now: Date }) {
  const regions = await alertRegions(prisma, options.query);
  const horizon = new Date(options.now.getTime() + EVENT_HORIZON_DAYS * 24 * 60 * 60 * 1000);
  const rows = await prisma.event.findMany({
    where: {
      status: "PUBLISHED",
      deletedAt: null,
      state: { not: "CANCELLED" },
      endsAt: { gt: options.now },
      OR: [{ startsAt: { lte: horizon } }, { publishedAt: { gt: options.window.from, lte: options.window.to } }],
      ...(regions.length ? { AND: [{ OR: [{ nationwide: true }, { regionCode: { in: regions } }] }] } : {}),
    },
    select: { id: true, startsAt: true, publishedAt: true, originalLanguage: true, translations: { select: { locale: true, title: true } } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 50,
  });
  const isFresh = (row: (typeof rows)[number]) => row.publishedAt !== null && row.publishedAt > options.window.from && row.publishedAt <= options.window.to;
  // Newly published first (they are the news), then the soonest.
  const listed = [...rows.filter(isFresh), ...rows.filter((row) => !isFresh(row))].slice(0, LISTED_EVENTS).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return {
    fresh: rows.filter(isFresh).length,
    entries: listed.map((row) => ({
      title: `${formatDate(row.startsAt, options.locale)}: ${pickTranslation(row.translations, options.locale, row.originalLanguage)?.title ?? ""}`,
      url: absoluteUrl(`/${options.locale}/events/${row.id}`),
      changed: false,
    })),
  };
}
