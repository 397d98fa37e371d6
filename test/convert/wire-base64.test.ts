/**
 * BYTES text: random bytes survive encoding and decoding, also with white space inserted anywhere,
 * padding left out or written as dots (absl's leniencies), and the general decoder agrees with
 * the fast path on canonical text.
 */
import { base64Decode, base64Encode } from '../../src/convert/wire-base64';
import { Prng } from '../support/random-values';

test('random bytes round-trip in every accepted spelling', () => {
  const r = new Prng(4099);
  for (let i = 0; i < 500; i++) {
    const bytes = Uint8Array.from({ length: r.int(40) }, () => r.int(256));
    const text = base64Encode(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    const spaced = [...text].map((c) => (r.int(5) === 0 ? `${r.pick([' ', '\n', '\t', '\r'])}${c}` : c)).join('');
    for (const spelling of [text, text.replace(/=+$/, ''), text.replace(/=/g, '.'), spaced, `${spaced} `]) {
      expect(Buffer.from(base64Decode(spelling)!)).toEqual(Buffer.from(bytes));
    }
  }
});

test('the general decoder agrees with the fast path', () => {
  // A trailing space sends canonical text down the general path.
  for (const text of ['', 'AA==', 'AAA=', 'AAAA', '+/+/', 'SGVsbG8', '//8=', 'AB', 'ABC']) {
    expect(base64Decode(`${text} `)).toEqual(Uint8Array.from(base64Decode(text)!));
  }
});
