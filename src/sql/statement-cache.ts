/**
 * A small least-recently-used cache from statement text to parsed AST, so that clients re-running
 * the same SQL (the common case) skip the parser. Safe because ASTs are never mutated. Errors are
 * not cached: a failing text is re-parsed, which keeps the cache free of garbage input.
 */

export class StatementCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity = 1000) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Map keeps insertion order: re-inserting marks the entry most recently used.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
