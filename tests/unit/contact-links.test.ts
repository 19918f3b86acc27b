import { describe, expect, it } from "vitest";
import { contactPieces } from "../../lib/text/contact-links";

const links = (text: string) => contactPieces(text).filter((p) => p.kind !== "text");

describe("contact links in organisers' text", () => {
  it("finds Finnish and international phone numbers and makes tel: links", () => {
    expect(links("اتصل على الرقم 040 123 4568.")).toEqual([{ kind: "phone", text: "040 123 4568", href: "tel:0401234568" }]);
    expect(links("Soita +358 40 123 4568 tai (09) 310 12345")).toEqual([
      { kind: "phone", text: "+358 40 123 4568", href: "tel:+358401234568" },
      { kind: "phone", text: "(09) 310 12345", href: "tel:0931012345" },
    ]);
  });

  it("leaves years, times, dates and postal codes alone", () => {
    expect(links("Syksyllä 2025–2026 klo 10-12, 1.2.2026, osoite Kauppakatu 1, 00100 Helsinki")).toEqual([]);
    expect(links("vuosina 2025-2026")).toEqual([]);
  });

  it("finds email addresses and web addresses, without trailing punctuation", () => {
    expect(links("Ilmoittaudu osoitteeseen kurssit@viittovasilta.example.org.")).toEqual([
      { kind: "email", text: "kurssit@viittovasilta.example.org", href: "mailto:kurssit@viittovasilta.example.org" },
    ]);
    expect(links("Katso (www.example.fi/ohjeet), tai https://example.fi/a_(b).")).toEqual([
      { kind: "url", text: "www.example.fi/ohjeet", href: "https://www.example.fi/ohjeet" },
      { kind: "url", text: "https://example.fi/a_(b)", href: "https://example.fi/a_(b)" },
    ]);
  });

  it("keeps every character of the text, in order", () => {
    const text = "Call 040 123 4568 or write to a@b.fi, see https://x.fi.";
    expect(contactPieces(text).map((p) => p.text).join("")).toBe(text);
  });

  it("treats markup as text (it is rendered as React text, never HTML)", () => {
    const text = "<script>alert(1)</script> 040 123 4568";
    expect(contactPieces(text)[0]).toEqual({ kind: "text", text: "<script>alert(1)</script> " });
  });
});
