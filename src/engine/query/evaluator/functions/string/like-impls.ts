/**
 * LIKE over STRING (`_` is one code point) and BYTES (`_` is one byte): `%` any run, `_` one
 * unit, a backslash makes the next character literal; case-sensitive. NOT LIKE is NOT over this.
 * A pattern is split on `%` into pieces of literals and `_`; the first piece is anchored at the
 * start, the last at the end, and each middle one is taken at its earliest position. Taking the
 * earliest match is always safe because a later piece can only gain room from it, so matching
 * never backtracks (a regular expression would, exponentially, on `%a%a%a...%b`).
 */

import { likePatternEndsWithBackslash } from '../../../../../errors/string-evaluation-errors';
import type { SpannerValue } from '../../../../../types/spanner-value';
import { strict, type CallInfo, type ImplementationTable } from '../../function-implementation';
import { isBytesArg, latin1Of } from './string-values';
import { BoundedCache } from '../../../../../common/bounded-cache';

/** One unit of a piece: a literal character, or null for `_`. */
type Piece = readonly (string | null)[];

const cache = new BoundedCache<readonly Piece[]>(500);

/** The pattern's pieces between unescaped `%` (one more piece than there are `%`). */
function parsePattern(units: readonly string[]): readonly Piece[] {
  const pieces: Piece[] = [];
  let current: (string | null)[] = [];
  for (let i = 0; i < units.length; i++) {
    const ch = units[i];
    if (ch === '%') {
      pieces.push(current);
      current = [];
    } else if (ch === '_') current.push(null);
    else if (ch === '\\') {
      if (i + 1 >= units.length) throw likePatternEndsWithBackslash();
      current.push(units[++i]);
    } else current.push(ch);
  }
  pieces.push(current);
  return pieces;
}

function cachedPieces(pattern: string, bytes: boolean): readonly Piece[] {
  return cache.get(`${bytes ? 'b' : 's'}${pattern}`, () => parsePattern(Array.from(pattern)));
}

function matchesAt(text: readonly string[], at: number, piece: Piece): boolean {
  for (let j = 0; j < piece.length; j++) {
    const unit = piece[j];
    if (unit !== null && text[at + j] !== unit) return false;
  }
  return true;
}

/** The earliest position in [from, limit - piece.length] where `piece` matches, or -1. */
function findPiece(text: readonly string[], from: number, limit: number, piece: Piece): number {
  for (let at = from; at + piece.length <= limit; at++) {
    if (matchesAt(text, at, piece)) return at;
  }
  return -1;
}

function matchPieces(text: readonly string[], pieces: readonly Piece[]): boolean {
  const first = pieces[0];
  if (pieces.length === 1) return text.length === first.length && matchesAt(text, 0, first);
  const last = pieces[pieces.length - 1];
  const end = text.length - last.length;
  if (first.length > end || !matchesAt(text, 0, first) || !matchesAt(text, end, last)) return false;
  let position = first.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const at = findPiece(text, position, end, pieces[i]);
    if (at < 0) return false;
    position = at + pieces[i].length;
  }
  return true;
}

function like([value, pattern]: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const bytes = isBytesArg(info);
  const text = bytes ? latin1Of(value as Uint8Array) : (value as string);
  const patternText = bytes ? latin1Of(pattern as Uint8Array) : (pattern as string);
  // Latin-1 text has one UTF-16 unit per byte, so splitting by code point splits bytes too.
  return matchPieces(Array.from(text), cachedPieces(patternText, bytes));
}

export const LIKE_IMPLS: ImplementationTable = {
  $like: strict(like),
};
