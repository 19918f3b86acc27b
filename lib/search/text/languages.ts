import { LOCALES } from "../../i18n/locales";
import { ACTIVITY_LANGUAGES } from "../../reference/languages";
import { words } from "./fold";
import { gradationVariants } from "./expand";

// Search words that name a language ("somalinkielinen", "arabiaksi", "на русском", "بالعربية",
// "阿拉伯语", "tiếng Nga") match the notices run in that language or offering support in it.
// Names come from Intl.DisplayNames in every UI locale, plus the names Intl lacks.

const EXTRA: Record<string, string[]> = {
  fa: ["farsi", "фарси", "persia"],
  fse: ["viittomakieli", "viittomakielinen", "teckenspråk", "sign language"],
  ckb: ["sorani", "soranî", "kurdi", "kurdish", "کوردی"],
  kmr: ["kurmanji", "kurmandži", "kurdi", "kurdish"],
  prs: ["dari", "دری"],
  so: ["somali", "soomaali", "af soomaali"],
  fi: ["suomi", "finnish", "finska"],
  sv: ["ruotsi", "swedish", "svenska"],
};

/** Words that start like a language name but are everyday words (puola = Polish, puolesta = on behalf of). */
const NOT_LANGUAGES = /^(puole|puoli|viro[lt]ahti)/;

let index: { exact: Map<string, Set<string>>; stems: Map<string, Set<string>> } | undefined;

function languageIndex() {
  if (index) return index;
  const exact = new Map<string, Set<string>>();
  const stems = new Map<string, Set<string>>();
  const put = (map: Map<string, Set<string>>, key: string, code: string) => {
    const set = map.get(key) ?? new Set<string>();
    set.add(code);
    map.set(key, set);
  };
  for (const code of ACTIVITY_LANGUAGES) {
    const names = new Set<string>(EXTRA[code] ?? []);
    for (const locale of LOCALES) {
      try {
        const name = new Intl.DisplayNames([locale], { type: "language", fallback: "none" }).of(code);
        if (name) names.add(name);
      } catch {
        // a locale Intl does not know: its names are simply not offered
      }
    }
    for (const name of names) {
      let parts = words(name);
      if (parts[0] === "tieng") parts = parts.slice(1); // Vietnamese "tiếng X" = "the X language"
      if (parts.length !== 1) continue; // "central kurdish": the single words carry it
      const word = parts[0]!;
      const bare = word.replace(/^ال(?=\p{Script=Arabic}{2,})/u, "");
      put(exact, bare, code);
      const length = [...bare].length;
      if (/\p{Script=Han}/u.test(bare)) {
        // 乌克兰 (Ukraine) names 乌克兰语 (Ukrainian): every beginning of two characters or more.
        const chars = [...bare];
        for (let k = 2; k < chars.length; k++) put(exact, chars.slice(0, k).join(""), code);
        continue;
      }
      if (length < 4) continue;
      // Finnish: venäjä → venäjäksi, englanti → englanniksi; Russian: русский → русском.
      const stem = /\p{Script=Cyrillic}/u.test(bare) ? bare.slice(0, Math.max(4, length - 2)) : bare.slice(0, Math.max(4, length - 1));
      for (const s of [stem, ...gradationVariants(stem).filter((v) => v.length >= 5)]) put(stems, s, code);
    }
  }
  index = { exact, stems };
  return index;
}

const ARABIC_PREFIX = /^(?:وال|بال|كال|فال|لل|ال)(?=\p{Script=Arabic}{2,})/u;

/** The activity languages a folded search word names. */
export function matchLanguages(word: string): string[] {
  const { exact, stems } = languageIndex();
  const bare = word.replace(ARABIC_PREFIX, "");
  const found = new Set<string>(exact.get(bare) ?? []);
  if (!NOT_LANGUAGES.test(bare)) {
    for (let k = 4; k <= bare.length; k++) for (const code of stems.get(bare.slice(0, k)) ?? []) found.add(code);
  }
  return [...found];
}
