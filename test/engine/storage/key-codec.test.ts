/**
 * The key codec against Spanner's comparator: for random keys of every key type and direction,
 * the byte order of encodings equals compareValues' order part by part (DESC reversed), decoding
 * gives the values back, and a key prefix's encoding is a byte prefix of the full key's, bounded
 * above by prefixUpperBound.
 */
import { decodeKey, encodeKey, KeyPartType, prefixUpperBound } from '../../../src/engine/storage/key-codec';
import { ScalarTypeName, SpannerValue, timestampValue } from '../../../src/types/spanner-value';
import { compareValues } from '../../../src/types/value-order';
import { Prng, randomValue } from '../../support/random-values';

const TYPES: ScalarTypeName[] = [
  'BOOL',
  'INT64',
  'FLOAT32',
  'FLOAT64',
  'NUMERIC',
  'STRING',
  'BYTES',
  'DATE',
  'TIMESTAMP',
];

function compareKeys(parts: readonly KeyPartType[], a: readonly SpannerValue[], b: readonly SpannerValue[]): number {
  for (let i = 0; i < parts.length; i++) {
    const c = compareValues({ kind: 'scalar', name: parts[i].type }, a[i], b[i]);
    if (c !== 0) return parts[i].desc ? -c : c;
  }
  return 0;
}

/** The value decoding should give back: -0 is stored as 0 in keys. */
function canonical(v: SpannerValue): SpannerValue {
  return Object.is(v, -0) ? 0 : v;
}

describe.each(TYPES)('%s', (type) => {
  test.each([false, true])('byte order equals Spanner order (desc=%s), and round trips', (desc) => {
    const r = new Prng(TYPES.indexOf(type) * 7919 + (desc ? 1 : 0) + 17);
    const parts: KeyPartType[] = [
      { type, desc },
      { type: 'INT64', desc: false },
    ];
    for (let i = 0; i < 400; i++) {
      const a = [randomValue(r, type), BigInt(r.int(3))];
      const b = [r.int(4) === 0 ? a[0] : randomValue(r, type), BigInt(r.int(3))];
      const ea = encodeKey(parts, a);
      const eb = encodeKey(parts, b);
      expect(Math.sign(Buffer.compare(ea, eb))).toBe(Math.sign(compareKeys(parts, a, b)));
      expect(decodeKey(parts, ea)).toEqual(a.map(canonical));
    }
  });
});

test('keys of several parts and mixed directions keep prefix order and the prefix property', () => {
  const r = new Prng(4242);
  for (let i = 0; i < 500; i++) {
    const parts: KeyPartType[] = [0, 1, 2].map(() => ({ type: r.pick(TYPES), desc: r.int(2) === 1 }));
    const a = parts.map((p) => randomValue(r, p.type));
    const b = parts.map((p, j) => (r.int(2) === 0 ? a[j] : randomValue(r, p.type)));
    const ea = encodeKey(parts, a);
    const eb = encodeKey(parts, b);
    expect(Math.sign(Buffer.compare(ea, eb))).toBe(Math.sign(compareKeys(parts, a, b)));
    const prefixLength = r.int(3);
    const prefix = encodeKey(parts, a.slice(0, prefixLength));
    expect(ea.subarray(0, prefix.length).equals(prefix)).toBe(true);
    expect(Buffer.compare(prefixUpperBound(prefix), ea)).toBe(1);
    // A key that does not extend the prefix lies outside [prefix, prefix + 0xFF).
    const eb0 = encodeKey(parts, b.slice(0, prefixLength));
    if (!eb0.equals(prefix)) {
      const inside = Buffer.compare(eb, prefix) >= 0 && Buffer.compare(eb, prefixUpperBound(prefix)) < 0;
      expect(inside).toBe(false);
    }
  }
});

test('edge cases order as Spanner orders them', () => {
  const f64: KeyPartType[] = [{ type: 'FLOAT64', desc: false }];
  const floats = [null, NaN, -Infinity, -1, -Number.MIN_VALUE, 0, Number.MIN_VALUE, 1, Infinity];
  const encoded = floats.map((x) => encodeKey(f64, [x]));
  for (let i = 1; i < encoded.length; i++) expect(Buffer.compare(encoded[i - 1], encoded[i])).toBe(-1);
  expect(encodeKey(f64, [-0]).equals(encodeKey(f64, [0]))).toBe(true);

  // U+FFFF sorts before U+10000 by code point, though its UTF-16 unit is larger.
  const str: KeyPartType[] = [{ type: 'STRING', desc: false }];
  expect(Buffer.compare(encodeKey(str, ['\uffff']), encodeKey(str, ['\u{10000}']))).toBe(-1);
  expect(Buffer.compare(encodeKey(str, ['a']), encodeKey(str, ['a\u0000']))).toBe(-1);
  expect(Buffer.compare(encodeKey(str, ['a\u0000']), encodeKey(str, ['a\u0001']))).toBe(-1);

  const desc: KeyPartType[] = [{ type: 'INT64', desc: true }];
  expect(Buffer.compare(encodeKey(desc, [5n]), encodeKey(desc, [null]))).toBe(-1);

  const ts: KeyPartType[] = [{ type: 'TIMESTAMP', desc: false }];
  const before = encodeKey(ts, [timestampValue(-1n)]);
  expect(Buffer.compare(before, encodeKey(ts, [timestampValue(0n)]))).toBe(-1);
  expect(decodeKey(ts, before)).toEqual([timestampValue(-1n)]);
});

test('INT64 keys round trip on both sides of 2^53 (decoded through doubles below it) and at the extremes', () => {
  const big = 2n ** 53n;
  const values = [-(2n ** 63n), -big - 1n, -big, -big + 1n, -1n, 0n, 1n, big - 1n, big, big + 1n, 2n ** 63n - 1n];
  for (const desc of [false, true]) {
    const parts: KeyPartType[] = [{ type: 'INT64', desc }];
    const encoded = values.map((v) => encodeKey(parts, [v]));
    encoded.forEach((e, i) => expect(decodeKey(parts, e)).toEqual([values[i]]));
    for (let i = 1; i < encoded.length; i++) expect(Buffer.compare(encoded[i - 1], encoded[i])).toBe(desc ? 1 : -1);
  }
});
