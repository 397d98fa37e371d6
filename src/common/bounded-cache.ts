/**
 * A memo of values built from text (compiled patterns, parsed paths, time zones) with a size
 * bound. When full it starts over rather than tracking recency: the texts a workload repeats are
 * few, so they are rebuilt once and cached again. A build that throws caches nothing.
 */

export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The value for `key`, built by `build` on a miss. */
  get(key: string, build: () => V): V {
    const cached = this.entries.get(key);
    if (cached !== undefined) return cached;
    const value = build();
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
