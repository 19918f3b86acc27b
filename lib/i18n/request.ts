import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";
import { TIME_ZONE } from "./format";

/**
 * Named formats for messages. `{count, number, latn}` prints Latin digits whatever the locale's
 * default numbering (Persian and Sorani default to their own digits); the fa and ckb catalogues
 * use it instead of `#` so counts match the Latin-digit dates and times (decision 004).
 */
export const MESSAGE_FORMATS = {
  number: { latn: { numberingSystem: "latn" } },
} as const;

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone: TIME_ZONE,
    formats: MESSAGE_FORMATS,
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
