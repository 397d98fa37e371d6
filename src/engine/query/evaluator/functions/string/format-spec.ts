/**
 * FORMAT's pattern language: literal text and `%[flags][width][.precision]conversion` elements,
 * with `*` taking a width or precision from the arguments. Parsing also checks the arguments'
 * count and types against the elements, which the analyzer cannot do when the pattern is not a
 * constant; the messages are GoogleSQL's.
 */

import {
  formatArgumentCount,
  formatArgumentType,
  formatPrecisionTooBig,
  formatSpecifierInvalid,
  formatStringInvalid,
  formatWidthTooLarge,
} from '../../../../../errors/string-evaluation-errors';
import { typeName, type SqlType } from '../../../analyzer/sql-type';

export interface FormatElement {
  readonly flags: string;
  readonly width: number | '*' | null;
  readonly precision: number | '*' | null;
  readonly conversion: string;
}

export type FormatPiece = string | FormatElement;

/** FORMAT's output, width and (for most conversions) precision limit. */
export const FORMAT_MAX_OUTPUT = 1 << 20;
/** %f and %e print at most this many decimals: a double's exact expansion never needs more. */
const MAX_FLOAT_PRECISION = 1074;

const FLAGS = "-+ #0'";
const CONVERSIONS = 'diuoxXfFeEgGstTpP';

export function parseFormat(pattern: string): FormatPiece[] {
  const pieces: FormatPiece[] = [];
  let literal = '';
  let i = 0;
  const at = (k: number): string | undefined => pattern[k];
  while (i < pattern.length) {
    if (pattern[i] !== '%') {
      literal += pattern[i++];
      continue;
    }
    if (at(i + 1) === '%') {
      literal += '%';
      i += 2;
      continue;
    }
    let j = i + 1;
    while (at(j) !== undefined && FLAGS.includes(at(j) as string)) j++;
    const flags = pattern.slice(i + 1, j);
    const [width, afterWidth] = countAt(pattern, j);
    let precision: number | '*' | null = null;
    j = afterWidth;
    if (at(j) === '.') [precision, j] = countAt(pattern, j + 1, 0);
    const conversion = at(j);
    if (conversion === undefined) throw formatStringInvalid(pattern);
    if (!CONVERSIONS.includes(conversion))
      throw formatSpecifierInvalid(String.fromCodePoint(pattern.codePointAt(j) as number), pattern);
    if (typeof width === 'number' && width > FORMAT_MAX_OUTPUT) throw formatWidthTooLarge(width, FORMAT_MAX_OUTPUT);
    if (typeof precision === 'number') checkPrecision(conversion, precision);
    if (literal !== '') pieces.push(literal);
    literal = '';
    pieces.push({ flags, width, precision, conversion });
    i = j + 1;
  }
  if (literal !== '') pieces.push(literal);
  return pieces;
}

/**
 * Refuses precisions GoogleSQL refuses. %g and %G have no limit: without `#` extra precision
 * changes nothing, and with it the output limit applies.
 */
export function checkPrecision(conversion: string, precision: number): void {
  if ('gG'.includes(conversion)) return;
  const limit = 'fFeE'.includes(conversion) ? MAX_FLOAT_PRECISION : FORMAT_MAX_OUTPUT;
  if (precision > limit) throw formatPrecisionTooBig(limit);
}

/** A width or precision at `j`: digits, `*`, or nothing (`empty`). */
function countAt(pattern: string, j: number, empty: number | null = null): [number | '*' | null, number] {
  if (pattern[j] === '*') return ['*', j + 1];
  const digits = /^[0-9]*/.exec(pattern.slice(j))?.[0] ?? '';
  return [digits === '' ? empty : Number(digits), j + digits.length];
}

/** The types an element's argument may have, and how GoogleSQL names them in messages. */
function expectation(conversion: string): [(type: SqlType) => boolean, string] {
  const scalar =
    (...names: string[]) =>
    (t: SqlType) =>
      t.kind === 'scalar' && names.includes(t.name);
  switch (conversion) {
    case 'd':
    case 'i':
    case 'o':
    case 'x':
    case 'X':
      return [scalar('INT64'), 'integer'];
    case 'u':
      return [() => false, 'UINT'];
    case 's':
      return [scalar('STRING'), 'STRING'];
    case 'p':
    case 'P':
      return [scalar('JSON'), 'PROTO or JSON'];
    case 't':
    case 'T':
      return [() => true, ''];
    default:
      return [scalar('FLOAT64', 'FLOAT32', 'NUMERIC'), 'FLOAT64'];
  }
}

/** Checks the count and types of the arguments after the pattern (`types`) against `pieces`. */
export function checkFormatArguments(pattern: string, pieces: readonly FormatPiece[], types: readonly SqlType[]): void {
  let next = 0;
  const expect = (accepts: (t: SqlType) => boolean, name: string): void => {
    const type = types[next++];
    if (type !== undefined && !accepts(type)) throw formatArgumentType(next + 1, name, typeName(type));
  };
  const int64 = (t: SqlType) => t.kind === 'scalar' && t.name === 'INT64';
  for (const piece of pieces) {
    if (typeof piece === 'string') continue;
    if (piece.width === '*') expect(int64, 'integer');
    if (piece.precision === '*') expect(int64, 'integer');
    expect(...expectation(piece.conversion));
  }
  if (next !== types.length) formatCountError(pattern, next, types.length);
}

function formatCountError(pattern: string, wanted: number, given: number): never {
  throw formatArgumentCount(wanted > given, pattern, wanted + 1, given + 1);
}
