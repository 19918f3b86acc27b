import type { OnReuse } from "./reusable-render";

/** A rendered response kept for reuse: its status is always 200. */
export type StoredRender = {
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** What the page does for each request that reuses it (lib/http/reusable-render.ts). */
  onReuse: OnReuse;
};

/**
 * Rendered pages by key, at most `maxBytes` of bodies, the least recently used forgotten first
 * (a Map keeps insertion order; a hit moves its entry to the end). Everything is forgotten when
 * a lookup brings a new version of the data: the old keys can never be asked for again.
 */
export class RenderStore {
  private readonly entries = new Map<string, StoredRender>();
  private bytes = 0;
  private version: string | undefined;

  constructor(readonly maxBytes: number) {}

  /** A page larger than a tenth of the store would push out many others for one: not kept. */
  get maxEntryBytes(): number {
    return this.maxBytes / 10;
  }

  get size(): number {
    return this.entries.size;
  }

  get storedBytes(): number {
    return this.bytes;
  }

  get(version: string, key: string): StoredRender | undefined {
    this.sync(version);
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(version: string, key: string, entry: StoredRender): void {
    // Rendered while the data moved on (a request that read the version before a write): not kept.
    if (version !== this.version) return;
    if (entry.body.length > this.maxEntryBytes) return;
    this.delete(key);
    while (this.bytes + entry.body.length > this.maxBytes) {
      const oldest = this.entries.keys().next().value as string;
      this.delete(oldest);
    }
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
  }

  private delete(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }

  private sync(version: string) {
    if (version === this.version) return;
    this.entries.clear();
    this.bytes = 0;
    this.version = version;
  }
}
