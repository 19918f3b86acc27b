import "server-only";
import { cache } from "react";
import { prisma } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { getReferenceData, municipalityName } from "../reference/municipalities";
import { pickTranslation } from "./translation";
import { availabilityOf, publicActivityWhere, type Availability } from "./visibility";
import { RECORD_ID_PATTERN as ID_PATTERN } from "../validation/record-id";
import { capacityShown, reportedOn, type CapacityShown } from "../reports/status";

export const PAGE_SIZE = 20;

export function isActivityId(value: string): boolean {
  return ID_PATTERN.test(value);
}

const translationSelect = {
  locale: true,
  title: true,
  summary: true,
} satisfies Prisma.ActivityTranslationSelect;

const summarySelect = {
  id: true,
  originalLanguage: true,
  mode: true,
  nationwide: true,
  municipalities: true,
  languages: true,
  supportLanguages: true,
  isFree: true,
  acceptsReferrals: true,
  childcare: true,
  lastConfirmedAt: true,
  publishedAt: true,
  capacityStatus: true,
  capacitySetAt: true,
  // Imported and not yet confirmed by the organiser (docs/decisions/016).
  awaitingOrganiser: true,
  importSource: true,
  // The open report group, if any (docs/decisions/011).
  reportGroups: { where: { closedAt: null }, select: { openedAt: true } },
  organisation: { select: { id: true, name: true } },
  translations: { select: translationSelect },
  slots: { select: { weekday: true, startMinute: true, endMinute: true, everyNWeeks: true }, orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
} satisfies Prisma.ActivitySelect;

type SummaryRow = Prisma.ActivityGetPayload<{ select: typeof summarySelect }>;

export type ActivitySummary = {
  id: string;
  title: string;
  summary: string;
  contentLocale: string;
  originalLanguage: string;
  organisation: { id: string; name: string };
  municipalityNames: string[];
  mode: SummaryRow["mode"];
  nationwide: boolean;
  languages: string[];
  supportLanguages: string[];
  isFree: boolean;
  acceptsReferrals: boolean;
  childcare: boolean;
  lastConfirmedAt: Date;
  slots: SummaryRow["slots"];
  /** Room for new participants, as readers see it (unknown once older than 30 days). */
  capacity: CapacityShown | undefined;
  /** When an unanswered report has waited 14 days: its date. */
  reportedOn: Date | undefined;
  /** Imported, and the organiser has not confirmed it yet (docs/decisions/016); where it came from. */
  awaitingOrganiser: boolean;
  importSource: string | null;
};

export type ActivityPage = { total: number; page: number; pageSize: number; items: ActivitySummary[] };

async function toSummaries(rows: SummaryRow[], locale: string): Promise<ActivitySummary[]> {
  const { municipalities } = await getReferenceData();
  return rows.map((row) => {
    const text = pickTranslation(row.translations, locale, row.originalLanguage);
    return {
      id: row.id,
      title: text?.title ?? "",
      summary: text?.summary ?? "",
      contentLocale: text?.locale ?? row.originalLanguage,
      originalLanguage: row.originalLanguage,
      organisation: row.organisation,
      municipalityNames: row.municipalities
        .map((code) => municipalities.get(code))
        .filter((m) => m !== undefined)
        .map((m) => municipalityName(m, locale)),
      mode: row.mode,
      nationwide: row.nationwide,
      languages: row.languages,
      supportLanguages: row.supportLanguages,
      isFree: row.isFree,
      acceptsReferrals: row.acceptsReferrals,
      childcare: row.childcare,
      lastConfirmedAt: row.lastConfirmedAt,
      slots: row.slots,
      capacity: capacityShown(row.capacityStatus, row.capacitySetAt),
      reportedOn: reportedOn(row.reportGroups[0]?.openedAt),
      awaitingOrganiser: row.awaitingOrganiser,
      importSource: row.importSource,
    };
  });
}

/** Published, valid notices, newest first. The search issue replaces the filtering, not this shape. */
export const listPublicActivities = cache(
  async (options: { locale: string; page: number; pageSize?: number; organisationId?: string }): Promise<ActivityPage> => {
    const pageSize = options.pageSize ?? PAGE_SIZE;
    const where: Prisma.ActivityWhereInput = {
      ...publicActivityWhere(),
      ...(options.organisationId ? { organisationId: options.organisationId } : {}),
    };
    // Two connections in parallel: faster than a batch transaction, and a count a moment
    // apart from the page does no harm.
    const [total, rows] = await Promise.all([
      prisma.activity.count({ where }),
      prisma.activity.findMany({
        where,
        select: summarySelect,
        orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
        skip: (options.page - 1) * pageSize,
        take: pageSize,
      }),
    ]);
    return { total, page: options.page, pageSize, items: await toSummaries(rows, options.locale) };
  },
);

/** Summaries for the given ids, in the same order (ids that are no longer public are skipped). */
export async function getActivitySummaries(ids: string[], locale: string): Promise<ActivitySummary[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.activity.findMany({ where: { id: { in: ids }, ...publicActivityWhere() }, select: summarySelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered = ids.map((id) => byId.get(id)).filter((row) => row !== undefined);
  return toSummaries(ordered, locale);
}

const detailSelect = {
  ...summarySelect,
  status: true,
  validUntil: true,
  deletedAt: true,
  themes: true,
  targetGroups: true,
  forms: true,
  finnishLevel: true,
  registration: true,
  registrationUrl: true,
  registrationEmail: true,
  registrationPhone: true,
  onlineUrl: true,
  contactBeforeReferral: true,
  accessibility: true,
  genderSpace: true,
  ageMin: true,
  ageMax: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  startDate: true,
  endDate: true,
  organisation: { select: { id: true, name: true, website: true, email: true, phone: true } },
  translations: {
    select: {
      locale: true,
      title: true,
      summary: true,
      description: true,
      howToJoin: true,
      integrationSupport: true,
      scheduleNote: true,
      costNote: true,
      easySummary: true,
    },
    orderBy: { locale: "asc" },
  },
  places: {
    select: { id: true, name: true, streetAddress: true, postalCode: true, postOffice: true, municipalityCode: true },
    orderBy: { id: "asc" },
  },
  pauses: { select: { startDate: true, endDate: true }, orderBy: { startDate: "asc" } },
} satisfies Prisma.ActivitySelect;

type DetailRow = Prisma.ActivityGetPayload<{ select: typeof detailSelect }>;
export type ActivityTranslationText = DetailRow["translations"][number];

export type ActivityDetail = Omit<DetailRow, "translations" | "places" | "capacityStatus" | "capacitySetAt" | "reportGroups"> & {
  capacity: CapacityShown | undefined;
  reportedOn: Date | undefined;
  availability: Availability;
  text: ActivityTranslationText;
  /** Every language the notice is written in, so readers can switch. */
  availableLocales: string[];
  /** The easy-Finnish (selkosuomi) summary of the Finnish version, whatever language is shown. */
  easyFinnish: string | null;
  places: (DetailRow["places"][number] & { municipalityName: string })[];
  municipalityNames: string[];
};

/**
 * A notice as the public sees it. Drafts, submissions, rejections and deleted notices do
 * not exist for the public (undefined → 404); expired and archived ones come back marked so
 * that someone holding an old link learns the notice is no longer valid.
 */
export const getPublicActivity = cache(async (id: string, locale: string): Promise<ActivityDetail | undefined> => {
  if (!isActivityId(id)) return undefined;
  const row = await prisma.activity.findUnique({ where: { id }, select: detailSelect });
  if (!row) return undefined;
  const availability = availabilityOf(row);
  const text = pickTranslation(row.translations, locale, row.originalLanguage);
  if (!availability || !text) return undefined;
  const { municipalities } = await getReferenceData();
  const nameOf = (code: string) => {
    const m = municipalities.get(code);
    return m ? municipalityName(m, locale) : code;
  };
  const { capacityStatus, capacitySetAt, reportGroups, ...rest } = row;
  return {
    ...rest,
    capacity: capacityShown(capacityStatus, capacitySetAt),
    reportedOn: reportedOn(reportGroups[0]?.openedAt),
    availability,
    text,
    availableLocales: row.translations.map((t) => t.locale),
    easyFinnish: row.translations.find((t) => t.locale === "fi")?.easySummary ?? null,
    places: row.places.map((place) => ({ ...place, municipalityName: nameOf(place.municipalityCode) })),
    municipalityNames: row.municipalities.map(nameOf),
  };
});
