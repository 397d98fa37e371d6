/**
 * FORMAT(pattern, values...): printf-like formatting as GoogleSQL defines it. The pattern is
 * parsed once per text (format-spec.ts); numbers are formatted in format-numbers.ts, %t and %T in
 * format-value-text.ts. Any NULL value makes the result NULL, except under %t and %T, which
 * write `NULL`. Widths and precisions count code points.
 */

import { formatOutputTooLong } from '../../../../../errors/string-evaluation-errors';
import type { SpannerValue } from '../../../../../types/spanner-value';
import type { SqlType } from '../../../analyzer/sql-type';
import type { CallInfo, ImplementationTable } from '../../function-implementation';
import {
  checkFormatArguments,
  checkPrecision,
  FORMAT_MAX_OUTPUT,
  parseFormat,
  type FormatElement,
  type FormatPiece,
} from './format-spec';
import { utf8Length } from './string-values';
import { doubleDecimal } from '../numeric/double-decimal';
import { formatDecimal, formatInteger, formatNonFinite, numericDecimal, type NumberText } from './format-numbers';
import { formatValueText } from './format-value-text';
import { BoundedCache } from '../../../../../common/bounded-cache';

/** More significant digits than any FLOAT64 or NUMERIC has, so %g output is unchanged by the cap. */
const MAX_GENERAL_DIGITS = 1100;
const cache = new BoundedCache<FormatPiece[]>(200);

function piecesOf(pattern: string): FormatPiece[] {
  return cache.get(pattern, () => parseFormat(pattern));
}

function padText(text: string, width: number, left: boolean): string {
  const length = Array.from(text).length;
  if (length >= width) return text;
  const fill = ' '.repeat(width - length);
  return left ? text + fill : fill + text;
}

function padNumber(n: NumberText, width: number, flags: string, zeroAllowed: boolean): string {
  const body = n.sign + n.prefix + n.digits;
  if (body.length >= width) return body;
  if (flags.includes('-')) return padText(body, width, true);
  if (flags.includes('0') && zeroAllowed)
    return n.sign + n.prefix + n.digits.padStart(width - n.sign.length - n.prefix.length, '0');
  return padText(body, width, false);
}

function truncate(text: string, precision: number | null): string {
  return precision === null ? text : Array.from(text).slice(0, precision).join('');
}

function floatText(value: SpannerValue, type: SqlType, e: FormatElement, precision: number | null): NumberText {
  if (type.kind === 'scalar' && type.name === 'NUMERIC') {
    return formatDecimal(numericDecimal(value as string), e.conversion, e.flags, precision, 'away');
  }
  const x = value as number;
  if (!Number.isFinite(x)) return formatNonFinite(x, e.conversion, e.flags);
  return formatDecimal(doubleDecimal(x === 0 ? 0 : x), e.conversion, e.flags, precision, 'even');
}

/** One element's text, padded to `width` (negative: left-justified). */
function renderElement(
  e: FormatElement,
  value: SpannerValue,
  type: SqlType,
  width: number,
  precision: number | null,
): string {
  const flags = width < 0 ? `${e.flags}-` : e.flags;
  const w = Math.abs(width);
  switch (e.conversion) {
    case 'd':
    case 'i':
    case 'o':
    case 'x':
    case 'X':
      return padNumber(formatInteger(value as bigint, e.conversion, flags, precision), w, flags, precision === null);
    case 's':
      return padText(truncate(value as string, precision), w, flags.includes('-'));
    case 't':
    case 'T':
      return padText(truncate(formatValueText(type, value, e.conversion === 'T'), precision), w, flags.includes('-'));
    case 'p':
    case 'P': {
      const text = e.conversion === 'p' ? (value as string) : JSON.stringify(JSON.parse(value as string), null, 2);
      return padText(truncate(text, precision), w, flags.includes('-'));
    }
    default: {
      const n = floatText(value, type, e, precision);
      return padNumber(n, w, flags, /[0-9]/.test(n.digits));
    }
  }
}

/** A `*` width, checked before any padding is built. */
function widthOf(width: bigint): number {
  const abs = width < 0n ? -width : width;
  if (abs > BigInt(FORMAT_MAX_OUTPUT)) throw formatOutputTooLong(FORMAT_MAX_OUTPUT);
  return Number(width);
}

/** A precision (negative: none), checked before digits are generated. */
function precisionOf(e: FormatElement, precision: bigint | null): number | null {
  if (precision === null || precision < 0n) return null;
  const big = BigInt(FORMAT_MAX_OUTPUT) + 1n;
  const p = Number(precision > big ? big : precision);
  checkPrecision(e.conversion, p);
  if ('gG'.includes(e.conversion)) {
    if (!e.flags.includes('#')) return Math.min(p, MAX_GENERAL_DIGITS);
    // `#` keeps every requested digit, so the output is at least `p` long.
    if (p > FORMAT_MAX_OUTPUT) throw formatOutputTooLong(FORMAT_MAX_OUTPUT);
  }
  return p;
}

function format(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const pattern = args[0];
  if (pattern === null) return null;
  const pieces = piecesOf(pattern as string);
  const types = info.call.args.map((a) => a.type);
  checkFormatArguments(pattern as string, pieces, types.slice(1));
  let out = '';
  let size = 0;
  let next = 1;
  for (const piece of pieces) {
    let text: string;
    if (typeof piece === 'string') text = piece;
    else {
      const width = piece.width === '*' ? args[next++] : BigInt(piece.width ?? 0);
      const precision =
        piece.precision === '*' ? args[next++] : piece.precision === null ? null : BigInt(piece.precision);
      const value = args[next];
      const type = types[next++];
      if (width === null || (piece.precision === '*' && precision === null)) return null;
      // The limits are checked before a NULL value makes the result NULL, as GoogleSQL does.
      const w = widthOf(width as bigint);
      const p = precisionOf(piece, precision as bigint | null);
      if (value === null && piece.conversion !== 't' && piece.conversion !== 'T') return null;
      text = renderElement(piece, value, type, w, p);
    }
    size += utf8Length(text);
    if (size > FORMAT_MAX_OUTPUT) throw formatOutputTooLong(FORMAT_MAX_OUTPUT);
    out += text;
  }
  return out;
}

export const FORMAT_IMPLS: ImplementationTable = {
  format,
};
