// The inverted index of the search documents, in the app's memory: per term (by its number in
// the vocabulary), the snapshot slots whose document contains it; per slot, the document's
// term numbers, the title's and the summary's first. Looking a search word's forms up here
// takes microseconds, where asking PostgreSQL's GIN index for 30,000 matching notices took
// tens of milliseconds (docs/decisions/009-search-relevance.md, "Speed").

const EMPTY = new Int32Array(0);

export class Postings {
  /** Per term number: the slots containing it (unordered), and how many of the array are used. */
  private lists: Int32Array[] = [];
  private lengths: number[] = [];
  /**
   * Per slot, in one arena (100,000 small arrays would cost more in object headers than in
   * terms): at docStart[slot], [title count, top count, term count, ...title terms, ...top
   * terms, ...every term]. A changed document is written anew at the end; the arena is
   * compacted when half of it is left behind.
   */
  private arena = new Uint32Array(1024);
  private arenaUsed = 0;
  private arenaDead = 0;
  private docStart = new Int32Array(0);
  private postingCount = 0;

  /** Sets the terms of a slot's document, replacing what it had. */
  set(slot: number, all: number[], title: number[], top: number[]) {
    const next = new Set(all);
    const old = this.doc(slot);
    if (old) {
      const before = old.subarray(3 + old[0]! + old[1]!);
      const had = new Set(before);
      for (const term of before) if (!next.has(term)) this.remove(term, slot);
      for (const term of next) if (!had.has(term)) this.add(term, slot);
      this.arenaDead += old.length;
    } else {
      for (const term of next) this.add(term, slot);
    }
    const length = 3 + title.length + top.length + next.size;
    this.reserve(length);
    const at = this.arenaUsed;
    const a = this.arena;
    a[at] = title.length;
    a[at + 1] = top.length;
    a[at + 2] = next.size;
    a.set(title, at + 3);
    a.set(top, at + 3 + title.length);
    let k = at + 3 + title.length + top.length;
    for (const term of next) a[k++] = term;
    this.arenaUsed += length;
    if (slot >= this.docStart.length) {
      const grown = new Int32Array(Math.max(slot + 1, this.docStart.length * 2, 1024)).fill(-1);
      grown.set(this.docStart);
      this.docStart = grown;
    }
    this.docStart[slot] = at;
  }

  private doc(slot: number): Uint32Array | undefined {
    const at = slot < this.docStart.length ? this.docStart[slot]! : -1;
    if (at < 0) return undefined;
    const a = this.arena;
    return a.subarray(at, at + 3 + a[at]! + a[at + 1]! + a[at + 2]!);
  }

  private reserve(length: number) {
    if (this.arenaUsed + length <= this.arena.length) return;
    if (this.arenaDead > this.arenaUsed / 2) {
      // Copy the live documents to a fresh arena, leaving the replaced ones behind.
      const fresh = new Uint32Array(Math.max(1024, (this.arenaUsed - this.arenaDead + length) * 2));
      let used = 0;
      for (let slot = 0; slot < this.docStart.length; slot++) {
        const doc = this.doc(slot);
        if (!doc) continue;
        fresh.set(doc, used);
        this.docStart[slot] = used;
        used += doc.length;
      }
      this.arena = fresh;
      this.arenaUsed = used;
      this.arenaDead = 0;
      return;
    }
    const grown = new Uint32Array(Math.max(this.arena.length * 2, this.arenaUsed + length));
    grown.set(this.arena.subarray(0, this.arenaUsed));
    this.arena = grown;
  }

  /** Gives back the room kept for growth (after a full load, when most lists are final). */
  compact() {
    this.lists.forEach((list, term) => {
      const length = this.lengths[term]!;
      if (list.length > length) this.lists[term] = list.slice(0, length);
    });
    if (this.arena.length > this.arenaUsed) this.arena = this.arena.slice(0, this.arenaUsed);
  }

  /** The slots whose document has the term (a view: read it before the next change). */
  slots(term: number): Int32Array {
    const list = this.lists[term];
    return list ? list.subarray(0, this.lengths[term]) : EMPTY;
  }

  /** The term numbers of a slot's title (with organisation) and of its summary and place. */
  fields(slot: number): { title: Uint32Array; top: Uint32Array } {
    const doc = this.doc(slot);
    if (!doc) return { title: new Uint32Array(0), top: new Uint32Array(0) };
    return { title: doc.subarray(3, 3 + doc[0]!), top: doc.subarray(3 + doc[0]!, 3 + doc[0]! + doc[1]!) };
  }

  /** Bytes held by the postings and the per-slot term lists (for the benchmark's memory figure). */
  get bytes(): number {
    let bytes = 0;
    for (const list of this.lists) if (list) bytes += list.byteLength;
    return bytes + this.arena.byteLength + this.docStart.byteLength;
  }

  get count(): number {
    return this.postingCount;
  }

  private add(term: number, slot: number) {
    let list = this.lists[term];
    const length = this.lengths[term] ?? 0;
    if (!list || length === list.length) {
      const grown = new Int32Array(Math.max(4, length * 2));
      if (list) grown.set(list);
      list = this.lists[term] = grown;
    }
    list[length] = slot;
    this.lengths[term] = length + 1;
    this.postingCount++;
  }

  private remove(term: number, slot: number) {
    const list = this.lists[term];
    const length = this.lengths[term] ?? 0;
    if (!list) return;
    // Order does not matter: the last slot takes the removed one's place.
    for (let i = length - 1; i >= 0; i--) {
      if (list[i] === slot) {
        list[i] = list[length - 1]!;
        this.lengths[term] = length - 1;
        this.postingCount--;
        return;
      }
    }
  }
}
