/**
 * The manager's key text: latin1 text of encoded keys sorts exactly as Buffer.compare sorts the
 * bytes (prefixes first, bytes above 0x7F unsigned), and requests round-trip through spans, with
 * empty ranges dropped.
 */
import { keyBytes, keyText, spanCovers, toRequest, toSpans } from '../../../src/engine/locking/lock-span';
import { Prng } from '../../support/random-values';
import { key, S, SR, X, XR } from './lock-test-kit';

const EDGE_BYTES = [0x00, 0x01, 0x02, 0x7f, 0x80, 0xfe, 0xff];

function randomKey(r: Prng): Buffer {
  const bytes: number[] = [];
  for (let n = r.int(6); n > 0; n--) bytes.push(r.int(3) === 0 ? r.int(256) : r.pick(EDGE_BYTES));
  return Buffer.from(bytes);
}

test('key text order is Buffer.compare order, and text round-trips to the same bytes', () => {
  const r = new Prng(20240607);
  for (let i = 0; i < 20000; i++) {
    const a = randomKey(r);
    const b = randomKey(r);
    const [ta, tb] = [keyText(a), keyText(b)];
    expect(Math.sign(Buffer.compare(a, b))).toBe(ta < tb ? -1 : ta > tb ? 1 : 0);
    expect(keyBytes(ta).equals(a)).toBe(true);
  }
});

test.each([
  ['shared point', S('T', '\u00ff\u0000')],
  ['exclusive point', X('T', '')],
  ['shared range', SR('T', 'a', 'b\u0080')],
  ['exclusive range', XR('U', '', '\u00ff')],
])('a %s round-trips through its span', (_name, request) => {
  expect(toSpans([request]).map(toRequest)).toEqual([request]);
});

test.each([
  ['lower above upper', SR('T', 'b', 'a')],
  ['lower equal to upper', XR('T', 'a', 'a')],
])('a range with %s locks nothing', (_name, request) => {
  expect(toSpans([request])).toEqual([]);
});

test.each([
  ['a range covers a point inside it', SR('T', 'a', 'c'), S('T', 'b'), true],
  ['a range does not cover its upper bound', SR('T', 'a', 'c'), S('T', 'c'), false],
  ['a shared range does not cover an exclusive point', SR('T', 'a', 'c'), X('T', 'b'), false],
  ['an exclusive range covers a shared sub-range', XR('T', 'a', 'c'), SR('T', 'a', 'b'), true],
  ['a range does not cover a wider one', SR('T', 'a', 'c'), SR('T', 'a', 'd'), false],
  ['nothing covers keys of another space', SR('T', 'a', 'c'), S('U', 'b'), false],
])('%s', (_name, outer, inner, covers) => {
  const [o, i] = toSpans([outer, inner]);
  expect(spanCovers(o, i)).toBe(covers);
});

test('key() builds keys byte by byte', () => {
  expect(key('\u0000\u00ff')).toEqual(Buffer.of(0, 255));
});
