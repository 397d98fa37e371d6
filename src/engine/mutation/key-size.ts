/**
 * Spanner's 8 KiB limit on keys, measured as Spanner measures them (the official emulator's
 * logical size: BOOL 1, DATE 4, INT64 and FLOAT64 8, TIMESTAMP 12, NUMERIC 25, STRING and BYTES
 * their bytes, NULL 2): a new row's primary key, and every index entry a write produces (its index
 * key columns followed by the base table's key columns it does not already hold), NULL_FILTERED
 * or not. Index backfills measure existing rows with indexKeySize.
 */
import { assertNever } from '../../errors/assert-never';
import { indexKeyTooLarge, keyTooLarge } from '../../errors/row-write-errors';
import type { SpannerValue, ValueType } from '../../types/spanner-value';
import type { IndexLayout } from '../layout/index-layout';
import type { TableLayout } from '../layout/table-layout';
import type { Row } from './mutation-batch';

export const MAX_KEY_BYTES = 8 * 1024;

export function checkTableKeySize(table: TableLayout, row: Row): void {
  const size = keySize(table, table.keyPositions, row);
  if (size > MAX_KEY_BYTES) throw keyTooLarge(table.table, size, MAX_KEY_BYTES);
}

export function checkIndexKeySizes(indexes: readonly IndexLayout[], row: Row): void {
  for (const index of indexes) {
    const size = indexKeySize(index, row);
    if (size > MAX_KEY_BYTES) throw indexKeyTooLarge(index.index, size, MAX_KEY_BYTES);
  }
}

/** The size of `row`'s key in `index`: its index key columns, then the base key's others. */
export function indexKeySize(index: IndexLayout, row: Row): number {
  const positions = [...index.indexKeyPositions];
  for (const p of index.table.keyPositions) if (!positions.includes(p)) positions.push(p);
  return keySize(index.table, positions, row);
}

function keySize(table: TableLayout, positions: readonly number[], row: Row): number {
  let size = 0;
  for (const p of positions) size += valueSize(table.columnTypes[p], row[p]);
  return size;
}

function valueSize(type: ValueType, value: SpannerValue): number {
  if (value === null) return 2;
  if (type.kind !== 'scalar') return 0;
  switch (type.name) {
    case 'BOOL':
      return 1;
    case 'DATE':
      return 4;
    case 'INT64':
    case 'FLOAT64':
      return 8;
    case 'TIMESTAMP':
      return 12;
    case 'NUMERIC':
      return 25;
    case 'STRING':
      return Buffer.byteLength(value as string, 'utf8');
    case 'BYTES':
      return (value as Uint8Array).length;
    case 'FLOAT32':
    case 'JSON':
      return 0; // not counted by the emulator (JSON cannot be a key)
    default:
      return assertNever(type.name, 'key value type');
  }
}
