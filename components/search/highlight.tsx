import type { ReactNode } from "react";

function fold(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

/** A typo near the start of a word still marks it: "jalkapalo" marks "jalkapallo". */
function nearPrefix(word: string, needle: string): boolean {
  if (needle.length < 5) return false;
  let common = 0;
  while (common < word.length && common < needle.length && word[common] === needle[common]) common++;
  return common >= Math.max(4, needle.length - 2);
}

/**
 * Marks the words of `text` that begin with one of the search words, ignoring case and
 * accents ("aiti" marks "Äitien"). Plain text in, React elements out: nothing is parsed as HTML.
 * The text between marks stays one string: twenty cards of word-by-word pieces made the search
 * page's component payload several times longer (docs/decisions/019). <mark>'s look is in
 * app/globals.css.
 */
export function Highlight({ text, words }: { text: string; words: string[] }) {
  const needles = words.map(fold).filter((w) => w.length >= 2);
  if (needles.length === 0) return text;
  const out: ReactNode[] = [];
  let plain = "";
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    const folded = fold(part);
    const hit = folded !== "" && needles.some((needle) => folded.startsWith(needle) || (needle.length >= 4 && folded.includes(needle)) || nearPrefix(folded, needle));
    if (!hit) {
      plain += part;
      continue;
    }
    if (plain) out.push(plain);
    plain = "";
    out.push(<mark key={out.length}>{part}</mark>);
  }
  if (plain) out.push(plain);
  return out;
}
