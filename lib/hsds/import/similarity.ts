import { foldName } from "./parse";

// "Similar title" for duplicate detection: the Dice coefficient of the folded titles' letter
// pairs (case, accents and punctuation ignored), as pg_trgm's similarity would judge it but in
// the app, so the dry run and the tests need no database function.

function pairs(text: string): string[] {
  const folded = ` ${foldName(text)} `;
  const out: string[] = [];
  for (let i = 0; i < folded.length - 1; i++) out.push(folded.slice(i, i + 2));
  return out;
}

export function titleSimilarity(a: string, b: string): number {
  const left = pairs(a);
  const right = pairs(b);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const p of left) counts.set(p, (counts.get(p) ?? 0) + 1);
  let shared = 0;
  for (const p of right) {
    const n = counts.get(p) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(p, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** At or above this, two titles of one organisation in one municipality are a possible duplicate. */
export const SIMILAR_TITLE = 0.7;
