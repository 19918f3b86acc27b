// node scripts/fonts/subset-arabic.mjs
// Writes public/fonts/noto-sans-arabic-400-subset.woff2 (committed; app/globals.css declares it,
// app/[locale]/layout.tsx preloads it on ar, fa and ckb pages):
// Noto Sans Arabic 400 from @fontsource/noto-sans-arabic, cut to what Arabic, Persian and
// Sorani text uses, with the OpenType shaping tables (joining forms, ligatures, marks) kept.
// Run again after upgrading the @fontsource package. docs/decisions/018.
import { readFileSync, writeFileSync } from "node:fs";
import subsetFont from "subset-font";

// The Arabic block U+0600–06FF holds the Arabic, Persian and Sorani letters (پ چ ژ گ ک ی ڕ ڵ ێ ۆ ە),
// the Arabic-Indic and Persian digits, ، ؛ ؟ and the harakat; then the zero-width non-joiner and
// joiner and the direction marks (U+200C–200F), Arabic tatweel-free ellipsis and the presentation
// forms' lam-alef (U+FEF5–FEFC), which some keyboards type.
export const RANGES = [
  [0x0600, 0x06ff],
  [0x200c, 0x200f],
  [0xfef5, 0xfefc],
];
export const UNICODE_RANGE = RANGES.map(([a, b]) => `U+${a.toString(16).toUpperCase().padStart(4, "0")}-${b.toString(16).toUpperCase().padStart(4, "0")}`).join(",");

const source = "node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2";
const target = "public/fonts/noto-sans-arabic-400-subset.woff2";
let text = "";
for (const [from, to] of RANGES) for (let c = from; c <= to; c++) text += String.fromCodePoint(c);
const input = readFileSync(source);
const output = await subsetFont(input, text, { targetFormat: "woff2" });
writeFileSync(target, output);
console.log(`${target}: ${output.length} bytes (from ${input.length}); unicode-range: ${UNICODE_RANGE}`);
