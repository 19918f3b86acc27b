import type { PrismaClient } from "../db/client";
import { Prisma } from "../db/generated/client";
import { Postings } from "./postings";
import { Vocabulary } from "./text/vocabulary";
import { filterColumns, FILTERS, FLAG_FILTERS, MASK_FILTERS, type FlagName, type MaskName } from "./dimensions";

// A column snapshot of search_document's filter fields, held in this process so filters and
// disjunctive facet counts over 100,000 notices take milliseconds (SQL needed a pass per facet).
// It is never stale: every search first reads search_state (one row) and loads the documents
// changed since the snapshot's version; a new generation (deletes, rebuilds) reloads it all.
// See docs/decisions/005-search.md.

const FILTER_COLUMNS = filterColumns()
  .map((c) => c.column)
  .join(", ");

/** Bit positions of each value of the filters held as masks; a filter with more than 32 values takes several words. */
const BIT = Object.fromEntries(
  MASK_FILTERS.map(([name, f]) => [name, new Map((f.values as readonly string[]).map((v, i) => [v, i]))]),
) as Record<MaskName, Map<string, number>>;

/** How many 32-bit words a filter's mask takes. */
export const maskWords = (name: MaskName) => Math.ceil(FILTERS[name].values.length / 32);

/** The mask of some values of a filter, one number per 32-bit word. */
export function masksOf(name: MaskName, values: readonly string[]): number[] {
  const words = new Array<number>(maskWords(name)).fill(0);
  for (const value of values) {
    const bit = BIT[name].get(value);
    if (bit !== undefined) words[bit >> 5] = (words[bit >> 5]! | (1 << (bit & 31))) >>> 0;
  }
  return words;
}

/** The first word's mask (filters of up to 32 values). */
export const maskOf = (name: MaskName, values: readonly string[]): number => masksOf(name, values)[0]!;

/** Languages as a pair of words (reader's and text languages use the same bits as the filter). */
export function langMasks(values: readonly string[]): [number, number] {
  const [lo = 0, hi = 0] = masksOf("lang", values);
  return [lo, hi];
}

/** The bit of each yes/no filter in a slot's flags. */
export const FLAG_BIT = Object.fromEntries(FLAG_FILTERS.map(([name], i) => [name, 1 << i])) as Record<FlagName, number>;

/** "Has room" (docs/decisions/011): a ROOM status counts for this long after it was set. */
export const ROOM_FRESH_MS = 30 * 86_400_000;

/** A search_document row as read; the defined filters' columns by name (lib/search/dimensions.ts). */
type Row = Record<string, unknown> & {
  activity_id: string;
  change_seq: bigint;
  visible: boolean;
  valid_until: Date;
  published_at: Date | null;
  last_confirmed_at: Date;
  municipalities: string[];
  regions: string[];
  nationwide: boolean;
  age_min: number | null;
  age_max: number | null;
  text_locales: string[];
  /**
   * The term arrays joined by U+001F (splitting a string is far cheaper than parsing 100,000
   * array literals); empty for invisible documents (drafts, archived), which no search finds:
   * their terms arrive with the change that makes them visible.
   */
  terms: string;
  title_terms: string;
  top_terms: string;
  capacity_status: string | null;
  capacity_set_at: Date | null;
};

/** Growable columns, one slot per document. */
export class Snapshot {
  version = -1n;
  generation = -1n;
  size = 0;
  private capacity = 0;
  readonly slotOf = new Map<string, number>();
  ids: string[] = [];
  visible = new Uint8Array(0);
  validUntil = new Float64Array(0);
  publishedAt = new Float64Array(0);
  confirmedAt = new Float64Array(0);
  municipalities: (Uint16Array | undefined)[] = [];
  regions = new Uint32Array(0);
  nationwide = new Uint8Array(0);
  /** Per filter held as masks (lib/search/dimensions.ts): one column per 32-bit word of its values. */
  masks = Object.fromEntries(MASK_FILTERS.map(([name]) => [name, Array.from({ length: maskWords(name) }, () => new Uint32Array(0))])) as Record<
    MaskName,
    Uint32Array[]
  >;
  /** The yes/no filters, one bit each (FLAG_BIT). */
  flags = new Uint8Array(0);
  /** When a ROOM status was set (ms), else 0: "has room" compares it with now at query time. */
  roomSetAt = new Float64Array(0);
  ageMin = new Int16Array(0);
  ageMax = new Int16Array(0);
  /** Languages the notice's text is written in (its translations), as language masks. */
  textLo = new Uint32Array(0);
  textHi = new Uint32Array(0);
  /** Every term of the documents (lib/search/text/vocabulary.ts). */
  readonly vocabulary = new Vocabulary();
  /** Which slots have which terms (lib/search/postings.ts). */
  readonly postings = new Postings();
  /** How many slots are visible (for word weights). */
  visibleCount = 0;
  /** The municipality and region codes the place columns were indexed with. */
  places = "";
  private liveCache: { version: bigint; from: number; until: number; slots: Int32Array } | undefined;

  constructor(
    readonly municipalityIndex: Map<string, number>,
    readonly regionBit: Map<string, number>,
  ) {}

  private grow(min: number) {
    if (min <= this.capacity) return;
    const capacity = Math.max(min, this.capacity * 2, 1024);
    const grow = <T extends { length: number; set(a: ArrayLike<number>): void }>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old as unknown as ArrayLike<number>);
      return next;
    };
    this.visible = grow(this.visible, (n) => new Uint8Array(n));
    this.validUntil = grow(this.validUntil, (n) => new Float64Array(n));
    this.publishedAt = grow(this.publishedAt, (n) => new Float64Array(n));
    this.confirmedAt = grow(this.confirmedAt, (n) => new Float64Array(n));
    this.regions = grow(this.regions, (n) => new Uint32Array(n));
    this.nationwide = grow(this.nationwide, (n) => new Uint8Array(n));
    for (const [name] of MASK_FILTERS) this.masks[name] = this.masks[name].map((column) => grow(column, (n) => new Uint32Array(n)));
    this.flags = grow(this.flags, (n) => new Uint8Array(n));
    this.roomSetAt = grow(this.roomSetAt, (n) => new Float64Array(n));
    this.ageMin = grow(this.ageMin, (n) => new Int16Array(n));
    this.ageMax = grow(this.ageMax, (n) => new Int16Array(n));
    this.textLo = grow(this.textLo, (n) => new Uint32Array(n));
    this.textHi = grow(this.textHi, (n) => new Uint32Array(n));
    this.capacity = capacity;
  }

  /**
   * The visible slots still valid at `now`, ascending. Kept until the version moves or a notice
   * expires (the earliest validity end among them), so most searches skip both checks.
   */
  liveSlots(now: number): Int32Array {
    const cached = this.liveCache;
    if (cached && cached.version === this.version && now >= cached.from && now < cached.until) return cached.slots;
    const slots = new Int32Array(this.size);
    let n = 0;
    let until = Infinity;
    for (let i = 0; i < this.size; i++) {
      if (!this.visible[i] || this.validUntil[i]! <= now) continue;
      slots[n++] = i;
      if (this.validUntil[i]! < until) until = this.validUntil[i]!;
    }
    this.liveCache = { version: this.version, from: now, until, slots: slots.subarray(0, n) };
    return this.liveCache.slots;
  }

  /** A document removed from the database: its slot stays, invisible and without terms. */
  remove(activityId: string) {
    const slot = this.slotOf.get(activityId);
    if (slot === undefined) return;
    this.visibleCount -= this.visible[slot] ?? 0;
    this.visible[slot] = 0;
    this.postings.set(slot, [], [], []);
  }

  put(row: Row) {
    let slot = this.slotOf.get(row.activity_id);
    if (slot === undefined) {
      slot = this.size++;
      this.grow(this.size);
      this.slotOf.set(row.activity_id, slot);
      this.ids[slot] = row.activity_id;
    }
    this.visibleCount += (row.visible ? 1 : 0) - (this.visible[slot] ?? 0);
    this.visible[slot] = row.visible ? 1 : 0;
    this.validUntil[slot] = row.valid_until.getTime();
    this.publishedAt[slot] = row.published_at?.getTime() ?? 0;
    this.confirmedAt[slot] = row.last_confirmed_at.getTime();
    const munis = row.municipalities.map((code) => this.municipalityIndex.get(code)).filter((i) => i !== undefined);
    this.municipalities[slot] = munis.length ? Uint16Array.from(munis) : undefined;
    let regions = 0;
    for (const code of row.regions) {
      const bit = this.regionBit.get(code);
      if (bit !== undefined) regions |= 1 << bit;
    }
    this.regions[slot] = regions >>> 0;
    this.nationwide[slot] = row.nationwide ? 1 : 0;
    for (const [name, f] of MASK_FILTERS) {
      const value = row[f.column] as string | string[];
      const words = masksOf(name, typeof value === "string" ? [value] : value);
      for (let w = 0; w < words.length; w++) this.masks[name][w]![slot] = words[w]!;
    }
    let flags = 0;
    for (const [name, f] of FLAG_FILTERS) if (row[f.column] === true) flags |= FLAG_BIT[name];
    this.flags[slot] = flags;
    this.roomSetAt[slot] = row.capacity_status === "ROOM" && row.capacity_set_at ? row.capacity_set_at.getTime() : 0;
    this.ageMin[slot] = row.age_min ?? -1;
    this.ageMax[slot] = row.age_max ?? -1;
    [this.textLo[slot], this.textHi[slot]] = langMasks(row.text_locales);
    const number = (term: string) => this.vocabulary.number(term);
    const numbers = (joined: string) => (joined === "" ? [] : joined.split(SEPARATOR).map(number));
    this.postings.set(slot, numbers(row.terms), numbers(row.title_terms), numbers(row.top_terms));
  }
}

const COLUMNS = `activity_id, change_seq, visible, valid_until, published_at, last_confirmed_at, municipalities,
  regions, nationwide, ${FILTER_COLUMNS}, age_min, age_max, text_locales, capacity_status, capacity_set_at,
  ${["terms", "title_terms", "top_terms"].map((c) => `CASE WHEN visible THEN array_to_string(${c}, E'\\x1f') ELSE '' END AS ${c}`).join(", ")}`;
const SEPARATOR = "\u001f";
/** Documents read per query: a full load of 100,000 would hold every term string at once. */
const BATCH = 5000;

/** Keeps one snapshot per database client up to date; concurrent searches share one refresh. */
export function createSnapshotSource(prisma: PrismaClient) {
  let current: Snapshot | undefined;
  let refreshing: Promise<Snapshot> | undefined;

  /**
   * Brings a snapshot up to the database's current state. The state, the changed documents and
   * the new terms are read in one REPEATABLE READ transaction, so they are one consistent
   * picture: a document written again meanwhile cannot be missed (its newer change_seq is
   * either in this picture with its state, or not at all).
   */
  async function load(previous: Snapshot | undefined): Promise<Snapshot> {
    return prisma.$transaction(
      async (tx) => {
        const [state] = await tx.$queryRaw<{ version: bigint; generation: bigint }[]>`SELECT version, generation FROM search_state WHERE id = 1`;
        if (!state) throw new Error("search_state is missing its row; run the migrations");
        let snapshot = previous;
        let since = previous?.version ?? -1n;
        // One connection: the queries of a transaction run one after another.
        const municipalities = await tx.$queryRaw<{ code: string }[]>`SELECT code FROM municipality ORDER BY code`;
        const regions = await tx.$queryRaw<{ code: string }[]>`SELECT code FROM region ORDER BY code`;
        const places = [...municipalities.map((m) => m.code), "|", ...regions.map((r) => r.code)].join(",");
        // Municipalities and regions index the place columns: when they change (a merger, a
        // seed), every document is read again against the new ones.
        if (!snapshot || snapshot.generation !== state.generation || snapshot.places !== places) {
          snapshot = new Snapshot(new Map(municipalities.map((m, i) => [m.code, i])), new Map(regions.map((r, i) => [r.code, i])));
          snapshot.places = places;
          since = -1n;
        }
        if (since >= 0n) {
          // Removals first: an id removed and written again later comes back with the write.
          const removed = await tx.$queryRaw<{ activity_id: string }[]>`SELECT activity_id FROM search_removed WHERE change_seq > ${since}`;
          for (const { activity_id } of removed) snapshot.remove(activity_id);
        }
        // Documents of one version share its change_seq, so pages go by activity_id within it.
        let version = state.version;
        let after: [bigint, string] = [since, ""];
        for (;;) {
          const rows = await tx.$queryRawUnsafe<Row[]>(
            `SELECT ${COLUMNS} FROM search_document WHERE (change_seq, activity_id) > ($1, $2) ORDER BY change_seq, activity_id LIMIT ${BATCH}`,
            after[0],
            after[1],
          );
          for (const row of rows) snapshot.put(row);
          if (rows.length === 0) break;
          const last = rows.at(-1)!;
          after = [last.change_seq, last.activity_id];
          if (last.change_seq > version) version = last.change_seq;
          if (rows.length < BATCH) break;
        }
        if (since === -1n) snapshot.postings.compact();
        snapshot.version = version;
        snapshot.generation = state.generation;
        return snapshot;
      },
      { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 60_000, maxWait: 10_000 },
    );
  }

  return async function snapshot(): Promise<Snapshot> {
    const [state] = await prisma.$queryRaw<{ version: bigint; generation: bigint }[]>`SELECT version, generation FROM search_state WHERE id = 1`;
    if (!state) throw new Error("search_state is missing its row; run the migrations");
    if (current && current.version === state.version && current.generation === state.generation) return current;
    // One refresh at a time; a search that arrives meanwhile waits for it rather than loading twice.
    while (refreshing) await refreshing.catch(() => {});
    if (current && current.version >= state.version && current.generation === state.generation) return current;
    // A new generation starts from nothing: the old columns would keep removed documents.
    refreshing = load(current);
    try {
      current = await refreshing;
      return current;
    } finally {
      refreshing = undefined;
    }
  };
}
