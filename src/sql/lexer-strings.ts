/**
 * Reads quoted tokens: string and bytes literals in every quoting form ('...', "...", '''...''',
 * """...""", with r/b/rb/br prefixes in any case) and backtick-quoted identifiers. Finds the end,
 * then decodes (escapes via lexer-escapes; raw literals keep backslashes). Does not classify
 * prefixes: the lexer tells it whether the literal is raw and/or bytes.
 */

import { syntaxError } from '../errors/sql-errors';
import { decodeEscaped, utf8Bytes } from './lexer-escapes';
import { positionAt } from './lexer-position';

export interface QuotedBody {
  /** Offset just past the closing quote. */
  end: number;
  value: string;
  bytes: Uint8Array | null;
}

/** Offset of the closing quote run; `quoteAt` is the first opening quote character. */
function findClose(text: string, quoteAt: number, triple: boolean, tokenStart: number, what: string): number {
  const q = text.charCodeAt(quoteAt);
  const n = text.length;
  let i = quoteAt + (triple ? 3 : 1);
  for (;;) {
    if (i >= n) throw syntaxError(`Unclosed ${what}`, positionAt(text, tokenStart));
    const c = text.charCodeAt(i);
    if (c === 92) {
      i += 2;
      continue;
    }
    if (c === q) {
      if (!triple) return i;
      if (text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q) return i;
    } else if (!triple && (c === 10 || c === 13)) {
      throw syntaxError(`Unclosed ${what}`, positionAt(text, tokenStart));
    }
    i++;
  }
}

/**
 * Reads a string or bytes literal whose opening quote is at `quoteAt` (after any prefix starting
 * at `tokenStart`).
 */
export function readStringLiteral(
  text: string,
  tokenStart: number,
  quoteAt: number,
  raw: boolean,
  isBytes: boolean,
): QuotedBody {
  const q = text.charCodeAt(quoteAt);
  const triple = text.charCodeAt(quoteAt + 1) === q && text.charCodeAt(quoteAt + 2) === q;
  const what = isBytes ? 'bytes literal' : 'string literal';
  const close = findClose(text, quoteAt, triple, tokenStart, what);
  const from = quoteAt + (triple ? 3 : 1);
  const end = close + (triple ? 3 : 1);
  const body = text.slice(from, close);
  if (raw || body.indexOf('\\') < 0) {
    return isBytes ? { end, value: '', bytes: utf8Bytes(body) } : { end, value: body, bytes: null };
  }
  const decoded = decodeEscaped(text, from, close, isBytes, tokenStart);
  if (typeof decoded === 'string') return { end, value: decoded, bytes: null };
  return { end, value: '', bytes: Uint8Array.from(decoded) };
}

/** Reads a backtick-quoted identifier starting at `start`. */
export function readQuotedIdentifier(text: string, start: number): QuotedBody {
  const close = findClose(text, start, false, start, 'identifier literal');
  const end = close + 1;
  if (close === start + 1) throw syntaxError('Invalid empty identifier', positionAt(text, start));
  const body = text.slice(start + 1, close);
  if (body.indexOf('\\') < 0) return { end, value: body, bytes: null };
  const decoded = decodeEscaped(text, start + 1, close, false, start);
  return { end, value: decoded as string, bytes: null };
}
