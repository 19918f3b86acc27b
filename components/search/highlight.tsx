import { Fragment } from "react";

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
 */
export function Highlight({ text, words }: { text: string; words: string[] }) {
  const needles = words.map(fold).filter((w) => w.length >= 2);
  if (needles.length === 0) return <>{text}</>;
  const parts = text.split(/([\p{L}\p{N}]+)/u);
  return (
    <>
      {parts.map((part, i) => {
        const folded = fold(part);
        const hit = needles.some((needle) => folded.startsWith(needle) || (needle.length >= 4 && folded.includes(needle)) || nearPrefix(folded, needle));
        return hit ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-ink">
            {part}
          </mark>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        );
      })}
    </>
  );
}
