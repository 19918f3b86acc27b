import { MUNICIPALITY_FORMS, REGION_FORMS } from "../../reference/place-names";
import { words } from "./fold";

// Places typed into the search box ("kielikahvila turku", "naisten ryhmä porvoossa",
// "språkcafé helsingfors", "Хельсинки") are recognised here, so that search can narrow to the
// place instead of looking for the word in the text. A place is recognised by its Finnish or
// Swedish name, by the forms in lib/reference/place-names.ts (inflected Finnish forms, names
// in other scripts), or by a Finnish case ending on a name that does not change its stem
// ("porvoossa", "espooseen", "tampereella").

export type PlaceKind = "municipality" | "region";
export type PlaceName = { kind: PlaceKind; code: string; nameFi: string; nameSv: string };
export type FoundPlace = { kind: PlaceKind; code: string; at: number; length: number };

/** Names that are also everyday words: recognised only in the forms listed for them, never bare. */
const COMMON_WORDS = new Set(["salo", "aura", "ii", "virrat", "kannus", "kolari", "hanko", "simo", "kaarina", "lieto", "salla", "pello", "koski"]);

// Finnish case endings after a name, folded (ä → a): genitive, inessive, elative, illative,
// adessive, ablative, allative, essive, translative; a vowel may be doubled before them
// (Tampere → tampereella).
const ENDINGS = ["n", "ssa", "sta", "lla", "lta", "lle", "na", "ksi", "an", "en", "in", "on", "un", "yn", "hin", "seen", "han", "hun"];

const FORMS = {
  municipality: new Map(MUNICIPALITY_FORMS.map((p) => [p.code, p.forms])),
  region: new Map(REGION_FORMS.map((p) => [p.code, p.forms])),
};

/** The extra forms of a place (lib/reference/place-names.ts), for the documents' place terms. */
export function placeNameForms(kind: PlaceKind, code: string): string[] {
  return FORMS[kind].get(code) ?? [];
}

type Entry = { kind: PlaceKind; code: string; words: string[]; inflects: boolean };

export function createPlaceMatcher(places: PlaceName[]) {
  // First word → the entries that start with it, longest first.
  const byFirst = new Map<string, Entry[]>();
  const stems: { stem: string; entry: Entry }[] = [];
  const add = (entry: Entry) => {
    const list = byFirst.get(entry.words[0]!) ?? [];
    list.push(entry);
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(entry.words[0]!, list);
  };
  for (const place of places) {
    for (const name of [place.nameFi, place.nameSv]) {
      const parts = words(name);
      if (parts.length === 0) continue;
      const bare = parts.length > 1 || !COMMON_WORDS.has(parts[0]!);
      const entry: Entry = { kind: place.kind, code: place.code, words: parts, inflects: bare };
      if (bare) add(entry);
      if (bare && parts.at(-1)!.length >= 4) stems.push({ stem: parts.at(-1)!, entry });
    }
    for (const form of placeNameForms(place.kind, place.code)) {
      const parts = words(form);
      if (parts.length) add({ kind: place.kind, code: place.code, words: parts, inflects: false });
    }
  }
  const byStem = new Map<string, Entry[]>();
  for (const { stem, entry } of stems) byStem.set(stem, [...(byStem.get(stem) ?? []), entry]);

  /** `word` is `stem` + (a repeated last vowel) + a Finnish case ending. */
  function inflected(word: string): Entry[] {
    for (let k = 4; k < word.length; k++) {
      const entries = byStem.get(word.slice(0, k));
      if (!entries) continue;
      let rest = word.slice(k);
      const last = word[k - 1]!;
      if (/[aeiouy]/.test(last) && rest.startsWith(last) && ENDINGS.includes(rest.slice(1))) rest = rest.slice(1);
      if (ENDINGS.includes(rest)) return entries.filter((e) => e.words.length === 1);
    }
    return [];
  }

  return function findPlaces(list: string[]): FoundPlace[] {
    const found: FoundPlace[] = [];
    for (let i = 0; i < list.length; i++) {
      let hit: FoundPlace | undefined;
      for (const entry of byFirst.get(list[i]!) ?? []) {
        const n = entry.words.length;
        if (i + n <= list.length && entry.words.every((w, j) => list[i + j] === w)) {
          hit = { kind: entry.kind, code: entry.code, at: i, length: n };
          break;
        }
      }
      if (!hit) {
        const entry = inflected(list[i]!)[0];
        if (entry) hit = { kind: entry.kind, code: entry.code, at: i, length: 1 };
      }
      if (hit) {
        found.push(hit);
        i += hit.length - 1;
      }
    }
    return found;
  };
}
