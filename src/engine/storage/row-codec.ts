/**
 * Positional rows (a table's values in its column order) to the row store's key and value BLOBs
 * and back, and a base row to its entry in a secondary index. Key columns live only in the key
 * BLOB, the others in the value BLOB by name, NULLs not written. A decoded row has NULL for every
 * column its version does not hold (a column added after it was written). Types are not checked.
 */

import type { SpannerValue } from '../../types/spanner-value';
import { decodeKey, encodeKey } from './key-codec';
import type { IndexShape, TableShape } from './row-shape';
import { decodeRowValues, encodeRowValues } from './value-codec';

/** The primary key values of a row, in key order. */
export function rowKeyValues(shape: TableShape, row: readonly SpannerValue[]): SpannerValue[] {
  return shape.keyPositions.map((p) => row[p]);
}

export function encodeRowKey(shape: TableShape, row: readonly SpannerValue[]): Buffer {
  return encodeKey(shape.keyParts, rowKeyValues(shape, row));
}

export function encodeRowVals(shape: TableShape, row: readonly SpannerValue[]): Buffer {
  return encodeRowValues(shape.valueColumns, row);
}

/** A row of all NULLs, the width of the table. */
export function emptyRow(shape: TableShape): SpannerValue[] {
  const row: SpannerValue[] = [];
  for (let i = 0; i < shape.columns.length; i++) row.push(null);
  return row;
}

export function decodeRow(shape: TableShape, key: Buffer, vals: Buffer): SpannerValue[] {
  const row = emptyRow(shape);
  const keyValues = decodeKey(shape.keyParts, key);
  const { keyPositions } = shape;
  for (let i = 0; i < keyValues.length; i++) row[keyPositions[i]] = keyValues[i];
  decodeRowValues(vals, shape.slots, row);
  return row;
}

/** An encoded index entry. */
export interface EncodedEntry {
  readonly key: Buffer;
  readonly vals: Buffer;
}

/** The entry of a base row in the index, or null when it has none (NULL_FILTERED). */
export function indexEntryOf(shape: IndexShape, row: readonly SpannerValue[]): EncodedEntry | null {
  const values = shape.indexKeyPositions.map((p) => row[p]);
  if (shape.nullFiltered && values.includes(null)) return null;
  if (shape.whereNotNullPositions.some((p) => row[p] === null)) return null;
  for (const p of shape.table.keyPositions) values.push(row[p]);
  return { key: encodeKey(shape.keyParts, values), vals: encodeRowValues(shape.storedColumns, row) };
}

/** An index entry decoded. */
export interface DecodedEntry {
  /** The index key column values, in the index's key order. */
  readonly indexKey: SpannerValue[];
  /** The base row's primary key. */
  readonly baseKey: SpannerValue[];
  /** The STORING column values, in the index's STORING order. */
  readonly stored: SpannerValue[];
}

export function decodeIndexEntry(shape: IndexShape, key: Buffer, vals: Buffer): DecodedEntry {
  const values = decodeKey(shape.keyParts, key);
  const split = shape.indexKeyPositions.length;
  const stored: SpannerValue[] = shape.storingPositions.map(() => null);
  decodeRowValues(vals, shape.storedSlots, stored);
  return { indexKey: values.slice(0, split), baseKey: values.slice(split), stored };
}
