import { z } from "zod";
import { isLocale } from "../../i18n/locales";
import { isActivityLanguage } from "../../reference/languages";
import { isSlug } from "../../reference/taxonomies";
import { ORGANISATION_KINDS } from "../../reference/vocabulary";
import { normaliseBusinessId } from "../../validation/business-id";
import { parseCsv } from "../csv";
import { CSV_COLUMNS } from "../export-columns";
import { HSDS_TAXONOMIES, termById, type HsdsTaxonomyName } from "../taxonomies";
import { servicesFromTables, type TabularFiles } from "../tabular";
import type { ImportError, ImportNotice, ImportOrganisation, ImportText, ParsedImport } from "./types";

// An HSDS JSON file (an array of services, the API's page envelope, or our export) or our CSV
// export, read into notices and organisations, with every error's row and field. Pure: the
// database is asked nothing here (municipality names come in as a lookup).

export const MAX_IMPORT_ROWS = 2000;

export type MunicipalityLookup = { byCode: Set<string>; byName: Map<string, string> };

const BYDAY: Record<string, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };
// Three-letter ISO 639-2/3 codes that other directories use for our two-letter ones.
const LANGUAGE_ALIASES: Record<string, string> = { fin: "fi", swe: "sv", eng: "en", rus: "ru", ukr: "uk", est: "et", ara: "ar", fas: "fa", per: "fa", som: "so", zho: "zh", chi: "zh", vie: "vi", tha: "th", tur: "tr", pus: "ps", tir: "ti", amh: "am", sqi: "sq", alb: "sq", bos: "bs", fra: "fr", fre: "fr", spa: "es", por: "pt", deu: "de", ger: "de", pol: "pl", ron: "ro", rum: "ro", tgl: "tl", mya: "my", bur: "my", nep: "ne", hin: "hi", urd: "ur", ben: "bn", swa: "sw" };

export function foldName(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function languageCode(code: string): string | undefined {
  const c = code.trim().toLowerCase();
  const mapped = LANGUAGE_ALIASES[c] ?? c;
  return isActivityLanguage(mapped) ? mapped : undefined;
}

const obj = z.record(z.string(), z.unknown());

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

function arr(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => obj.safeParse(v).success) : [];
}

function time(value: unknown): number | undefined {
  const m = typeof value === "string" ? /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(value.trim()) : null;
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[1]) < 24 && Number(m[2]) < 60 ? minutes : undefined;
}

function date(value: unknown): string | null {
  const m = typeof value === "string" ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
  return m ? m[1]! : null;
}

function httpUrl(value: unknown): string | null {
  const t = text(value);
  if (!t) return null;
  try {
    const url = new URL(t);
    return url.protocol === "http:" || url.protocol === "https:" ? t : null;
  } catch {
    return null;
  }
}

function organisationFrom(value: unknown, row: number, errors: ImportError[]): ImportOrganisation | undefined {
  const o = obj.safeParse(value);
  if (!o.success) {
    errors.push({ row, field: "organization", code: "required" });
    return undefined;
  }
  const org = o.data;
  const name = text(org.name);
  if (!name) {
    errors.push({ row, field: "organization.name", code: "required" });
    return undefined;
  }
  const identifiers = arr(org.organization_identifiers);
  const rawId = text(identifiers.find((i) => /y-tunnus|business id|FI-PRO|FI-PRH/i.test(`${i.identifier_type ?? ""} ${i.identifier_scheme ?? ""}`))?.identifier) ?? text(org.tax_id);
  let businessId: string | null = null;
  if (rawId) {
    businessId = normaliseBusinessId(rawId);
    if (!businessId) errors.push({ row, field: "organization.organization_identifiers", code: "invalidBusinessId" });
  }
  const kindText = text(org.organisation_kind)?.toUpperCase();
  const kind = kindText && (ORGANISATION_KINDS as readonly string[]).includes(kindText) ? kindText : "OTHER";
  const translations = obj.safeParse(org.translations);
  const descriptions: Record<string, string> = {};
  if (translations.success) {
    for (const [locale, t] of Object.entries(translations.data)) {
      const d = text((t as Record<string, unknown> | null)?.description);
      if (d && isLocale(locale)) descriptions[locale] = d;
    }
  }
  const description = text(org.description);
  const descriptionLanguage = text(org.text_language);
  if (description && Object.keys(descriptions).length === 0) descriptions[descriptionLanguage && isLocale(descriptionLanguage) ? descriptionLanguage : "fi"] = description;
  const phones = arr(org.phones);
  return {
    key: businessId ?? `name:${foldName(name)}`,
    name,
    kind,
    businessId,
    website: httpUrl(org.website),
    email: text(org.email),
    phone: text(phones[0]?.number),
    descriptions,
  };
}

/** Our taxonomy values named by a service's attributes (by our term ids, or by taxonomy name and code). */
function attributeValues(service: Record<string, unknown>): Map<HsdsTaxonomyName, string[]> {
  const found = new Map<HsdsTaxonomyName, string[]>();
  for (const a of arr(service.attributes)) {
    const term = typeof a.taxonomy_term_id === "string" ? termById(a.taxonomy_term_id) : undefined;
    const taxonomy = term?.taxonomy ?? (typeof a.link_type === "string" && a.link_type in HSDS_TAXONOMIES ? (a.link_type as HsdsTaxonomyName) : undefined);
    const value = term?.value ?? text(a.value);
    if (!taxonomy || !value) continue;
    if (!(HSDS_TAXONOMIES[taxonomy].values as readonly string[]).includes(value)) continue;
    found.set(taxonomy, [...new Set([...(found.get(taxonomy) ?? []), value])]);
  }
  return found;
}

function municipalityOf(address: Record<string, unknown>, location: Record<string, unknown>, lookup: MunicipalityLookup): string | undefined {
  const code = text(address.municipality_code) ?? (location.external_identifier_type === "municipality_code" ? text(location.external_identifier) : null);
  if (code && lookup.byCode.has(code)) return code;
  const city = text(address.city);
  return city ? lookup.byName.get(foldName(city)) : undefined;
}

function serviceTexts(service: Record<string, unknown>, row: number, fallbackLanguage: string, errors: ImportError[]): { translations: Record<string, ImportText>; originalLanguage: string } {
  const translations: Record<string, ImportText> = {};
  const ext = obj.safeParse(service.translations);
  const build = (t: Record<string, unknown>): ImportText | undefined => {
    const title = text(t.name);
    const description = text(t.description);
    if (!title || !description) return undefined;
    return {
      title: title.slice(0, 200),
      summary: (text(t.summary) ?? text(t.alternate_name) ?? description.split(/(?<=[.!?])\s/)[0] ?? description).slice(0, 300),
      description,
      howToJoin: text(t.application_process) ?? "",
      integrationSupport: text(t.integration_support) ?? "",
      scheduleNote: text(t.schedule_note),
      costNote: null,
      easySummary: text(t.easy_summary),
    };
  };
  if (ext.success) {
    for (const [locale, value] of Object.entries(ext.data)) {
      const parsed = obj.safeParse(value);
      const built = parsed.success && isActivityLanguage(locale) ? build(parsed.data) : undefined;
      if (built) translations[locale] = { ...built, costNote: text(parsed.success ? parsed.data.cost_note : null) };
    }
  }
  const language = languageCode(text(service.original_language) ?? text(service.text_language) ?? fallbackLanguage) ?? fallbackLanguage;
  if (Object.keys(translations).length === 0) {
    const built = build(service);
    if (built) translations[language] = { ...built, costNote: text(service.fees_description) };
    else {
      if (!text(service.name)) errors.push({ row, field: "name", code: "required" });
      if (!text(service.description)) errors.push({ row, field: "description", code: "required" });
    }
  }
  for (const [locale, t] of Object.entries(translations)) {
    if (!t.howToJoin) errors.push({ row, field: Object.keys(translations).length > 1 ? `translations.${locale}.application_process` : "application_process", code: "required" });
  }
  const originalLanguage = translations[language] ? language : (Object.keys(translations)[0] ?? language);
  return { translations, originalLanguage };
}

/** One HSDS service (full, as /services/{id} or our export gives it) into a notice. */
export function noticeFromService(service: Record<string, unknown>, row: number, options: { lookup: MunicipalityLookup; textLanguage: string }): { notice?: ImportNotice; organisation?: ImportOrganisation; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const organisation = organisationFrom(service.organization, row, errors);
  const { translations, originalLanguage } = serviceTexts(service, row, options.textLanguage, errors);
  const values = attributeValues(service);
  const themes = (values.get("themes") ?? []).filter((s) => isSlug("themes", s));
  const forms = (values.get("forms") ?? []).filter((s) => isSlug("forms", s));
  if (themes.length === 0) errors.push({ row, field: "attributes (themes)", code: "required" });
  if (forms.length === 0) errors.push({ row, field: "attributes (forms)", code: "required" });
  const features = new Set(values.get("features") ?? []);

  const languages: string[] = [];
  const supportLanguages: string[] = [];
  arr(service.languages).forEach((l, i) => {
    const code = languageCode(text(l.code) ?? "");
    if (!code) errors.push({ row, field: `languages[${i}].code`, code: "invalidLanguage" });
    else if (l.note === "support") supportLanguages.push(code);
    else languages.push(code);
  });
  if (languages.length === 0) {
    if (translations[originalLanguage]) languages.push(originalLanguage);
    else errors.push({ row, field: "languages", code: "required" });
  }

  const places: ImportNotice["places"] = [];
  let hasVirtual = false;
  let onlineUrl: string | null = null;
  arr(service.service_at_locations).forEach((sal, i) => {
    const location = obj.safeParse(sal.location).success ? (sal.location as Record<string, unknown>) : undefined;
    if (!location) return;
    if (location.location_type === "virtual") {
      hasVirtual = true;
      onlineUrl ??= httpUrl(location.url);
      return;
    }
    const address = arr(location.addresses)[0];
    if (!address) return;
    const postalCode = text(address.postal_code);
    const streetAddress = text(address.address_1);
    const municipalityCode = municipalityOf(address, location, options.lookup);
    if (!streetAddress) errors.push({ row, field: `service_at_locations[${i}].location.addresses[0].address_1`, code: "required" });
    if (!postalCode || !/^\d{5}$/.test(postalCode)) errors.push({ row, field: `service_at_locations[${i}].location.addresses[0].postal_code`, code: "invalidPostalCode" });
    if (!municipalityCode) errors.push({ row, field: `service_at_locations[${i}].location.addresses[0].city`, code: "unknownMunicipality" });
    if (streetAddress && postalCode && /^\d{5}$/.test(postalCode) && municipalityCode) {
      const name = text(location.name);
      places.push({
        name: name && name !== streetAddress ? name : null,
        streetAddress,
        postalCode,
        postOffice: text(address.city),
        municipalityCode,
        latitude: typeof location.latitude === "number" ? location.latitude : null,
        longitude: typeof location.longitude === "number" ? location.longitude : null,
      });
    }
  });
  const modeValue = values.get("mode")?.[0];
  const mode = (modeValue as ImportNotice["mode"] | undefined) ?? (hasVirtual ? (places.length ? "HYBRID" : "ONLINE") : "ONSITE");
  if (mode !== "ONLINE" && places.length === 0 && !errors.some((e) => e.field.startsWith("service_at_locations"))) errors.push({ row, field: "service_at_locations", code: "placeRequired" });

  let nationwide = false;
  // The service areas' order first (ours lists the served municipalities in the notice's order), then places.
  const municipalities = new Set<string>();
  arr(service.service_areas).forEach((area, i) => {
    if (area.country_code === "FI") {
      nationwide = true;
      return;
    }
    const code = text(area.municipality_code);
    const byName = text(area.name) ? options.lookup.byName.get(foldName(String(area.name))) : undefined;
    const found = code && options.lookup.byCode.has(code) ? code : byName;
    if (found) municipalities.add(found);
    else errors.push({ row, field: `service_areas[${i}]`, code: "unknownMunicipality" });
  });
  for (const p of places) municipalities.add(p.municipalityCode);
  if (mode === "ONSITE") nationwide = false;
  if (!nationwide && municipalities.size === 0 && mode === "ONLINE") nationwide = true;

  const slots: ImportNotice["slots"] = [];
  let startDate: string | null = null;
  let endDate: string | null = null;
  arr(service.schedules).forEach((s, i) => {
    if (s.freq !== undefined && s.freq !== "WEEKLY") {
      errors.push({ row, field: `schedules[${i}].freq`, code: "weeklyOnly" });
      return;
    }
    const open = time(s.opens_at);
    const close = time(s.closes_at);
    const days = String(s.byday ?? "").split(",").map((d) => BYDAY[d.trim().toUpperCase().slice(-2)]).filter((d): d is number => d !== undefined);
    if (open === undefined || close === undefined || close <= open) errors.push({ row, field: `schedules[${i}].opens_at`, code: "invalidTime" });
    if (days.length === 0) errors.push({ row, field: `schedules[${i}].byday`, code: "invalidDay" });
    const interval = typeof s.interval === "number" && Number.isInteger(s.interval) && s.interval >= 1 && s.interval <= 4 ? s.interval : 1;
    if (open !== undefined && close !== undefined && close > open) for (const weekday of days) slots.push({ weekday, startMinute: open, endMinute: close, everyNWeeks: interval });
    startDate ??= date(s.valid_from) ?? date(s.dtstart);
    endDate ??= date(s.valid_to) ?? date(s.until);
  });
  if (slots.length === 0 && !errors.some((e) => e.field.startsWith("schedules"))) errors.push({ row, field: "schedules", code: "required" });

  const contact = arr(service.contacts)[0];
  const costOptions = arr(service.cost_options);
  const age = (value: unknown) => (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 120 ? value : null);
  const externalId = text(service.id);
  if (errors.length > 0 || !organisation) return { errors, organisation };
  return {
    organisation,
    errors,
    notice: {
      row,
      externalId,
      organisationKey: organisation.key,
      originalLanguage,
      translations,
      themes,
      targetGroups: (values.get("targetGroups") ?? ["everyone"]).filter((s) => isSlug("targetGroups", s)),
      forms,
      accessibility: (values.get("accessibility") ?? []).filter((s) => isSlug("accessibility", s)),
      languages: [...new Set(languages)],
      supportLanguages: [...new Set(supportLanguages)],
      finnishLevel: (values.get("finnishLevel")?.[0] as ImportNotice["finnishLevel"] | undefined) ?? "NONE",
      mode,
      genderSpace: (values.get("genderSpace")?.[0] as ImportNotice["genderSpace"] | undefined) ?? "ALL",
      nationwide,
      municipalities: [...municipalities],
      isFree: features.has("free") || costOptions.some((c) => c.amount === 0),
      registration: service.registration === "required" ? "REQUIRED" : "DROP_IN",
      registrationUrl: httpUrl(service.registration_url),
      registrationEmail: "registration_email" in service || "registration" in service ? text(service.registration_email) : text(service.email),
      registrationPhone: text(arr(service.phones)[0]?.number),
      onlineUrl,
      acceptsReferrals: features.has("accepts-referrals"),
      contactBeforeReferral: features.has("contact-before-referral"),
      childcare: features.has("childcare"),
      ageMin: age(service.minimum_age),
      ageMax: age(service.maximum_age),
      contactName: text(contact?.name),
      contactEmail: text(contact?.email),
      contactPhone: text(arr(contact?.phones)[0]?.number),
      startDate,
      endDate,
      places,
      slots,
      pauses: arr(service.schedule_pauses).flatMap((p) => (date(p.start_date) && date(p.end_date) ? [{ startDate: date(p.start_date)!, endDate: date(p.end_date)! }] : [])),
    },
  };
}

function collect(parsed: { notice?: ImportNotice; organisation?: ImportOrganisation; errors: ImportError[] }[], rows: number): ParsedImport {
  const organisations = new Map<string, ImportOrganisation>();
  const notices: ImportNotice[] = [];
  const errors: ImportError[] = [];
  const seenExternal = new Map<string, number>();
  for (const item of parsed) {
    errors.push(...item.errors);
    if (!item.notice || !item.organisation) continue;
    if (item.notice.externalId) {
      const first = seenExternal.get(item.notice.externalId);
      if (first !== undefined) {
        errors.push({ row: item.notice.row, field: "id", code: "duplicateInFile" });
        continue;
      }
      seenExternal.set(item.notice.externalId, item.notice.row);
    }
    const known = organisations.get(item.organisation.key);
    if (!known) organisations.set(item.organisation.key, item.organisation);
    else for (const [locale, d] of Object.entries(item.organisation.descriptions)) known.descriptions[locale] ??= d;
    notices.push(item.notice);
  }
  return { organisations: [...organisations.values()], notices, errors, rows };
}

/** An HSDS JSON document: a list of services, a page of them ({ contents }), { services }, or one service. */
export function parseHsdsJson(content: string, options: { lookup: MunicipalityLookup; textLanguage: string }): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch {
    return { organisations: [], notices: [], errors: [], rows: 0, fileError: "notJson" };
  }
  const record = obj.safeParse(data);
  const list = Array.isArray(data) ? data : record.success ? (Array.isArray(record.data.contents) ? record.data.contents : Array.isArray(record.data.services) ? record.data.services : record.data.name ? [record.data] : undefined) : undefined;
  if (!list || list.length === 0) return { organisations: [], notices: [], errors: [], rows: 0, fileError: "noServices" };
  if (list.length > MAX_IMPORT_ROWS) return { organisations: [], notices: [], errors: [], rows: list.length, fileError: "tooManyRows" };
  return collect(
    list.map((item, i) => {
      const service = obj.safeParse(item);
      return service.success ? noticeFromService(service.data, i + 1, options) : { errors: [{ row: i + 1, field: "", code: "notAService" }] };
    }),
    list.length,
  );
}

const PLACE = /^(?:(.+?): )?(.+), (\d{5})(?: (.*?))? \[(\d{3})\]$/;
const SLOT = /^(MO|TU|WE|TH|FR|SA|SU) (\d{1,2}:\d{2})-(\d{1,2}:\d{2})(?:\/([1-4]))?$/;

/** Our CSV export's columns (one notice a line) as HSDS-like services, then as above. */
export function parseCsvImport(content: string, options: { lookup: MunicipalityLookup; textLanguage: string }): ParsedImport {
  const table = parseCsv(content);
  const header = (table[0] ?? []).map((h) => h.trim());
  const required = ["title", "description", "how_to_join", "organisation", "themes", "forms", "schedule"];
  if (table.length < 2 || required.some((c) => !header.includes(c))) return { organisations: [], notices: [], errors: [], rows: Math.max(0, table.length - 1), fileError: "csvHeader" };
  if (table.length - 1 > MAX_IMPORT_ROWS) return { organisations: [], notices: [], errors: [], rows: table.length - 1, fileError: "tooManyRows" };
  const unquote = (v: string) => (v.startsWith("'") && /^'[=+\-@]/.test(v) ? v.slice(1) : v);
  const parsed = table.slice(1).map((cells, i) => {
    const row = i + 2; // the header is line 1
    const get = (name: (typeof CSV_COLUMNS)[number]) => unquote((cells[header.indexOf(name)] ?? "").trim());
    const list = (name: (typeof CSV_COLUMNS)[number]) => get(name).split(";").map((v) => v.trim()).filter(Boolean);
    const errors: ImportError[] = [];
    const language = languageCode(get("text_language")) ?? options.textLanguage;
    const placeCells = get("places").split(" | ").map((p) => p.trim()).filter(Boolean);
    const serviceAtLocations = placeCells.flatMap((cell) => {
      const m = PLACE.exec(cell);
      if (!m) {
        errors.push({ row, field: "places", code: "invalidPlace" });
        return [];
      }
      return [{ location: { location_type: "physical", name: m[1] ?? m[2], addresses: [{ address_1: m[2], postal_code: m[3], city: m[4] || undefined, municipality_code: m[5] }] } }];
    });
    const mode = get("mode").toUpperCase();
    if (mode === "ONLINE" || mode === "HYBRID") serviceAtLocations.push({ location: { location_type: "virtual", url: get("online_url") || undefined } } as never);
    const schedules = list("schedule").flatMap((cell) => {
      const m = SLOT.exec(cell);
      if (!m) {
        errors.push({ row, field: "schedule", code: "invalidTime" });
        return [];
      }
      return [{ freq: "WEEKLY", byday: m[1], opens_at: m[2], closes_at: m[3], interval: m[4] ? Number(m[4]) : 1, valid_from: get("start_date") || undefined, valid_to: get("end_date") || undefined }];
    });
    const attribute = (taxonomy: HsdsTaxonomyName, values: string[]) => values.map((value) => ({ link_type: taxonomy, value }));
    const yes = (name: (typeof CSV_COLUMNS)[number]) => get(name).toLowerCase() === "yes";
    const service: Record<string, unknown> = {
      id: get("hsds_id") || get("id") || undefined,
      name: get("title"),
      alternate_name: get("summary"),
      description: get("description"),
      application_process: get("how_to_join"),
      text_language: language,
      translations: {
        [language]: {
          name: get("title"),
          summary: get("summary"),
          description: get("description"),
          application_process: get("how_to_join"),
          integration_support: get("integration_support"),
          schedule_note: get("schedule_note"),
          cost_note: get("cost_note"),
        },
      },
      original_language: language,
      organization: { name: get("organisation"), tax_id: get("business_id") || undefined },
      attributes: [
        ...attribute("themes", list("themes")),
        ...attribute("targetGroups", list("target_groups")),
        ...attribute("forms", list("forms")),
        ...attribute("accessibility", list("accessibility")),
        ...(mode ? attribute("mode", [mode]) : []),
        ...(get("finnish_level") ? attribute("finnishLevel", [get("finnish_level").toUpperCase()]) : []),
        ...(get("gender_space") ? attribute("genderSpace", [get("gender_space").toUpperCase()]) : []),
        ...attribute("features", [...(yes("free") ? ["free"] : []), ...(yes("accepts_referrals") ? ["accepts-referrals"] : []), ...(yes("childcare") ? ["childcare"] : [])]),
      ],
      languages: [...list("languages").map((code) => ({ code })), ...list("support_languages").map((code) => ({ code, note: "support" }))],
      service_at_locations: serviceAtLocations,
      service_areas: [...(yes("nationwide") ? [{ country_code: "FI" }] : []), ...list("municipality_codes").map((code) => ({ municipality_code: code }))],
      schedules,
      registration: get("registration") === "required" ? "required" : "drop_in",
      registration_url: get("registration_url") || undefined,
      registration_email: get("registration_email") || undefined,
      phones: get("registration_phone") ? [{ number: get("registration_phone") }] : [],
      contacts: get("contact_name") || get("contact_email") || get("contact_phone") ? [{ name: get("contact_name"), email: get("contact_email"), phones: get("contact_phone") ? [{ number: get("contact_phone") }] : [] }] : [],
      minimum_age: get("age_min") ? Number(get("age_min")) : undefined,
      maximum_age: get("age_max") ? Number(get("age_max")) : undefined,
    };
    const result = noticeFromService(service, row, options);
    return errors.length ? { errors: [...errors, ...result.errors], organisation: result.organisation } : result;
  });
  return collect(parsed, table.length - 1);
}


/**
 * The HSDS tabular form (organizations.csv, services.csv, locations.csv, ...): the files joined
 * by their ids into services (lib/hsds/tabular.ts), then read exactly as a JSON file's services.
 * A row is the service's line in services.csv; errors in the other files name file, line and column.
 */
export function parseTabularImport(files: TabularFiles, options: { lookup: MunicipalityLookup; textLanguage: string }): ParsedImport {
  const joined = servicesFromTables(files);
  if (joined.fileError) return { organisations: [], notices: [], errors: [], rows: 0, fileError: joined.fileError };
  if (joined.services.length > MAX_IMPORT_ROWS) return { organisations: [], notices: [], errors: [], rows: joined.services.length, fileError: "tooManyRows" };
  return collect(
    joined.services.map(({ service, line, errors }) => {
      const result = noticeFromService(service, line, options);
      if (errors.length === 0) return result;
      return { errors: [...errors.map((e) => ({ row: line, ...e })), ...result.errors], organisation: result.organisation };
    }),
    joined.services.length,
  );
}
