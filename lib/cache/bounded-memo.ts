/**
 * Results remembered by key, forgotten all at once when `max` are kept: for lookups whose keys
 * may come from outside (a URL, a search box), so that memory stays bounded without the
 * bookkeeping of a least-recently-used list. `clear()` forgets them when their inputs change.
 */
export class BoundedMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string, compute: () => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      if (this.values.size >= this.max) this.values.clear();
      value = compute();
      this.values.set(key, value);
    }
    return value;
  }

  clear() {
    this.values.clear();
  }
}
