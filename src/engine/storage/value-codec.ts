/**
 * A row's non-key column values as one compact, canonical BLOB. Values are tagged by their
 * JavaScript shape, so decoding needs no schema and gives back exactly what was written: INT64
 * extremes as 8 bytes, floats as their raw 64 bits (NaN, -0 and FLOAT32 values survive), strings
 * (STRING, NUMERIC, DATE, JSON) as UTF-8, nanosecond timestamps, arrays of any of these. Nothing
 * passes through SQLite's INTEGER/REAL affinity. Columns are keyed by name, because the catalog
 * assigns no stable column id (Spanner cannot rename columns, so names are stable for a column's
 * life; dropping a column writes new versions without it, so a re-added one starts empty: see
 * row-tables-sync.ts). Sorted by name, so equal rows encode equally. Not order-preserving:
 * ordering is the key codec's.
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

export function decodeColumnValues(blob: Uint8Array): Map<string, SpannerValue> {
  const reader = new ByteReader(blob);
  const values = new Map<string, SpannerValue>();
  for (let n = reader.varint(); n > 0; n--) {
    const name = reader.bytes(reader.varint()).toString('utf8');
    values.set(name, decodeValue(reader));
  }
  return values;
}

function encodeValue(out: ByteWriter, value: SpannerValue): void {
  if (value === null) return out.byte(Tag.Null);
  if (typeof value === 'boolean') return out.byte(value ? Tag.True : Tag.False);
  if (typeof value === 'bigint') {
    out.byte(Tag.Int64);
    return out.uint(BigInt.asUintN(64, value), 8);
  }
  if (typeof value === 'number') {
    const buf = Buffer.alloc(8);
    buf.writeDoubleBE(value);
    out.byte(Tag.Float);
    return out.bytes(buf);
  }
  if (typeof value === 'string') return lengthPrefixed(out, Tag.String, Buffer.from(value, 'utf8'));
  if (value instanceof Uint8Array) return lengthPrefixed(out, Tag.Bytes, value);
  if (isTimestampValue(value)) {
    out.byte(Tag.Timestamp);
    // 128 bits: nanoseconds over Spanner's range do not fit in 64.
    return out.uint(BigInt.asUintN(128, value.nanos), 16);
  }
  out.byte(Tag.Array);
  out.varint(value.length);
  for (const element of value) encodeValue(out, element);
}

function lengthPrefixed(out: ByteWriter, tag: Tag, bytes: Uint8Array): void {
  out.byte(tag);
  out.varint(bytes.length);
  out.bytes(bytes);
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
      return BigInt.asIntN(64, reader.uint(8));
    case Tag.Float:
      return reader.bytes(8).readDoubleBE();
    case Tag.String:
      return reader.bytes(reader.varint()).toString('utf8');
    case Tag.Bytes:
      return new Uint8Array(reader.bytes(reader.varint()));
    case Tag.Timestamp:
      return timestampValue(BigInt.asIntN(128, reader.uint(16)));
    case Tag.Array: {
      const items: SpannerValue[] = [];
      for (let n = reader.varint(); n > 0; n--) items.push(decodeValue(reader));
      return items;
    }
    default:
      throw new Error(`Bad value tag ${String(tag)}`);
  }
}
