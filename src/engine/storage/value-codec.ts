/**
 * A row's non-key column values as one compact, canonical BLOB. Values are tagged by their
 * JavaScript shape, so decoding needs no schema and gives back exactly what was written: INT64
 * extremes as 8 bytes, floats as their raw 64 bits (NaN, -0 and FLOAT32 values survive), strings
 * (STRING, NUMERIC, DATE, JSON) as UTF-8, nanosecond timestamps, arrays of any of these. Nothing
 * passes through SQLite's INTEGER/REAL affinity. Columns are keyed by name, because the catalog
 * assigns no stable column id (Spanner cannot rename columns, so names are stable for a column's
 * life; dropping a column writes new versions without it, so a re-added one starts empty: see
 * row-tables-sync.ts). Sorted by name, so equal rows encode equally. Not order-preserving:
 * ordering is the key codec's. Rows are written and read positionally (a row's values in its
 * table's column order): a NULL is written as no entry, and names are matched to positions through
 * ColumnSlots, built once per row shape; the by-name Map form serves code that works on names.
 */

import { isTimestampValue, SpannerValue, timestampValue } from '../../types/spanner-value';
import { ByteReader, ByteWriter } from './byte-buffers';

export type ColumnValues = ReadonlyMap<string, SpannerValue>;

const enum Tag {
  Null = 0,
  False = 1,
  True = 2,
  Int64 = 3,
  Float = 4,
  String = 5,
  Bytes = 6,
  Timestamp = 7,
  Array = 8,
}

export function encodeColumnValues(values: ColumnValues): Buffer {
  const out = new ByteWriter();
  const names = [...values.keys()].sort();
  out.varint(names.length);
  for (const name of names) {
    const utf8 = Buffer.from(name, 'utf8');
    out.varint(utf8.length);
    out.bytes(utf8);
    encodeValue(out, values.get(name) ?? null);
  }
  return out.finish();
}

export function decodeColumnValues(blob: Buffer): Map<string, SpannerValue> {
  const reader = new ByteReader(blob);
  const values = new Map<string, SpannerValue>();
  for (let n = reader.varint(); n > 0; n--) {
    const name = reader.utf8(reader.varint());
    values.set(name, decodeValue(reader));
  }
  return values;
}

/** A column a positional row stores in its value BLOB: its position and its name's UTF-8. */
export interface StoredColumn {
  readonly position: number;
  readonly utf8: Buffer;
}

/** The stored columns of `names` at `positions`, in the codec's (name) order. */
export function storedColumns(names: readonly string[], positions: readonly number[]): StoredColumn[] {
  return positions
    .map((position) => ({ name: names[position], position }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, position }) => ({ position, utf8: Buffer.from(name, 'utf8') }));
}

/** The non-NULL values of `columns` (from storedColumns) in `row`. */
export function encodeRowValues(columns: readonly StoredColumn[], row: readonly SpannerValue[]): Buffer {
  const out = new ByteWriter();
  let present = 0;
  for (const c of columns) if (row[c.position] !== null) present++;
  out.varint(present);
  for (const c of columns) {
    const value = row[c.position];
    if (value === null) continue;
    out.varint(c.utf8.length);
    out.bytes(c.utf8);
    encodeValue(out, value);
  }
  return out.finish();
}

/**
 * Positions of stored column names in a positional row. Names match case-insensitively, as
 * Spanner's do (a stored row carries the spelling its writer's schema had); a name no column has
 * (a column dropped since, when reading an old version) is skipped. A value BLOB lists its names
 * in the order the row's own columns sort in, so each stored name is first compared, byte by
 * byte, with the columns after the last one matched: the usual decode builds no string for a name.
 */
export class ColumnSlots {
  /** The columns in the codec's (name) order. */
  private readonly sorted: readonly StoredColumn[];
  private readonly folded = new Map<string, number>();

  constructor(names: readonly string[]) {
    this.sorted = storedColumns(
      names,
      names.map((_, i) => i),
    );
    names.forEach((name, position) => this.folded.set(name.toLowerCase(), position));
  }

  /**
   * The position of the name whose UTF-8 is at [start, start + length) of `src`, or -1. The
   * sorted columns are tried from `cursor.next` on, and a match moves the cursor past it.
   */
  positionAt(src: Buffer, start: number, length: number, cursor: { next: number }): number {
    const { sorted } = this;
    for (let k = cursor.next; k < sorted.length; k++) {
      if (sameBytes(src, start, length, sorted[k].utf8)) {
        cursor.next = k + 1;
        return sorted[k].position;
      }
    }
    return this.folded.get(src.toString('utf8', start, start + length).toLowerCase()) ?? -1;
  }
}

function sameBytes(src: Buffer, start: number, length: number, name: Buffer): boolean {
  if (name.length !== length) return false;
  for (let i = 0; i < length; i++) if (src[start + i] !== name[i]) return false;
  return true;
}

/** Decodes `blob` into `row` at the slots' positions; positions it has no value for are untouched. */
export function decodeRowValues(blob: Buffer, slots: ColumnSlots, row: SpannerValue[]): void {
  const reader = new ByteReader(blob);
  const cursor = { next: 0 };
  for (let n = reader.varint(); n > 0; n--) {
    const length = reader.varint();
    const position = slots.positionAt(blob, reader.skip(length), length, cursor);
    const value = decodeValue(reader);
    if (position >= 0) row[position] = value;
  }
}

function encodeValue(out: ByteWriter, value: SpannerValue): void {
  if (value === null) return out.byte(Tag.Null);
  if (typeof value === 'boolean') return out.byte(value ? Tag.True : Tag.False);
  if (typeof value === 'bigint') {
    out.byte(Tag.Int64);
    return out.uint64(BigInt.asUintN(64, value));
  }
  if (typeof value === 'number') {
    out.byte(Tag.Float);
    return out.float64(value);
  }
  if (typeof value === 'string') {
    out.byte(Tag.String);
    out.varint(Buffer.byteLength(value, 'utf8'));
    return out.utf8(value);
  }
  if (value instanceof Uint8Array) {
    out.byte(Tag.Bytes);
    out.varint(value.length);
    return out.bytes(value);
  }
  if (isTimestampValue(value)) {
    out.byte(Tag.Timestamp);
    // 128 bits: nanoseconds over Spanner's range do not fit in 64.
    return out.uint128(BigInt.asUintN(128, value.nanos));
  }
  out.byte(Tag.Array);
  out.varint(value.length);
  for (const element of value) encodeValue(out, element);
}

function decodeValue(reader: ByteReader): SpannerValue {
  const tag = reader.byte() as Tag;
  switch (tag) {
    case Tag.Null:
      return null;
    case Tag.False:
      return false;
    case Tag.True:
      return true;
    case Tag.Int64:
      return reader.int64();
    case Tag.Float:
      return reader.float64();
    case Tag.String:
      return reader.utf8(reader.varint());
    case Tag.Bytes:
      return reader.uint8Array(reader.varint());
    case Tag.Timestamp:
      return timestampValue(BigInt.asIntN(128, reader.uint128()));
    case Tag.Array: {
      const items: SpannerValue[] = [];
      for (let n = reader.varint(); n > 0; n--) items.push(decodeValue(reader));
      return items;
    }
    default:
      throw new Error(`Bad value tag ${String(tag)}`);
  }
}
