// Every term of the search documents, in the app's memory, so that the forms of a search word
// (prefixes, inflections, compound parts, typos) are found in microseconds without asking the
// database. Each term has a number, used by the postings (lib/search/postings.ts).

import { BoundedMemo } from "../../cache/bounded-memo";

export class Vocabulary {
  private sorted: string[] = [];
  private pending: string[] = [];
  private readonly numbers = new Map<string, number>();
  // Results worked out from the whole vocabulary (a search word's forms: a scan of every term
  // for typos and compound parts), kept until a term is added. A word's forms are at most a few
  // thousand references to terms: 500 words stay under 10 MB.
  private readonly derived = new BoundedMemo<unknown>(500);

  get size(): number {
    return this.numbers.size;
  }

  add(terms: Iterable<string>) {
    for (const term of terms) this.number(term);
  }

  /** The term's number, given on first sight. */
  number(term: string): number {
    let n = this.numbers.get(term);
    if (n === undefined) {
      n = this.numbers.size;
      this.numbers.set(term, n);
      this.pending.push(term);
      this.derived.clear();
    }
    return n;
  }

  /** `compute()`, remembered under `key` while no term is added. */
  derive<T>(key: string, compute: () => T): T {
    return this.derived.get(key, compute) as T;
  }

  /** The term's number, if any document ever had it. */
  numberOf(term: string): number | undefined {
    return this.numbers.get(term);
  }

  has(term: string): boolean {
    return this.numbers.has(term);
  }

  /** All terms, sorted (new terms are merged in on first use). */
  terms(): string[] {
    if (this.pending.length) {
      // Merge the few new terms into the sorted list rather than sorting it all again.
      const add = this.pending.sort();
      const merged: string[] = new Array(this.sorted.length + add.length);
      let i = 0;
      let j = 0;
      for (let k = 0; k < merged.length; k++) merged[k] = j >= add.length || (i < this.sorted.length && this.sorted[i]! < add[j]!) ? this.sorted[i++]! : add[j++]!;
      this.sorted = merged;
      this.pending = [];
    }
    return this.sorted;
  }

  /** Terms that start with `prefix`, at most `limit`. */
  withPrefix(prefix: string, limit = 400): string[] {
    const list = this.terms();
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < list.length && out.length < limit && list[i]!.startsWith(prefix); i++) out.push(list[i]!);
    return out;
  }
}

/**
 * Optimal string alignment distance (Levenshtein with swaps of neighbours), or max + 1 as
 * soon as it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0]!;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}
