/**
 * Spanner's rule for a row deleted earlier in the same batch: updating it is an error (the update
 * does not silently find no row), while inserting it again (insert, insert_or_update) is allowed
 * and takes it out of the deleted keys. What counts as deleted is what the batch's delete
 * mutations addressed (their keys and ranges, whether or not rows were there), per table, as
 * encoded-key bounds; rows removed by cascades or by replace do not count.
 */
import { keySuccessor, type EncodedBounds } from '../storage/key-range';

export class DeletedKeys {
  private readonly byTable = new Map<string, EncodedBounds[]>();

  /** Records the bounds a delete mutation of `table` addressed. */
  add(table: string, bounds: readonly EncodedBounds[]): void {
    const list = this.listOf(table);
    for (const b of bounds) if (Buffer.compare(b.lower, b.upper) < 0) list.push(b);
  }

  contains(table: string, key: Buffer): boolean {
    return (this.byTable.get(table.toLowerCase()) ?? []).some((b) => inBounds(b, key));
  }

  /** `key` is written again: the ranges holding it are split around it. */
  reinsert(table: string, key: Buffer): void {
    const list = this.byTable.get(table.toLowerCase());
    if (list === undefined || !list.some((b) => inBounds(b, key))) return;
    const next = list.flatMap((b) =>
      inBounds(b, key)
        ? [
            { lower: b.lower, upper: key },
            { lower: keySuccessor(key), upper: b.upper },
          ].filter((part) => Buffer.compare(part.lower, part.upper) < 0)
        : [b],
    );
    this.byTable.set(table.toLowerCase(), next);
  }

  private listOf(table: string): EncodedBounds[] {
    let list = this.byTable.get(table.toLowerCase());
    if (list === undefined) {
      list = [];
      this.byTable.set(table.toLowerCase(), list);
    }
    return list;
  }
}

function inBounds(bounds: EncodedBounds, key: Buffer): boolean {
  return Buffer.compare(bounds.lower, key) <= 0 && Buffer.compare(key, bounds.upper) < 0;
}
