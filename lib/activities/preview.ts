import "server-only";
import { getReferenceData, municipalityName } from "../reference/municipalities";
import { activityColumns, TEXT_FIELDS, toDate, type NoticeContent } from "./content";
import type { ActivityDetail, ActivitySummary } from "./queries";
import { pickTranslation } from "./translation";

// A notice's content (what a moderator reviews) in the shapes the public card and notice page
// render, so the review page shows the notice exactly as it will appear once approved.

type Meta = { id: string; organisation: { id: string; name: string; website: string | null; email: string | null; phone: string | null }; lastConfirmedAt: Date; now: Date };

export async function previewOf(content: NoticeContent, meta: Meta, locale: string): Promise<{ summary: ActivitySummary; detail: ActivityDetail }> {
  const f = content.facts;
  const { municipalities } = await getReferenceData();
  const nameOf = (code: string) => {
    const m = municipalities.get(code);
    return m ? municipalityName(m, locale) : "";
  };
  const translations = Object.entries(content.texts).map(([code, texts]) => ({
    locale: code,
    ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, texts[field] ?? ""])) as Record<(typeof TEXT_FIELDS)[number], string>),
  }));
  const text = pickTranslation(translations, locale, f.originalLanguage) ?? { locale: f.originalLanguage, ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, ""])) as Record<(typeof TEXT_FIELDS)[number], string>) };
  const columns = activityColumns(f);
  const served = columns.municipalities;
  const slots = f.slots.map((s) => ({ ...s }));
  const summary: ActivitySummary = {
    id: meta.id,
    title: text.title,
    summary: text.summary,
    contentLocale: text.locale,
    originalLanguage: f.originalLanguage,
    organisation: { id: meta.organisation.id, name: meta.organisation.name },
    municipalityNames: served.map(nameOf).filter(Boolean),
    mode: columns.mode,
    nationwide: columns.nationwide,
    languages: columns.languages,
    supportLanguages: columns.supportLanguages,
    isFree: columns.isFree,
    acceptsReferrals: columns.acceptsReferrals,
    childcare: columns.childcare,
    lastConfirmedAt: meta.lastConfirmedAt,
    slots,
    // Capacity and reports belong to the live notice, not to the content under review.
    capacity: undefined,
    reportedOn: undefined,
    // The preview shows the content as the organiser would: provenance is the live notice's.
    awaitingOrganiser: false,
    importSource: null,
  };
  const detail: ActivityDetail = {
    ...summary,
    ...columns,
    status: "PUBLISHED",
    deletedAt: null,
    publishedAt: meta.now,
    organisation: meta.organisation,
    availability: "current",
    text: { ...text, scheduleNote: text.scheduleNote || null, costNote: text.costNote || null, easySummary: text.easySummary || null },
    availableLocales: translations.map((t) => t.locale),
    easyFinnish: content.texts.fi?.easySummary ?? null,
    places: f.places.map((p, i) => ({ id: `preview-${i}`, ...p, municipalityName: nameOf(p.municipalityCode) })),
    pauses: f.pauses.map((p) => ({ startDate: toDate(p.startDate)!, endDate: toDate(p.endDate)! })),
    municipalityNames: served.map(nameOf).filter(Boolean),
  };
  return { summary, detail };
}
