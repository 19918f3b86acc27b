// Folding and word splitting shared by the index and the query side, so that both always
// agree. It runs in JavaScript, not in PostgreSQL: the embedded cluster has no locale (C), so
// lower() and the text-search parsers leave non-ASCII capitals ("Гельсінкі") as they are, and
// a fold that depends on the database would differ between installations.

const SEGMENTERS = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = SEGMENTERS.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: "word" });
    SEGMENTERS.set(locale, s);
  }
  return s;
}

// Arabic-script letters that are written several ways: hamza forms of alef, Persian and
// Arabic yeh and kaf, teh marbuta, alef maksura, heh with yeh; tatweel and ZWNJ are dropped.
const ARABIC_LETTERS: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
  "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
  "ک": "ك", "ڪ": "ك",
  "ة": "ه", "ۀ": "ه", "ە": "ه",
  "ؤ": "و",
  "ـ": "", "\u200c": "", "\u200d": "",
};
const ARABIC_RE = /[أإآٱٲٳىیېئکڪةۀەؤـ\u200c\u200d]/g;
// Arabic-Indic and Persian digits to ASCII.
const DIGITS_RE = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Lower case (Unicode default, independent of any locale), diacritics removed from Latin,
 * Cyrillic and Greek letters (ä → a, й → и, ё → е), Arabic short vowels removed and letter
 * variants unified, compatibility forms folded (full-width letters, ligatures).
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    // Combining diacritical marks, and Arabic harakat, superscript alef and Quranic marks.
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed]/g, "")
    .normalize("NFC")
    .replace(ARABIC_RE, (c) => ARABIC_LETTERS[c] ?? c)
    .replace(DIGITS_RE, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .replace(/ß/g, "ss");
}

/** Han, Hiragana, Katakana, Thai and similar scripts, written without spaces between words. */
const UNSPACED_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
export function isUnspaced(token: string): boolean {
  return UNSPACED_RE.test(token);
}

/**
 * The words of a text, folded. Words are found by the Unicode word-break rules with ICU's
 * dictionaries (so Chinese is split into words); a word with inner punctuation ("cv:n",
 * "e-mail", "www.example.fi") becomes its letter-and-digit parts.
 */
export function words(text: string, locale = "und"): string[] {
  const out: string[] = [];
  for (const part of segmenter(locale).segment(text)) {
    if (!part.isWordLike) continue;
    // An apostrophe inside a word joins it (сім'ї, women's); other punctuation splits it.
    for (const piece of foldText(part.segment).replace(/['’ʼ]/g, "").split(/[^\p{L}\p{N}\p{M}]+/u)) {
      if (piece.length > 0) out.push(piece.slice(0, 40));
    }
  }
  return out;
}

/** Overlapping pairs of characters of a run of an unspaced script ("女性小组" → 女性, 性小, 小组). */
export function bigrams(token: string): string[] {
  const chars = [...token];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}
