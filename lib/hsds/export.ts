import "server-only";
import { zipSync } from "fflate";
import { toTabular } from "./tabular";
import { pickTranslation } from "../activities/translation";
import { getReferenceData, municipalityName } from "../reference/municipalities";
import { searchAllIds } from "../search/open-data";
import type { SearchParamsInput } from "../search/query";
import { toCsv } from "./csv";
import { CSV_COLUMNS } from "./export-columns";
import { hsdsId } from "./ids";
import { labelsFor } from "./labels";
import { toPage, toService, type MappingContext, type ServiceRow } from "./mapping";
import { serviceRowsByIds } from "./queries";

// Downloads of any search (the search page's parameters): CSV, one row per notice, and HSDS
// JSON, the API's page envelope holding every result as a full service. Both contain exactly
// what the search page lists (lib/search/open-data.ts), up to ALL_IDS_LIMIT notices.

const BYDAY = ["", "MO", "TU", "WE", "TH", "FR", "SA", "SU"];



/** "Street 1, 00100 Helsinki [091]" places, joined by " | ". */
export function placeCell(place: ServiceRow["places"][number]): string {
  return `${place.name ? `${place.name}: ` : ""}${place.streetAddress}, ${place.postalCode} ${place.postOffice ?? ""}`.trim() + ` [${place.municipalityCode}]`;
}

/** "MO 17:00-19:00" weekly slots, "/2" for every second week, joined by "; ". */
export function scheduleCell(slots: ServiceRow["slots"]): string {
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  return slots.map((s) => `${BYDAY[s.weekday]} ${hhmm(s.startMinute)}-${hhmm(s.endMinute)}${s.everyNWeeks > 1 ? `/${s.everyNWeeks}` : ""}`).join("; ");
}

const date = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
const yesNo = (b: boolean) => (b ? "yes" : "no");

async function exportRows(params: SearchParamsInput, locale: string) {
  const { ids, total, truncated } = await searchAllIds(params, locale);
  return { rows: await serviceRowsByIds(ids), total, truncated };
}

export async function exportCsv(options: { params: SearchParamsInput; locale: string; origin: string }): Promise<{ body: string; count: number; truncated: boolean }> {
  const { rows, truncated } = await exportRows(options.params, options.locale);
  const { municipalities } = await getReferenceData();
  const lines = rows.map((row) => {
    const t = pickTranslation(row.translations, options.locale, row.originalLanguage);
    const values: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
      id: row.id,
      hsds_id: hsdsId("service", row.id),
      url: `${options.origin}/${options.locale}/activities/${row.id}`,
      text_language: t?.locale ?? row.originalLanguage,
      original_language: row.originalLanguage,
      title: t?.title ?? "",
      summary: t?.summary ?? "",
      description: t?.description ?? "",
      how_to_join: t?.howToJoin ?? "",
      integration_support: t?.integrationSupport ?? "",
      organisation: row.organisation.name,
      organisation_hsds_id: hsdsId("organization", row.organisation.id),
      business_id: row.organisation.businessId,
      themes: row.themes.join("; "),
      target_groups: row.targetGroups.join("; "),
      forms: row.forms.join("; "),
      languages: row.languages.join("; "),
      support_languages: row.supportLanguages.join("; "),
      finnish_level: row.finnishLevel.toLowerCase(),
      mode: row.mode.toLowerCase(),
      nationwide: yesNo(row.nationwide),
      municipality_codes: row.municipalities.join("; "),
      municipalities: row.municipalities.map((code) => (municipalities.get(code) ? municipalityName(municipalities.get(code)!, options.locale) : code)).join("; "),
      places: row.places.map(placeCell).join(" | "),
      online_url: row.onlineUrl,
      schedule: scheduleCell(row.slots),
      schedule_note: t?.scheduleNote ?? "",
      start_date: date(row.startDate),
      end_date: date(row.endDate),
      free: yesNo(row.isFree),
      cost_note: t?.costNote ?? "",
      registration: row.registration.toLowerCase(),
      registration_url: row.registrationUrl,
      registration_email: row.registrationEmail,
      registration_phone: row.registrationPhone,
      accepts_referrals: yesNo(row.acceptsReferrals),
      childcare: yesNo(row.childcare),
      accessibility: row.accessibility.join("; "),
      gender_space: row.genderSpace.toLowerCase(),
      age_min: row.ageMin,
      age_max: row.ageMax,
      contact_name: row.contactName,
      contact_email: row.contactEmail,
      contact_phone: row.contactPhone,
      last_confirmed: date(row.lastConfirmedAt),
      last_modified: row.updatedAt.toISOString(),
    };
    return CSV_COLUMNS.map((column) => values[column]);
  });
  return { body: toCsv(CSV_COLUMNS, lines), count: rows.length, truncated };
}

export async function exportHsds(options: { params: SearchParamsInput; locale: string; origin: string }) {
  const { rows, truncated } = await exportRows(options.params, options.locale);
  const ctx: MappingContext = { labels: await labelsFor(options.locale), origin: options.origin, reference: await getReferenceData() };
  const contents = rows.map((row) => toService(row, ctx));
  return {
    ...toPage(contents, contents.length, 1, Math.max(1, contents.length)),
    // Profile extensions: where the data comes from, under which licence, and whether the search had more results.
    source: `${options.origin}/${ctx.labels.locale}/open-data`,
    licence: "https://creativecommons.org/licenses/by/4.0/",
    generated_at: new Date().toISOString(),
    truncated,
  };
}

/**
 * The same services as the HSDS JSON export in the specification's tabular form: one CSV file
 * per object (lib/hsds/tabular.ts) and a datapackage.json, zipped.
 */
export async function exportTabular(options: { params: SearchParamsInput; locale: string; origin: string }): Promise<{ zip: Uint8Array; count: number; truncated: boolean }> {
  const document = await exportHsds(options);
  const files = toTabular(document.contents);
  const datapackage = {
    name: "tukiverkko-activities",
    title: "Tukiverkko activities (HSDS 3.1, tabular)",
    profile: "tabular-data-package",
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
    sources: [{ title: "Tukiverkko", path: document.source }],
    created: document.generated_at,
    resources: Object.keys(files).map((path) => ({ name: path.replace(/\.csv$/, ""), path, profile: "tabular-data-resource", format: "csv", mediatype: "text/csv", encoding: "utf-8" })),
  };
  const encoder = new TextEncoder();
  const entries: Record<string, Uint8Array> = { "datapackage.json": encoder.encode(JSON.stringify(datapackage, null, 2)) };
  for (const [path, text] of Object.entries(files)) entries[path] = encoder.encode(text);
  return { zip: zipSync(entries, { level: 6 }), count: document.contents.length, truncated: document.truncated };
}
