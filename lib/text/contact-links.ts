// Phone numbers, email and web addresses inside the free text organisers write, found so they
// can be shown left to right inside right-to-left text ("040 123 4568" must not read
// "4568 123 040" in an Arabic notice) and followed as tel:, mailto: and https: links.
// Pure: returns text pieces; components/ui/linked-text.tsx renders them as React elements.

export type TextPiece =
  | { kind: "text"; text: string }
  | { kind: "phone" | "email" | "url"; text: string; href: string };

// Order matters: an address is tried before an email (a URL may hold an @) and a phone number.
const PATTERN = new RegExp(
  [
    String.raw`(?<url>\b(?:https?://|www\.)[^\s<>"'«»“”]+)`,
    String.raw`(?<email>\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})`,
    // Finnish and international numbers start with 0 or +: "040 123 4568", "+358 9 310 1234",
    // "(09) 310 12345". Years ("2025–2026"), times and postal codes do not, or have too few digits.
    String.raw`(?<phone>(?<![\p{L}\p{N}])(?:\+|\(0|0)[\d()][\d ()\-]{4,}\d(?![\p{L}\p{N}]))`,
  ].join("|"),
  "gu",
);

const TRAILING = /[.,;:!?)\]}'"»”’]+$/u;

export function contactPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(PATTERN)) {
    const groups = match.groups ?? {};
    let value = match[0];
    let kind: "url" | "email" | "phone";
    if (groups.url) {
      kind = "url";
      // "(see www.x.fi)." keeps its closing punctuation outside the link; a ")" that closes a
      // "(" inside the address stays in it.
      const trailing = TRAILING.exec(value)?.[0] ?? "";
      let cut = trailing.length;
      if (trailing.startsWith(")") && value.slice(0, -cut).includes("(")) cut -= 1;
      value = value.slice(0, value.length - cut);
    } else if (groups.email) {
      kind = "email";
    } else {
      kind = "phone";
      const digits = value.replace(/\D/g, "");
      if (digits.length < 7 || digits.length > 15) continue;
    }
    const start = match.index!;
    if (start > last) pieces.push({ kind: "text", text: text.slice(last, start) });
    pieces.push({ kind, text: value, href: hrefFor(kind, value) });
    last = start + value.length;
  }
  if (last < text.length) pieces.push({ kind: "text", text: text.slice(last) });
  return pieces;
}

function hrefFor(kind: "url" | "email" | "phone", value: string): string {
  if (kind === "email") return `mailto:${value}`;
  if (kind === "phone") {
    const plus = value.trim().startsWith("+");
    return `tel:${plus ? "+" : ""}${value.replace(/\D/g, "")}`;
  }
  // Addresses written without a scheme are opened over https.
  return /^https?:\/\//i.test(value) ? value : `https://${value}`;
}
