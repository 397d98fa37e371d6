/**
 * A delete mutation resolved to row deletes: its key set (the commit timestamp placeholder
 * replaced, keys in the future refused, commit-timestamps.ts) becomes encoded-key bounds over the
 * table; the rows there now (seen through the batch's writes, so rows the batch inserted go too)
 * are deleted with their cascades. The bounds are recorded for the batch's bookkeeping whether
 * or not rows were there: an update of a key they cover fails, and so does a write of a row of a
 * table cascading foreign keys reference. Returns its mutation count: one.
 */
import { keyText } from '../../types/key-text';
import { encodeKey } from '../storage/key-codec';
import { ALL_KEYS, encodeRange, keySuccessor, type EncodedBounds, type Key, type KeyRange } from '../storage/key-range';
import { resolveDeleteKeySet } from './commit-timestamps';
import type { DeleteMutation } from './mutation';
import type { MutationBatch, WriteTarget } from './mutation-batch';
import { deleteRows } from './row-ops';

export function applyDeleteMutation(batch: MutationBatch, m: DeleteMutation): number {
  const target = batch.target(m.table);
  const keySet = resolveDeleteKeySet(batch, target, m.keySet);
  const parts = target.layouts.table.keyParts;
  const addressed: { bounds: EncodedBounds; text: () => string }[] = keySet.all
    ? [{ bounds: ALL_KEYS, text: () => '[{} ... {}+)' }]
    : [
        ...keySet.keys.map((key) => {
          const lower = encodeKey(parts, key);
          return { bounds: { lower, upper: keySuccessor(lower) }, text: () => rangeText(target, key, true, key, true) };
        }),
        ...keySet.ranges.map((r: KeyRange) => ({
          bounds: encodeRange(parts, r),
          text: () => rangeText(target, r.start, r.startClosed, r.end, r.endClosed),
        })),
      ];
  for (const { bounds, text } of addressed) batch.restrictions.deleteRange(target.table, bounds, text);
  batch.deleted.add(
    target.table.name,
    addressed.map((a) => a.bounds),
  );
  // Collected first: a scan must not see its own deletions part way.
  const doomed = new Map<string, Buffer>();
  for (const { bounds } of addressed) {
    for (const { key } of batch.writes.scanRows(target.layouts.table, bounds)) doomed.set(key.toString('latin1'), key);
  }
  deleteRows(batch, target, doomed.values());
  return 1;
}

/** A range as the official emulator prints one: `[{Int64(1)} ... {Int64(2)}]`. */
function rangeText(target: WriteTarget, start: Key, startClosed: boolean, end: Key, endClosed: boolean): string {
  const layout = target.layouts.table;
  const text = (key: Key) =>
    keyText(
      key.map((_, i) => ({ type: layout.columnTypes[layout.keyPositions[i]], desc: layout.keyParts[i].desc })),
      key,
    );
  return `${startClosed ? '[' : '('}${text(start)} ... ${text(end)}${endClosed ? ']' : ')'}`;
}
