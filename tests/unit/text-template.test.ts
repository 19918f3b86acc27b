import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { LOCALES } from "@/lib/i18n/locales";
import { fillTemplate, placeholder } from "@/lib/i18n/text-template";
import { MESSAGE_FORMATS } from "@/lib/i18n/request";

// The cards fill dates and a language's name into texts the server formatted with a placeholder
// (components/activities/card-data.ts): in every locale the filled text must be the text the
// server's ICU formatter gives for the value itself.
const TEMPLATES = [
  ["ActivityCard", "confirmed", "date"],
  ["ActivityCard", "originalLanguage", "language"],
  ["Capacity", "reportedOn", "date"],
  ["Capacity", "shown.ROOM", "date"],
  ["Capacity", "shown.WAITING_LIST", "date"],
  ["Capacity", "shown.FULL", "date"],
  ["Capacity", "shown.UNKNOWN", "date"],
] as const;

describe("text templates", () => {
  for (const locale of LOCALES) {
    it(`${locale}: a card's texts filled in the browser read as the full messages do`, async () => {
      const messages = (await import(`../../messages/${locale}.json`)).default;
      for (const [namespace, key, name] of TEMPLATES) {
        const t = createTranslator({ locale, messages, formats: MESSAGE_FORMATS, namespace }) as unknown as (key: string, values: Record<string, string>) => string;
        const value = name === "date" ? "2.12.2026" : "Somali";
        const template = t(key, { [name]: placeholder(name) });
        expect(template).toContain(placeholder(name));
        expect(fillTemplate(template, name, value)).toBe(t(key, { [name]: value }));
      }
    });
  }
});
