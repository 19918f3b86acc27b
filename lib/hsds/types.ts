// The HSDS 3.1 objects this API writes (a subset of the specification's fields; see
// tests/fixtures/hsds for the official schemas the responses are validated against) and the
// profile's extensions: `text_language`, `translations`, `timezone_name`, `municipality_code`.

export type HsdsTaxonomy = { id: string; name: string; description: string; uri?: string; version?: string };

export type HsdsTaxonomyTerm = {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  taxonomy_detail?: HsdsTaxonomy;
  language: string;
  term_uri: string;
};

export type HsdsAttribute = {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: "service" | "organization" | "location";
  taxonomy_term_id: string;
  value: string;
  label: string;
  taxonomy_term: HsdsTaxonomyTerm;
};

export type HsdsPhone = { id: string; number: string; service_id?: string; organization_id?: string; contact_id?: string; type?: string; description?: string };

export type HsdsContact = { id: string; service_id?: string; name?: string; email?: string; phones: HsdsPhone[] };

export type HsdsSchedule = {
  id: string;
  service_id: string;
  freq: "WEEKLY";
  interval: number;
  byday: string;
  wkst: "MO";
  opens_at: string;
  closes_at: string;
  dtstart?: string;
  until?: string;
  valid_from?: string;
  valid_to?: string;
  /** Numeric offset from UTC in hours, as HSDS wants it; the IANA zone beside it. */
  timezone: number;
  timezone_name: string;
  attending_type?: string;
  description?: string;
};

export type HsdsLanguage = { id: string; service_id: string; name: string; code: string; note?: string };

export type HsdsServiceArea = { id: string; service_id: string; name: string; description?: string; extent_type?: string; municipality_code?: string; country_code?: "FI" };

export type HsdsCostOption = { id: string; service_id: string; option?: string; amount?: number; currency: string; amount_description?: string };

export type HsdsAddress = {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: "physical";
  municipality_code: string;
};

export type HsdsLocation = {
  id: string;
  location_type: "physical" | "virtual";
  organization_id: string;
  name: string;
  url?: string;
  latitude?: number;
  longitude?: number;
  external_identifier?: string;
  external_identifier_type?: string;
  addresses: HsdsAddress[];
};

export type HsdsOrganizationIdentifier = { id: string; organization_id: string; identifier_scheme: string; identifier_type: string; identifier: string };

export type HsdsOrganization = {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  uri: string;
  legal_status: string;
  /** Our organisation kind (ASSOCIATION, MUNICIPALITY, ...), for imports back. */
  organisation_kind: string;
  tax_id?: string;
  text_language: string;
  phones?: HsdsPhone[];
  organization_identifiers?: HsdsOrganizationIdentifier[];
  /** Organisation descriptions in every language they are written in. */
  translations?: Record<string, { description: string }>;
};

export type ServiceText = {
  name: string;
  description: string;
  application_process: string;
  eligibility_description?: string;
  fees_description?: string;
  /** Our summary and "how taking part supports integration" (no HSDS field of their own). */
  summary: string;
  integration_support: string;
  schedule_note?: string;
  /** The organiser's own words on costs (fees_description falls back to "Free" or "Fee"). */
  cost_note?: string;
  easy_summary?: string;
};

export type HsdsServiceAtLocation = {
  id: string;
  service_id: string;
  location_id: string;
  description?: string;
  location: HsdsLocation;
  service?: HsdsServiceCore;
};

export type HsdsServiceCore = {
  id: string;
  organization_id: string;
  name: string;
  alternate_name?: string;
  description: string;
  url: string;
  email?: string;
  status: "active";
  interpretation_services?: string;
  application_process: string;
  fees_description?: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date: string;
  last_modified: string;
  alert?: string;
  text_language: string;
  original_language: string;
  organization?: HsdsOrganization;
};

export type HsdsService = HsdsServiceCore & {
  phones: HsdsPhone[];
  contacts: HsdsContact[];
  schedules: HsdsSchedule[];
  service_areas: HsdsServiceArea[];
  service_at_locations: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
  cost_options: HsdsCostOption[];
  attributes: HsdsAttribute[];
  /** "required" or "drop_in" (just come along), and where to register. */
  registration: "required" | "drop_in";
  registration_url?: string;
  registration_email?: string;
  /** Pauses in the weekly schedule (no HSDS field): dates, inclusive, in Europe/Helsinki. */
  schedule_pauses: { start_date: string; end_date: string }[];
  /** Every language the notice is written in: the text fields by language (profile extension). */
  translations: Record<string, ServiceText>;
};

export type HsdsPage<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};
