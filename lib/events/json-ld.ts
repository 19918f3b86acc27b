import { helsinkiDate, helsinkiTime } from "../dates/helsinki";

// schema.org Event for the event page, with what Google's event rich results require (name,
// startDate with its offset, location: a Place with a PostalAddress, or a VirtualLocation) and
// what they recommend (endDate, eventStatus, eventAttendanceMode, description, organizer,
// offers). https://developers.google.com/search/docs/appearance/structured-data/event

export type JsonLdInput = {
  url: string;
  title: string;
  description: string;
  language: string;
  state: "SCHEDULED" | "CANCELLED" | "POSTPONED" | "MOVED_ONLINE";
  mode: "ONSITE" | "ONLINE" | "HYBRID";
  startsAt: Date;
  endsAt: Date;
  place?: { name?: string | null; streetAddress?: string | null; postalCode?: string | null; locality?: string | null; region?: string | null };
  onlineUrl?: string | null;
  organiser: { name: string; url: string };
  isFree: boolean;
  priceText?: string | null;
  registrationUrl?: string | null;
  full: boolean;
  publishedAt?: Date | null;
};

/** "2026-03-29T10:00:00+03:00": a Helsinki wall-clock time with its offset that day. */
export function isoWithOffset(instant: Date): string {
  const local = Date.parse(`${helsinkiDate(instant)}T${helsinkiTime(instant)}:00Z`);
  const seconds = Math.floor(instant.getTime() / 60_000) * 60_000;
  const offset = Math.round((local - seconds) / 60_000);
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return `${helsinkiDate(instant)}T${helsinkiTime(instant)}:00${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

const STATUS = {
  SCHEDULED: "https://schema.org/EventScheduled",
  CANCELLED: "https://schema.org/EventCancelled",
  POSTPONED: "https://schema.org/EventPostponed",
  MOVED_ONLINE: "https://schema.org/EventMovedOnline",
} as const;

const MODE = {
  ONSITE: "https://schema.org/OfflineEventAttendanceMode",
  ONLINE: "https://schema.org/OnlineEventAttendanceMode",
  HYBRID: "https://schema.org/MixedEventAttendanceMode",
} as const;

export function eventJsonLd(input: JsonLdInput): Record<string, unknown> {
  const mode = input.state === "MOVED_ONLINE" ? "ONLINE" : input.mode;
  const physical =
    mode !== "ONLINE" && input.place?.streetAddress
      ? {
          "@type": "Place",
          name: input.place.name || input.place.streetAddress,
          address: {
            "@type": "PostalAddress",
            streetAddress: input.place.streetAddress,
            ...(input.place.postalCode ? { postalCode: input.place.postalCode } : {}),
            ...(input.place.locality ? { addressLocality: input.place.locality } : {}),
            ...(input.place.region ? { addressRegion: input.place.region } : {}),
            addressCountry: "FI",
          },
        }
      : undefined;
  // The link itself is shared with registered participants only when the organiser did not publish it: the page stands in.
  const virtual = mode !== "ONSITE" ? { "@type": "VirtualLocation", url: input.onlineUrl || input.url } : undefined;
  const location = [physical, virtual].filter(Boolean);
  const offers = {
    "@type": "Offer",
    url: input.registrationUrl || input.url,
    availability: input.full ? "https://schema.org/SoldOut" : "https://schema.org/InStock",
    ...(input.isFree ? { price: 0, priceCurrency: "EUR" } : priceOf(input.priceText)),
    ...(input.publishedAt ? { validFrom: isoWithOffset(input.publishedAt) } : {}),
  };
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: input.title,
    description: input.description,
    inLanguage: input.language,
    url: input.url,
    startDate: isoWithOffset(input.startsAt),
    endDate: isoWithOffset(input.endsAt),
    eventStatus: STATUS[input.state],
    eventAttendanceMode: MODE[mode],
    location: location.length === 1 ? location[0] : location,
    organizer: { "@type": "Organization", name: input.organiser.name, url: input.organiser.url },
    offers,
  };
}

/** "45 €", "120,50 euroa": the first amount in the price text, if there is one. */
function priceOf(text: string | null | undefined): Record<string, unknown> {
  const match = text?.match(/(\d+(?:[.,]\d{1,2})?)/);
  return match ? { price: Number(match[1]!.replace(",", ".")), priceCurrency: "EUR" } : { priceCurrency: "EUR" };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
