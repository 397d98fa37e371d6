/**
 * Random values for the data-plane fuzz, as google.protobuf.Value contents (null, bool, number,
 * string, list, struct): mostly plausible for the column's type, often at its edges (int64 and
 * float limits, NaN, lengths over the column's, invalid dates, commit-timestamp placeholders,
 * malformed base64, JSON and NUMERIC text), and sometimes of a wrong kind altogether. Key values
 * come from a small pool so that writes collide with earlier rows. Numbers may be non-finite:
 * the transport spells them as strings for REST and sends them as doubles over gRPC.
 */
import { Prng } from './random-values';

export type WireValue = null | boolean | number | string | WireValue[] | { [key: string]: WireValue };

const WRONG_KINDS: readonly WireValue[] = [null, true, false, 0, 7, -1.5, 'str', '', [], {}, [[1]], { a: [1] }, [null]];
const KEY_INTS = ['0', '1', '2', '3', '5', '8', '13', '-1', '42'];
const KEY_STRINGS = ['a', 'b', 'c', '', 'Z', 'é', 'a\u0000', '\u{1f600}'];

function int64(r: Prng, key: boolean): WireValue {
  if (key || r.int(3) !== 0) return r.pick(KEY_INTS);
  return r.pick<WireValue>([
    '9223372036854775807',
    '-9223372036854775808',
    '9223372036854775808',
    '-9223372036854775809',
    String(r.int(1_000_000)),
    '1e3',
    '0x10',
    ' 1',
    '1.0',
    5,
    1.5,
    2 ** 53 + 2,
    NaN,
  ]);
}

function float(r: Prng): WireValue {
  return r.pick<WireValue>([
    0,
    -0,
    1.5,
    -2.25,
    1e300,
    -1e-300,
    3.5e38,
    5e-324,
    NaN,
    Infinity,
    -Infinity,
    'NaN',
    'Infinity',
    '-Infinity',
    '1.5',
    'abc',
    r.int(1000) / 7,
  ]);
}

function numeric(r: Prng): WireValue {
  return r.pick<WireValue>([
    '0',
    '1.5',
    '-0.000000001',
    '99999999999999999999999999999.999999999',
    '100000000000000000000000000000',
    '0.0000000001',
    '-12',
    'NaN',
    '1e5',
    ' 1',
    String(r.int(100)),
    1.5,
  ]);
}

function text(r: Prng, key: boolean): WireValue {
  if (key || r.int(2) === 0) return r.pick(KEY_STRINGS);
  return r.pick<WireValue>([
    'n' + r.int(30),
    'x'.repeat(11),
    'y'.repeat(21),
    'z'.repeat(5000),
    '☃☃☃',
    '\ud800',
    'a\u0000b',
  ]);
}

function bytes(r: Prng, key: boolean): WireValue {
  if (key || r.int(2) === 0) return r.pick(['', 'AA==', 'AAE=', '/w==', 'YWJj']);
  return r.pick<WireValue>([Buffer.alloc(17, 1).toString('base64'), 'not base64!', 'AAE', 'YW-_', '====']);
}

function date(r: Prng): WireValue {
  return r.pick<WireValue>(['2024-02-29', '2023-02-29', '0001-01-01', '9999-12-31', '10000-01-01', '2024-1-1', 'x']);
}

function timestamp(r: Prng, commitTimestamp: boolean): WireValue {
  if (commitTimestamp && r.int(2) === 0) return 'spanner.commit_timestamp()';
  return r.pick<WireValue>([
    '2024-01-01T00:00:00Z',
    '2024-06-30T12:34:56.123456789Z',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59.999999999Z',
    '2024-13-01T00:00:00Z',
    '2024-01-01T00:00:00+05:00',
    '3000-01-01T00:00:00Z',
    'spanner.commit_timestamp()',
    'yesterday',
  ]);
}

function json(r: Prng): WireValue {
  return r.pick<WireValue>(['{"a":1}', '[1,"x",null]', 'null', '"s"', '{bad', '1e400', '{"b":{"c":[true]}}', '']);
}

function scalar(r: Prng, type: string, key: boolean, commitTimestamp: boolean): WireValue {
  switch (type) {
    case 'BOOL':
      return r.pick<WireValue>([true, false, true, 'true']);
    case 'INT64':
      return int64(r, key);
    case 'FLOAT64':
    case 'FLOAT32':
      return key && r.int(2) === 0 ? r.pick([0, 1.5, -1, 'NaN']) : float(r);
    case 'NUMERIC':
      return key ? r.pick(['0', '1.5', '-1']) : numeric(r);
    case 'STRING':
      return text(r, key);
    case 'BYTES':
      return bytes(r, key);
    case 'DATE':
      return date(r);
    case 'TIMESTAMP':
      return timestamp(r, commitTimestamp);
    case 'JSON':
      return json(r);
    default:
      return r.pick(WRONG_KINDS);
  }
}

/** A value for a column of `type`; `key` biases it to a small pool, `commitTimestamp` to the placeholder. */
export function randomValueFor(r: Prng, type: string, key = false, commitTimestamp = false): WireValue {
  if (r.int(10) === 0) return r.pick(WRONG_KINDS);
  if (!key && r.int(8) === 0) return null;
  const element = /^ARRAY<(.*)>$/.exec(type)?.[1];
  if (element === undefined) return scalar(r, type, key, commitTimestamp);
  return Array.from({ length: r.int(4) }, () => (r.int(6) === 0 ? null : scalar(r, element, false, false)));
}

/** A value of any kind, for a column the generator does not know (a bogus name). */
export function randomAnyValue(r: Prng): WireValue {
  return randomValueFor(r, r.pick(['INT64', 'STRING', 'FLOAT64', 'BOOL', 'ARRAY<INT64>', 'JSON', 'BYTES']));
}

/** The value as proto3 JSON spells it: non-finite numbers become their names. */
export function toJsonValue(value: WireValue): WireValue {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  return value;
}
