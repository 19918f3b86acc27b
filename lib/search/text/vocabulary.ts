// Every term of the search documents, in the app's memory, so that the forms of a search word
// (prefixes, inflections, compound parts, typos) are found in microseconds without asking the
// database. Loaded from search_term once, then only what is new (lib/search/snapshot.ts).

export class Vocabulary {
  private sorted: string[] = [];
  private pending: string[] = [];
  private readonly known = new Set<string>();

  get size(): number {
    return this.known.size;
  }

  add(terms: Iterable<string>) {
    for (const term of terms) {
      if (this.known.has(term)) continue;
      this.known.add(term);
      this.pending.push(term);
    }
  }

  has(term: string): boolean {
    return this.known.has(term);
  }

  /** All terms, sorted (new terms are merged in on first use). */
  terms(): string[] {
    if (this.pending.length) {
      this.sorted = [...this.sorted, ...this.pending].sort();
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
