import "server-only";
import { cache } from "react";
import { prisma } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { pickTranslation } from "../activities/translation";
import { isModerator, type Actor } from "../auth/permissions";
import { isRecordId } from "../validation/record-id";
import { endOfHelsinkiDay, helsinkiToday } from "../dates/helsinki";
import type { NewsCategoryValue } from "./categories";
import type { NewsFilters } from "./filters";

// Public news: published, publication time reached, and (time-bound news) not past its last
// day. The reader's language first, else the original, with the language shown.

export const NEWS_PAGE_SIZE = 20;

export type NewsSummary = {
  id: string;
  category: NewsCategoryValue;
  regions: string[];
  publishedAt: Date;
  validUntil: Date | null;
  updatedAt: Date;
  organisationName: string | null;
  /** The language the texts below are in, and whether that is the reader's. */
  language: string;
  translated: boolean;
  title: string;
  lead: string;
  body: string;
  languages: string[];
};

function publicWhere(now: Date): Prisma.NewsItemWhereInput {
  // validUntil is a calendar date: the item stays listed through that whole Helsinki day.
  const today = new Date(`${helsinkiToday(now)}T00:00:00Z`);
  return { status: "PUBLISHED", publishedAt: { lte: now }, OR: [{ validUntil: null }, { validUntil: { gte: today } }] };
}

const summarySelect = {
  id: true,
  category: true,
  regions: true,
  publishedAt: true,
  validUntil: true,
  updatedAt: true,
  originalLanguage: true,
  organisation: { select: { name: true } },
  translations: { select: { locale: true, title: true, lead: true, body: true } },
} satisfies Prisma.NewsItemSelect;

type Row = Prisma.NewsItemGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: Row, locale: string): NewsSummary {
  const text = pickTranslation(row.translations, locale, row.originalLanguage);
  return {
    id: row.id,
    category: row.category,
    regions: row.regions,
    publishedAt: row.publishedAt ?? row.updatedAt,
    validUntil: row.validUntil,
    updatedAt: row.updatedAt,
    organisationName: row.organisation?.name ?? null,
    language: text?.locale ?? row.originalLanguage,
    translated: text?.locale === locale,
    title: text?.title ?? "",
    lead: text?.lead ?? "",
    body: text?.body ?? "",
    languages: row.translations.map((t) => t.locale),
  };
}

function filterWhere(filters: Omit<NewsFilters, "page">, now: Date): Prisma.NewsItemWhereInput {
  const and: Prisma.NewsItemWhereInput[] = [publicWhere(now)];
  if (filters.category.length) and.push({ category: { in: filters.category } });
  // A region's news includes the news for the whole of Finland.
  if (filters.region.length) and.push({ OR: [{ regions: { isEmpty: true } }, { regions: { hasSome: filters.region } }] });
  if (filters.lang.length) and.push({ translations: { some: { locale: { in: filters.lang } } } });
  return { AND: and };
}

export const listPublicNews = cache(async (filters: NewsFilters, locale: string, options: { pageSize?: number; now?: Date } = {}) => {
  const now = options.now ?? new Date();
  const pageSize = options.pageSize ?? NEWS_PAGE_SIZE;
  const where = filterWhere(filters, now);
  const [total, rows] = await Promise.all([
    prisma.newsItem.count({ where }),
    prisma.newsItem.findMany({ where, select: summarySelect, orderBy: [{ publishedAt: "desc" }, { id: "asc" }], skip: (filters.page - 1) * pageSize, take: pageSize }),
  ]);
  return { total, pageSize, items: rows.map((row) => toSummary(row, locale)) };
});

/** A public news item; past its last day it still opens (links in old mails), marked as closed. */
export const getPublicNews = cache(async (id: string, locale: string) => {
  const row = await prisma.newsItem.findFirst({ where: { id, status: "PUBLISHED", publishedAt: { lte: new Date() } }, select: summarySelect });
  if (!row) return undefined;
  const summary = toSummary(row, locale);
  return { ...summary, closed: row.validUntil ? endOfHelsinkiDay(row.validUntil.toISOString().slice(0, 10)) < new Date() : false };
});

/** News a user's organisations wrote (the organiser's list). */
export async function listNewsOfUser(userId: string, locale: string) {
  const rows = await prisma.newsItem.findMany({
    where: { OR: [{ createdById: userId }, { organisation: { memberships: { some: { userId } } } }] },
    select: { ...summarySelect, status: true, moderationFeedback: true },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return rows.map((row) => ({ ...toSummary(row, locale), status: row.status, feedback: row.moderationFeedback, publishedAt: row.publishedAt }));
}

/**
 * News its author's organisation (or a moderator) may edit, with every language's text; undefined
 * for anyone else (the page answers 404) and for archived news.
 */
export async function getEditableNews(options: { actor: Actor; newsId: string }) {
  if (!isRecordId(options.newsId)) return undefined;
  const row = await prisma.newsItem.findFirst({
    where: {
      id: options.newsId,
      status: { not: "ARCHIVED" },
      ...(isModerator(options.actor) ? {} : { organisationId: { not: null }, organisation: { memberships: { some: { userId: options.actor.id } } } }),
    },
    select: {
      id: true,
      status: true,
      category: true,
      regions: true,
      validUntil: true,
      originalLanguage: true,
      moderationFeedback: true,
      organisation: { select: { name: true } },
      translations: { select: { locale: true, title: true, lead: true, body: true, updatedAt: true } },
    },
  });
  return row ?? undefined;
}

/** The moderators' queue of submitted news, oldest first, with the whole text. */
export async function listSubmittedNews(locale: string) {
  const rows = await prisma.newsItem.findMany({
    where: { status: "SUBMITTED" },
    select: { ...summarySelect, submittedAt: true, createdBy: { select: { email: true } } },
    orderBy: { submittedAt: "asc" },
    take: 100,
  });
  return rows.map((row) => ({ ...toSummary(row, locale), submittedAt: row.submittedAt, author: row.createdBy?.email ?? null }));
}
