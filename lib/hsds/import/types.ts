// What an import file becomes before anything is written (lib/hsds/import/parse.ts), and the
// dry run's report (lib/hsds/import/analyse.ts). Errors name the row (the item's position in
// the file's list of services, or the CSV line) and the field, as message codes of "Import".

export type ImportText = {
  title: string;
  summary: string;
  description: string;
  howToJoin: string;
  integrationSupport: string;
  scheduleNote: string | null;
  costNote: string | null;
  easySummary: string | null;
};

export type ImportOrganisation = {
  /** Identifies the organisation within the file: its Y-tunnus, else its folded name. */
  key: string;
  name: string;
  kind: string;
  businessId: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  descriptions: Record<string, string>;
};

export type ImportNotice = {
  row: number;
  externalId: string | null;
  organisationKey: string;
  originalLanguage: string;
  translations: Record<string, ImportText>;
  themes: string[];
  targetGroups: string[];
  forms: string[];
  accessibility: string[];
  languages: string[];
  supportLanguages: string[];
  finnishLevel: "NONE" | "SOME" | "GOOD";
  mode: "ONSITE" | "ONLINE" | "HYBRID";
  genderSpace: "ALL" | "WOMEN" | "MEN";
  nationwide: boolean;
  municipalities: string[];
  isFree: boolean;
  registration: "DROP_IN" | "REQUIRED";
  registrationUrl: string | null;
  registrationEmail: string | null;
  registrationPhone: string | null;
  onlineUrl: string | null;
  acceptsReferrals: boolean;
  contactBeforeReferral: boolean;
  childcare: boolean;
  ageMin: number | null;
  ageMax: number | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  startDate: string | null;
  endDate: string | null;
  places: { name: string | null; streetAddress: string; postalCode: string; postOffice: string | null; municipalityCode: string; latitude: number | null; longitude: number | null }[];
  slots: { weekday: number; startMinute: number; endMinute: number; everyNWeeks: number }[];
  pauses: { startDate: string; endDate: string }[];
};

export type ImportError = { row: number; field: string; code: string };

export type ParsedImport = {
  organisations: ImportOrganisation[];
  notices: ImportNotice[];
  errors: ImportError[];
  /** Rows in the file (services or CSV data lines). */
  rows: number;
  /** The file could not be read at all (not JSON, not CSV with our header, empty). */
  fileError?: string;
};

export type RowOutcome =
  | { row: number; kind: "create"; title: string; organisation: string }
  | { row: number; kind: "update"; title: string; organisation: string; activityId: string }
  | { row: number; kind: "duplicate"; title: string; organisation: string; activityId: string; existingTitle: string; reason: "title" | "external_id" }
  | { row: number; kind: "rejected"; title: string; errors: ImportError[] };

export type OrganisationOutcome =
  | { key: string; kind: "create"; name: string; businessId: string | null }
  | { key: string; kind: "existing"; name: string; businessId: string | null; organisationId: string; existingName: string; reason: "business_id" | "name" };

export type ImportReport = {
  rows: RowOutcome[];
  organisations: OrganisationOutcome[];
  counts: { create: number; update: number; duplicate: number; rejected: number };
  fileError?: string;
};
