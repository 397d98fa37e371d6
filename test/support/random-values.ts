/**
 * A small deterministic PRNG (xorshift32) and random Spanner values of every key type, for the
 * codecs' property tests. Values favour edge cases (extremes, zero, NaN, -0, empty and NUL-bearing
 * strings, characters above U+FFFF) so that few iterations reach them.
 */
import { scaledToNumeric } from '../../src/types/numeric-scaled';
import { ScalarTypeName, SpannerValue, timestampValue } from '../../src/types/spanner-value';

export class Prng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state;
  }
  int(n: number): number {
    return this.next() % n;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  bigint(bits: number): bigint {
    let v = 0n;
    for (let i = 0; i < bits; i += 32) v = (v << 32n) | BigInt(this.next());
    return BigInt.asIntN(bits, v);
  }
}

const CHARS = ['', 'a', 'b', '\u0000', '\u00ff', '\ud7ff', '\ue000', '\uffff', '\u{10000}', '\u{1f600}', 'z'];

function randomString(r: Prng): string {
  let s = '';
  for (let n = r.int(5); n > 0; n--) s += r.pick(CHARS);
  return s;
}

function randomDate(r: Prng): string {
  const y = String(1 + r.int(9999)).padStart(4, '0');
  const m = String(1 + r.int(12)).padStart(2, '0');
  const d = String(1 + r.int(28)).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const MAX_TS = 253402300799999999999n; // 9999-12-31T23:59:59.999999999Z in nanoseconds
const MIN_TS = -62135596800000000000n; // 0001-01-01T00:00:00Z

export function randomValue(r: Prng, type: ScalarTypeName): SpannerValue {
  if (r.int(8) === 0) return null;
  switch (type) {
    case 'BOOL':
      return r.int(2) === 1;
    case 'INT64':
      return r.pick([-(2n ** 63n), 2n ** 63n - 1n, 0n, -1n, 1n, r.bigint(64), BigInt(r.int(100) - 50)]);
    case 'FLOAT64':
    case 'FLOAT32': {
      const specials = [NaN, -0, 0, Infinity, -Infinity, 1.5, -1.5, Number.MIN_VALUE, -Number.MAX_VALUE];
      const x = r.int(3) === 0 ? r.pick(specials) : (r.next() - 2 ** 31) / (1 + r.int(1000));
      return type === 'FLOAT32' ? Math.fround(x) : x;
    }
    case 'NUMERIC': {
      const scaled = r.int(3) === 0 ? r.pick([0n, 1n, -1n, 10n ** 38n - 1n, -(10n ** 38n - 1n)]) : r.bigint(96);
      return scaledToNumeric(scaled);
    }
    case 'STRING':
    case 'JSON':
      return randomString(r);
    case 'BYTES':
      return Uint8Array.from({ length: r.int(5) }, () => r.pick([0, 1, 0xfe, 0xff, r.int(256)]));
    case 'DATE':
      return randomDate(r);
    case 'TIMESTAMP':
      return timestampValue(r.pick([MIN_TS, MAX_TS, 0n, -1n, 1n, MIN_TS + (r.bigint(64) & ((1n << 63n) - 1n)) * 30n]));
  }
}
