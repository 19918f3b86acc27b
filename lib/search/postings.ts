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
  /** Per slot: [title count, top count, ...title terms, ...top terms, ...every term]. */
  private docs: (Uint32Array | undefined)[] = [];
  private postingCount = 0;

  /** Sets the terms of a slot's document, replacing what it had. */
  set(slot: number, all: number[], title: number[], top: number[]) {
    const old = this.docs[slot];
    const next = new Set(all);
    if (old) {
      const before = old.subarray(2 + old[0]! + old[1]!);
      const had = new Set(before);
      for (const term of before) if (!next.has(term)) this.remove(term, slot);
      for (const term of next) if (!had.has(term)) this.add(term, slot);
    } else {
      for (const term of next) this.add(term, slot);
    }
    const doc = new Uint32Array(2 + title.length + top.length + next.size);
    doc[0] = title.length;
    doc[1] = top.length;
    doc.set(title, 2);
    doc.set(top, 2 + title.length);
    doc.set([...next], 2 + title.length + top.length);
    this.docs[slot] = doc;
  }

  /** Gives back the room kept for growth (after a full load, when most lists are final). */
  compact() {
    this.lists.forEach((list, term) => {
      const length = this.lengths[term]!;
      if (list.length > length) this.lists[term] = list.slice(0, length);
    });
  }

  /** The slots whose document has the term (a view: read it before the next change). */
  slots(term: number): Int32Array {
    const list = this.lists[term];
    return list ? list.subarray(0, this.lengths[term]) : EMPTY;
  }

  /** The term numbers of a slot's title (with organisation) and of its summary and place. */
  fields(slot: number): { title: Uint32Array; top: Uint32Array } {
    const doc = this.docs[slot];
    if (!doc) return { title: new Uint32Array(0), top: new Uint32Array(0) };
    return { title: doc.subarray(2, 2 + doc[0]!), top: doc.subarray(2 + doc[0]!, 2 + doc[0]! + doc[1]!) };
  }

  /** Bytes held by the postings and the per-slot term lists (for the benchmark's memory figure). */
  get bytes(): number {
    let bytes = 0;
    for (const list of this.lists) if (list) bytes += list.byteLength;
    for (const doc of this.docs) if (doc) bytes += doc.byteLength;
    return bytes;
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
