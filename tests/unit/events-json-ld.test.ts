import { describe, expect, test } from "vitest";
import { eventJsonLd, isoWithOffset, jsonLdScript, type JsonLdInput } from "../../lib/events/json-ld";

// The event page's schema.org Event: what Google's event rich results require (name, startDate
// with a time-zone offset, location as a Place with a PostalAddress or a VirtualLocation) and
// the recommended eventStatus, eventAttendanceMode, organizer and offers.

const base: JsonLdInput = {
  url: "https://tukiverkko.example.fi/fi/events/e1",
  title: "Vapaaehtoisten perehdytys",
  description: "Kaksi iltaa.",
  language: "fi",
  state: "SCHEDULED",
  mode: "ONSITE",
  startsAt: new Date("2027-03-29T14:30:00Z"),
  endsAt: new Date("2027-03-29T17:00:00Z"),
  place: { name: "Kohtaamispaikka Silta", streetAddress: "Hämeentie 31", postalCode: "00500", locality: "Helsinki", region: "Uusimaa" },
  organiser: { name: "Silta ry", url: "https://silta.example.fi" },
  isFree: true,
  full: false,
};

describe("schema.org Event JSON-LD", () => {
  test("has the required name, startDate with offset and a Place with a PostalAddress", () => {
    const data = eventJsonLd(base);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Vapaaehtoisten perehdytys",
      startDate: "2027-03-29T17:30:00+03:00",
      endDate: "2027-03-29T20:00:00+03:00",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: { "@type": "Place", name: "Kohtaamispaikka Silta", address: { "@type": "PostalAddress", streetAddress: "Hämeentie 31", postalCode: "00500", addressLocality: "Helsinki", addressCountry: "FI" } },
      organizer: { "@type": "Organization", name: "Silta ry", url: "https://silta.example.fi" },
      offers: { "@type": "Offer", price: 0, priceCurrency: "EUR", availability: "https://schema.org/InStock" },
    });
    expect(String(data.startDate)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  });

  test("uses the winter offset in winter", () => {
    expect(isoWithOffset(new Date("2027-01-15T08:00:00Z"))).toBe("2027-01-15T10:00:00+02:00");
    expect(isoWithOffset(new Date("2027-03-28T00:59:00Z"))).toBe("2027-03-28T02:59:00+02:00");
    expect(isoWithOffset(new Date("2027-03-28T01:00:00Z"))).toBe("2027-03-28T04:00:00+03:00");
  });

  test("an online event has a VirtualLocation; hybrid has both; moved online and cancelled say so", () => {
    const online = eventJsonLd({ ...base, mode: "ONLINE", place: undefined, onlineUrl: "https://meet.example.fi/x" });
    expect(online.location).toEqual({ "@type": "VirtualLocation", url: "https://meet.example.fi/x" });
    expect(online.eventAttendanceMode).toBe("https://schema.org/OnlineEventAttendanceMode");
    const hybrid = eventJsonLd({ ...base, mode: "HYBRID", onlineUrl: "https://meet.example.fi/x" });
    expect(hybrid.location).toEqual([expect.objectContaining({ "@type": "Place" }), { "@type": "VirtualLocation", url: "https://meet.example.fi/x" }]);
    expect(hybrid.eventAttendanceMode).toBe("https://schema.org/MixedEventAttendanceMode");
    const moved = eventJsonLd({ ...base, state: "MOVED_ONLINE" });
    expect(moved.eventStatus).toBe("https://schema.org/EventMovedOnline");
    expect(moved.location).toMatchObject({ "@type": "VirtualLocation" });
    expect(eventJsonLd({ ...base, state: "CANCELLED" }).eventStatus).toBe("https://schema.org/EventCancelled");
  });

  test("a priced, full event offers its price as sold out", () => {
    const priced = eventJsonLd({ ...base, isFree: false, priceText: "45,50 € sis. lounaan", full: true });
    expect(priced.offers).toMatchObject({ price: 45.5, priceCurrency: "EUR", availability: "https://schema.org/SoldOut" });
  });

  test("cannot close its script element", () => {
    expect(jsonLdScript({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>");
  });
});
