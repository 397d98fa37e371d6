/**
 * Decoding of backslash escapes in string, bytes and quoted-identifier bodies (\n, \x41, \101,
 * \u00e9, \U0001F600, ...). Works on bytes so that hex and octal escapes combine into UTF-8 as
 * GoogleSQL specifies; strings are then checked to be valid UTF-8. Does not find the end of a
 * literal (lexer-strings does) and is only called when the body contains a backslash.
 */

import { syntaxError } from '../errors/sql-errors';
import { positionAt } from './lexer-position';

const SIMPLE_ESCAPES: Readonly<Record<string, number>> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  '\\': 92,
  '?': 63,
  '"': 34,
  "'": 39,
  '`': 96,
};

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

/** Appends the UTF-8 encoding of one code point. */
export function pushUtf8(out: number[], cp: number): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}

/** UTF-8 bytes of a JavaScript string (lone surrogates become U+FFFD). */
export function utf8Bytes(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function illegalEscape(text: string, at: number, what: string): never {
  throw syntaxError(`Illegal escape sequence: ${what}`, positionAt(text, at));
}

function readHex(text: string, at: number, from: number, count: number): number {
  const digits = text.slice(from, from + count);
  if (digits.length !== count || !/^[0-9a-fA-F]+$/.test(digits)) {
    illegalEscape(text, at, text.slice(at, Math.min(from + count, text.length)));
  }
  return parseInt(digits, 16);
}

/** Decodes one escape at `at` (the backslash); returns the offset after it. */
function decodeEscape(text: string, at: number, out: number[], isBytes: boolean): number {
  const ch = text[at + 1];
  const simple = SIMPLE_ESCAPES[ch];
  if (simple !== undefined) {
    out.push(simple);
    return at + 2;
  }
  if (ch === 'x' || ch === 'X') {
    out.push(readHex(text, at, at + 2, 2));
    return at + 4;
  }
  if (ch >= '0' && ch <= '7') {
    const digits = text.slice(at + 1, at + 4);
    if (!/^[0-3][0-7][0-7]$/.test(digits)) illegalEscape(text, at, text.slice(at, at + 4));
    out.push(parseInt(digits, 8));
    return at + 4;
  }
  if (ch === 'u' || ch === 'U') {
    if (isBytes) {
      throw syntaxError(
        `Illegal escape sequence: Unicode escape sequence \\${ch} cannot be used in bytes literals`,
        positionAt(text, at),
      );
    }
    const count = ch === 'u' ? 4 : 8;
    const cp = readHex(text, at, at + 2, count);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) illegalEscape(text, at, text.slice(at, at + 2 + count));
    pushUtf8(out, cp);
    return at + 2 + count;
  }
  return illegalEscape(text, at, `\\${ch ?? ''}`);
}

/**
 * Decodes text[from, to) with escapes. Returns the bytes for bytes literals, the string otherwise.
 * `literalStart` positions the UTF-8 error.
 */
export function decodeEscaped(
  text: string,
  from: number,
  to: number,
  isBytes: boolean,
  literalStart: number,
): number[] | string {
  const out: number[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      i = decodeEscape(text, i, out, isBytes);
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      pushUtf8(out, text.codePointAt(i) ?? c);
      i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    } else {
      pushUtf8(out, c);
      i++;
    }
  }
  if (isBytes) return out;
  try {
    return utf8Decoder.decode(Uint8Array.from(out));
  } catch {
    throw syntaxError('String literal is not valid UTF-8', positionAt(text, literalStart));
  }
}
