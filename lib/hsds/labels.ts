import { readFile } from "node:fs/promises";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";

// Labels for the API's taxonomy terms and enum values, from the same message catalogues the
// pages use ("Taxonomy", "Enums", "FactValues", "OpenData"). Read from disk, as the mail
// templates do, so that the same code runs in route handlers, scripts and tests.

type Catalogue = Record<string, unknown>;
const catalogues = new Map<string, Promise<Catalogue>>();

function catalogue(locale: Locale): Promise<Catalogue> {
  let found = catalogues.get(locale);
  if (!found) {
    found = readFile(path.join(process.cwd(), "messages", `${locale}.json`), "utf8").then((text) => JSON.parse(text) as Catalogue);
    catalogues.set(locale, found);
  }
  return found;
}

function lookup(messages: Catalogue, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

export type Labels = {
  locale: Locale;
  /** The message at a dotted key ("Taxonomy.themes.language"), else the Finnish one, else the key. */
  get(key: string): string;
  /** The API's own words (namespace "OpenData"). */
  openData: OpenDataLabels;
};

type OpenDataLabels = ReturnType<typeof openDataLabels>;

function openDataLabels(locale: Locale, messages: Catalogue) {
  const t = createTranslator({ locale, messages: messages as { OpenData: Record<string, never> }, namespace: "OpenData" });
  return {
    finnishNeeded: t("api.finnishNeeded"),
    supportIn: t("api.supportIn"),
    wholeFinland: t("api.wholeFinland"),
    online: t("api.online"),
    features: {
      "accepts-referrals": t("features.acceptsReferrals"),
      "contact-before-referral": t("features.contactBeforeReferral"),
      childcare: t("features.childcare"),
      free: t("features.free"),
    } as Record<string, string>,
    taxonomies: {
      themes: { name: t("taxonomies.themes.name"), description: t("taxonomies.themes.description") },
      targetGroups: { name: t("taxonomies.targetGroups.name"), description: t("taxonomies.targetGroups.description") },
      forms: { name: t("taxonomies.forms.name"), description: t("taxonomies.forms.description") },
      accessibility: { name: t("taxonomies.accessibility.name"), description: t("taxonomies.accessibility.description") },
      mode: { name: t("taxonomies.mode.name"), description: t("taxonomies.mode.description") },
      finnishLevel: { name: t("taxonomies.finnishLevel.name"), description: t("taxonomies.finnishLevel.description") },
      genderSpace: { name: t("taxonomies.genderSpace.name"), description: t("taxonomies.genderSpace.description") },
      features: { name: t("taxonomies.features.name"), description: t("taxonomies.features.description") },
    },
  };
}

export async function labelsFor(locale: string): Promise<Labels> {
  const chosen: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const [messages, fallback] = await Promise.all([catalogue(chosen), catalogue(DEFAULT_LOCALE)]);
  return {
    locale: chosen,
    get: (key) => lookup(messages, key) ?? lookup(fallback, key) ?? key,
    openData: openDataLabels(chosen, messages),
  };
}
