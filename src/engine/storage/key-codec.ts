/**
 * Keys as one BLOB whose bytewise order (SQLite's BLOB order, memcmp) is Spanner's key order.
 * Each part is a tag byte (NULL 0x01 before a value 0x02) and an order-preserving payload; a DESC
 * part has all its bytes inverted. Every part's encoding is prefix-free, so the encoding of a key
 * prefix (an interleaved parent's key) is a byte prefix of its extensions, and no encoded part ever
 * starts with 0xFF: `prefix + 0xFF` bounds every key that extends `prefix` (see prefixUpperBound).
 * Float -0 is stored as 0 (Spanner keys treat them as equal). Types are the caller's to check.
 */

import { assertNever } from '../../errors/assert-never';
import { numericToScaled, scaledToNumeric } from '../../types/numeric-scaled';
import { isTimestampValue, ScalarTypeName, SpannerValue, timestampValue } from '../../types/spanner-value';
import { ByteReader, ByteWriter } from './byte-buffers';
import { dateToDays, daysToDate } from './date-days';

export interface KeyPartType {
  readonly type: ScalarTypeName;
  readonly desc: boolean;
}

const TAG_NULL = 0x01;
const TAG_VALUE = 0x02;
const NANOS_PER_SECOND = 1_000_000_000n;
const SIGN_64 = 1n << 63n;
const SIGN_128 = 1n << 127n;

/** Encodes the first `values.length` parts of a key (a full key or a key prefix). */
export function encodeKey(parts: readonly KeyPartType[], values: readonly SpannerValue[]): Buffer {
  if (values.length > parts.length) throw new Error(`Key has ${values.length} parts, at most ${parts.length} expected`);
  const out = new ByteWriter();
  values.forEach((value, i) => {
    const start = out.length;
    encodePart(out, parts[i].type, value);
    if (parts[i].desc) out.invertFrom(start);
  });
  return out.finish();
}

/** A bound above every key that starts with `prefix` and below every later key. */
export function prefixUpperBound(prefix: Buffer): Buffer {
  return Buffer.concat([prefix, Buffer.of(0xff)]);
}

export function decodeKey(parts: readonly KeyPartType[], key: Buffer): SpannerValue[] {
  const reader = new ByteReader(key);
  // DESC parts are read from an inverted copy of the key at the same offsets.
  let inverted: Buffer | null = null;
  const values: SpannerValue[] = [];
  for (const part of parts) {
    if (reader.done) break;
    if (part.desc) inverted ??= invertedCopy(key);
    reader.src = part.desc ? inverted! : key;
    values.push(decodePart(reader, part.type));
  }
  if (!reader.done) throw new Error('Trailing bytes after key');
  return values;
}

function invertedCopy(key: Buffer): Buffer {
  const copy = Buffer.allocUnsafe(key.length);
  for (let i = 0; i < key.length; i++) copy[i] = ~key[i] & 0xff;
  return copy;
}

function encodePart(out: ByteWriter, type: ScalarTypeName, value: SpannerValue): void {
  if (value === null) return out.byte(TAG_NULL);
  out.byte(TAG_VALUE);
  switch (type) {
    case 'BOOL':
      return out.byte(value === true ? 1 : 0);
    case 'INT64':
      return out.uint64(BigInt.asUintN(64, (value as bigint) ^ SIGN_64));
    case 'FLOAT64':
      return out.bytes(orderedFloatBits(value as number, 8));
    case 'FLOAT32':
      return out.bytes(orderedFloatBits(value as number, 4));
    case 'NUMERIC':
      return out.uint128(BigInt.asUintN(128, numericToScaled(value as string) ^ SIGN_128));
    case 'STRING':
    case 'JSON':
      return out.escaped(Buffer.from(value as string, 'utf8'));
    case 'BYTES':
      return out.escaped(value as Uint8Array);
    case 'DATE':
      return out.uint32((dateToDays(value as string) ^ 0x8000_0000) >>> 0);
    case 'TIMESTAMP':
      return encodeTimestamp(out, value);
    default:
      return assertNever(type, 'key type');
  }
}

/** Seconds (sign-flipped, 8 bytes) then nanoseconds of the second (4 bytes): nanos overflow 64 bits. */
function encodeTimestamp(out: ByteWriter, value: SpannerValue): void {
  if (!isTimestampValue(value)) throw new Error('TIMESTAMP value expected');
  const seconds = floorDiv(value.nanos, NANOS_PER_SECOND);
  out.uint64(BigInt.asUintN(64, seconds ^ SIGN_64));
  out.uint32(Number(value.nanos - seconds * NANOS_PER_SECOND));
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b < 0n ? q - 1n : q;
}

/**
 * IEEE bits made memcmp-ordered: positives get the sign bit set, negatives are inverted, and every
 * NaN becomes all zeros (below -Infinity, which is 0x000F... after inversion).
 */
function orderedFloatBits(x: number, width: 4 | 8): Buffer {
  const buf = Buffer.alloc(width);
  if (Number.isNaN(x)) return buf;
  const v = x === 0 ? 0 : x;
  if (width === 8) buf.writeDoubleBE(v);
  else buf.writeFloatBE(v);
  if ((buf[0] & 0x80) !== 0) for (let i = 0; i < width; i++) buf[i] = ~buf[i] & 0xff;
  else buf[0] |= 0x80;
  return buf;
}

function floatFromOrderedBits(reader: ByteReader, width: 4 | 8): number {
  const buf = reader.bytes(width);
  if (buf.every((b) => b === 0)) return Number.NaN;
  if ((buf[0] & 0x80) !== 0) buf[0] &= 0x7f;
  else for (let i = 0; i < width; i++) buf[i] = ~buf[i] & 0xff;
  return width === 8 ? buf.readDoubleBE() : buf.readFloatBE();
}

function decodePart(reader: ByteReader, type: ScalarTypeName): SpannerValue {
  const tag = reader.byte();
  if (tag === TAG_NULL) return null;
  if (tag !== TAG_VALUE) throw new Error(`Bad key tag ${tag}`);
  switch (type) {
    case 'BOOL':
      return reader.byte() === 1;
    case 'INT64':
      return reader.int64SignFlipped();
    case 'FLOAT64':
      return floatFromOrderedBits(reader, 8);
    case 'FLOAT32':
      return floatFromOrderedBits(reader, 4);
    case 'NUMERIC':
      return scaledToNumeric(BigInt.asIntN(128, reader.uint128() ^ SIGN_128));
    case 'STRING':
    case 'JSON':
      return reader.escaped().toString('utf8');
    case 'BYTES':
      return new Uint8Array(reader.escaped());
    case 'DATE':
      return daysToDate(reader.uint32() - 0x8000_0000);
    case 'TIMESTAMP': {
      const seconds = BigInt.asIntN(64, reader.uint64() ^ SIGN_64);
      return timestampValue(seconds * NANOS_PER_SECOND + BigInt(reader.uint32()));
    }
    default:
      return assertNever(type, 'key type');
  }
}
