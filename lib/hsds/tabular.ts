import { parse } from "csv-parse/sync";
import { toCsv } from "./csv";

// The HSDS tabular form (a Tabular Data Package: one CSV file per object, joined by ids, see
// the `path` of each schema in the specification), both ways and pure:
// - toTabular: full HSDS services (as /services/{id} or our JSON export gives them) into files;
// - servicesFromTables: the files back into nested services, which the JSON import then reads
//   (lib/hsds/import/parse.ts noticeFromService), so both forms share one import path.
// Our extensions that have no column in HSDS travel in extra files of the same package:
// service_translations.csv, organization_translations.csv and schedule_pauses.csv (decision 016).

type Row = Record<string, string>;
type Json = Record<string, unknown>;

/** Our table names; the file names accepted for each (the specification's first). */
export const TABULAR_TABLES = {
  organizations: ["organizations.csv"],
  organization_identifiers: ["organization_identifiers.csv"],
  organization_translations: ["organization_translations.csv"],
  services: ["services.csv"],
  service_translations: ["service_translations.csv"],
  locations: ["locations.csv"],
  service_at_locations: ["service_at_location.csv", "service_at_locations.csv", "services_at_location.csv"],
  addresses: ["addresses.csv"],
  phones: ["phones.csv"],
  schedules: ["schedules.csv"],
  schedule_pauses: ["schedule_pauses.csv"],
  languages: ["languages.csv"],
  service_areas: ["service_areas.csv"],
  cost_options: ["cost_options.csv"],
  contacts: ["contacts.csv"],
  attributes: ["attributes.csv"],
  taxonomy_terms: ["taxonomy_terms.csv"],
  taxonomies: ["taxonomies.csv"],
} as const;

export type TabularTable = keyof typeof TABULAR_TABLES;

/** Which table a file name is (folders in a zip and letter case ignored), if any. */
export function tableOfFile(fileName: string): TabularTable | undefined {
  const base = fileName.split(/[\\/]/).pop()!.toLowerCase();
  return (Object.keys(TABULAR_TABLES) as TabularTable[]).find((table) => (TABULAR_TABLES[table] as readonly string[]).includes(base));
}

// ---- export ----

const isScalar = (v: unknown): v is string | number | boolean => typeof v === "string" || typeof v === "number" || typeof v === "boolean";

class Tables {
  readonly rows = new Map<TabularTable, Row[]>();
  private readonly seen = new Map<TabularTable, Set<string>>();

  /** Adds the object's scalar fields (plus `extra`, the foreign keys) as one row; once per id. */
  add(table: TabularTable, object: Json, extra: Row = {}): boolean {
    const id = typeof object.id === "string" ? object.id : undefined;
    const seen = this.seen.get(table) ?? new Set<string>();
    this.seen.set(table, seen);
    if (id && seen.has(id)) return false;
    if (id) seen.add(id);
    // The id first, then the foreign keys, then the object's own fields, as in the specification's tables.
    const row: Row = { ...(id ? { id } : {}), ...extra };
    for (const [key, value] of Object.entries(object)) if (isScalar(value)) row[key] = String(value);
    this.rows.set(table, [...(this.rows.get(table) ?? []), row]);
    return true;
  }
}

const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((v): v is Json => typeof v === "object" && v !== null && !Array.isArray(v)) : []);
const object = (value: unknown): Json | undefined => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined);

/** Full HSDS services as the tabular form: file name → CSV text (UTF-8 with BOM). */
export function toTabular(services: readonly Json[]): Record<string, string> {
  const t = new Tables();
  for (const service of services) {
    const serviceId = String(service.id);
    const organization = object(service.organization);
    if (organization && t.add("organizations", organization)) {
      const organizationId = String(organization.id);
      for (const identifier of list(organization.organization_identifiers)) t.add("organization_identifiers", identifier, { organization_id: organizationId });
      for (const phone of list(organization.phones)) t.add("phones", phone, { organization_id: organizationId });
      for (const [locale, text] of Object.entries(object(organization.translations) ?? {})) {
        const fields = object(text);
        if (fields) t.add("organization_translations", { ...fields }, { organization_id: organizationId, locale });
      }
    }
    t.add("services", service, organization ? { organization_id: String(organization.id) } : {});
    for (const [locale, text] of Object.entries(object(service.translations) ?? {})) {
      const fields = object(text);
      if (fields) t.add("service_translations", fields, { service_id: serviceId, locale });
    }
    for (const phone of list(service.phones)) t.add("phones", phone, { service_id: serviceId });
    for (const schedule of list(service.schedules)) t.add("schedules", schedule, { service_id: serviceId });
    for (const pause of list(service.schedule_pauses)) t.add("schedule_pauses", pause, { service_id: serviceId });
    for (const language of list(service.languages)) t.add("languages", language, { service_id: serviceId });
    for (const area of list(service.service_areas)) t.add("service_areas", area, { service_id: serviceId });
    for (const cost of list(service.cost_options)) t.add("cost_options", cost, { service_id: serviceId });
    for (const contact of list(service.contacts)) {
      t.add("contacts", contact, { service_id: serviceId });
      for (const phone of list(contact.phones)) t.add("phones", phone, { contact_id: String(contact.id) });
    }
    for (const attribute of list(service.attributes)) {
      t.add("attributes", attribute, { link_id: serviceId, link_entity: "service" });
      const term = object(attribute.taxonomy_term);
      if (term) t.add("taxonomy_terms", term);
    }
    for (const sal of list(service.service_at_locations)) {
      const location = object(sal.location);
      t.add("service_at_locations", sal, { service_id: serviceId, ...(location ? { location_id: String(location.id) } : {}) });
      if (location && t.add("locations", location)) {
        for (const address of list(location.addresses)) t.add("addresses", address, { location_id: String(location.id) });
      }
    }
  }
  const files: Record<string, string> = {};
  for (const [table, rows] of t.rows) {
    const header: string[] = [];
    for (const row of rows) for (const key of Object.keys(row)) if (!header.includes(key)) header.push(key);
    // Text as it is: the tabular form is for machines, so no apostrophes before formula-like cells.
    files[TABULAR_TABLES[table][0]] = toCsv(header, rows.map((row) => header.map((h) => row[h] ?? "")), { guardFormulas: false });
  }
  return files;
}

// ---- import ----

export type TabularFiles = Partial<Record<TabularTable, string>>;
/** An error found while joining the files, named by file, line and column. */
export type TabularError = { field: string; code: string };

type Record_ = { row: Row; line: number };

/** Reads one CSV file with its header into rows, each with the line it starts on. */
export function readCsvTable(text: string): { records: Record_[] } | { error: string } {
  try {
    const parsed = parse(text, { columns: (header: string[]) => header.map((h) => h.trim()), bom: true, skip_empty_lines: true, relax_column_count: true, info: true }) as { record: Row; info: { lines: number } }[];
    return { records: parsed.map(({ record, info }) => ({ row: record, line: info.lines })) };
  } catch {
    return { error: "csvSyntax" };
  }
}

const NUMERIC = new Set(["minimum_age", "maximum_age", "latitude", "longitude", "interval", "amount", "timezone", "count", "extension", "year_incorporated"]);

/** A row's non-empty cells, numbers where HSDS has numbers. */
function fields(row: Row, omit: readonly string[] = []): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(row)) {
    if (omit.includes(key) || value === undefined || value === "") continue;
    if (NUMERIC.has(key)) {
      const n = Number(value);
      out[key] = Number.isFinite(n) && value.trim() !== "" ? n : value;
    } else out[key] = value;
  }
  return out;
}

function groupBy(records: Record_[], key: string): Map<string, Record_[]> {
  const map = new Map<string, Record_[]>();
  for (const r of records) {
    const k = r.row[key];
    if (k) map.set(k, [...(map.get(k) ?? []), r]);
  }
  return map;
}

/**
 * The tables joined by their ids into nested services (one per line of services.csv), each with
 * the line it came from. Errors: a file that is not CSV, no services.csv, a service whose
 * organization_id names no organisation, a service_at_location whose location_id names no location.
 */
export function servicesFromTables(files: TabularFiles): { services: { service: Json; line: number; errors: TabularError[] }[]; fileError?: string } {
  const tables = {} as Record<TabularTable, Record_[]>;
  for (const table of Object.keys(TABULAR_TABLES) as TabularTable[]) {
    const text = files[table];
    if (text === undefined) {
      tables[table] = [];
      continue;
    }
    const read = readCsvTable(text);
    if ("error" in read) return { services: [], fileError: "csvSyntax" };
    tables[table] = read.records;
  }
  if (files.services === undefined || tables.services.length === 0) return { services: [], fileError: "tabularNoServices" };
  const byId = (table: TabularTable) => new Map(tables[table].filter((r) => r.row.id).map((r) => [r.row.id!, r]));
  const organizations = byId("organizations");
  const locations = byId("locations");
  const terms = byId("taxonomy_terms");
  const identifiersByOrg = groupBy(tables.organization_identifiers, "organization_id");
  const orgTranslations = groupBy(tables.organization_translations, "organization_id");
  const serviceTranslations = groupBy(tables.service_translations, "service_id");
  const phonesByService = groupBy(tables.phones, "service_id");
  const phonesByOrg = groupBy(tables.phones, "organization_id");
  const phonesByContact = groupBy(tables.phones, "contact_id");
  const schedulesByService = groupBy(tables.schedules, "service_id");
  const schedulesBySal = groupBy(tables.schedules, "service_at_location_id");
  const pausesByService = groupBy(tables.schedule_pauses, "service_id");
  const languagesByService = groupBy(tables.languages, "service_id");
  const areasByService = groupBy(tables.service_areas, "service_id");
  const costsByService = groupBy(tables.cost_options, "service_id");
  const contactsByService = groupBy(tables.contacts, "service_id");
  const attributesByLink = groupBy(tables.attributes, "link_id");
  const salsByService = groupBy(tables.service_at_locations, "service_id");
  const addressesByLocation = groupBy(tables.addresses, "location_id");
  const file = (table: TabularTable) => TABULAR_TABLES[table][0];

  const organizationOf = (id: string | undefined): Json | undefined => {
    const found = id ? organizations.get(id) : undefined;
    if (!found) return undefined;
    const translations: Json = {};
    for (const t of orgTranslations.get(id!) ?? []) if (t.row.locale) translations[t.row.locale] = fields(t.row, ["organization_id", "locale"]);
    return {
      ...fields(found.row),
      organization_identifiers: (identifiersByOrg.get(id!) ?? []).map((r) => fields(r.row, ["organization_id"])),
      phones: (phonesByOrg.get(id!) ?? []).map((r) => fields(r.row, ["organization_id"])),
      ...(Object.keys(translations).length ? { translations } : {}),
    };
  };

  const at = (table: TabularTable, line: number, column: string) => `${file(table)}:${line} ${column}`;
  const services = tables.services.map(({ row, line }) => {
    const errors: TabularError[] = [];
    const id = row.id ?? "";
    const organization = organizationOf(row.organization_id);
    if (!organization) errors.push({ field: at("services", line, "organization_id"), code: "unknownReference" });
    const translations: Json = {};
    for (const t of serviceTranslations.get(id) ?? []) if (t.row.locale) translations[t.row.locale] = fields(t.row, ["service_id", "locale"]);
    const serviceAtLocations = (salsByService.get(id) ?? []).flatMap((sal) => {
      const location = sal.row.location_id ? locations.get(sal.row.location_id) : undefined;
      if (!location) {
        errors.push({ field: at("service_at_locations", sal.line, "location_id"), code: "unknownReference" });
        return [];
      }
      return [
        {
          ...fields(sal.row, ["service_id", "location_id"]),
          schedules: (schedulesBySal.get(sal.row.id ?? "") ?? []).map((r) => fields(r.row)),
          location: { ...fields(location.row), addresses: (addressesByLocation.get(location.row.id!) ?? []).map((r) => fields(r.row, ["location_id"])) },
        },
      ];
    });
    const service: Json = {
      ...fields(row, ["organization_id"]),
      ...(organization ? { organization } : {}),
      ...(Object.keys(translations).length ? { translations } : {}),
      phones: (phonesByService.get(id) ?? []).map((r) => fields(r.row, ["service_id"])),
      // Schedules given only for a service-at-location count for the service too.
      schedules: [...(schedulesByService.get(id) ?? []).map((r) => fields(r.row, ["service_id"])), ...serviceAtLocations.flatMap((s) => s.schedules)],
      schedule_pauses: (pausesByService.get(id) ?? []).map((r) => fields(r.row, ["service_id"])),
      languages: (languagesByService.get(id) ?? []).map((r) => fields(r.row, ["service_id"])),
      service_areas: (areasByService.get(id) ?? []).map((r) => fields(r.row, ["service_id"])),
      cost_options: (costsByService.get(id) ?? []).map((r) => fields(r.row, ["service_id"])),
      contacts: (contactsByService.get(id) ?? []).map((r) => ({ ...fields(r.row, ["service_id"]), phones: (phonesByContact.get(r.row.id ?? "") ?? []).map((p) => fields(p.row, ["contact_id"])) })),
      attributes: (attributesByLink.get(id) ?? [])
        .filter((r) => !r.row.link_entity || r.row.link_entity === "service")
        .map((r) => {
          const attribute = fields(r.row, ["link_id", "link_entity"]);
          const term = r.row.taxonomy_term_id ? terms.get(r.row.taxonomy_term_id) : undefined;
          // A term of another directory's file: its code is the value, its taxonomy the link type.
          if (term && attribute.value === undefined && term.row.code) attribute.value = term.row.code;
          if (term && attribute.link_type === undefined && term.row.taxonomy) attribute.link_type = term.row.taxonomy;
          return attribute;
        }),
      service_at_locations: serviceAtLocations.map(({ schedules: _s, ...sal }) => {
        void _s;
        return sal;
      }),
    };
    return { service, line, errors };
  });
  return { services };
}
