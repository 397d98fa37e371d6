/**
 * Reading numbers from text as CAST(STRING AS INT64 / FLOAT64 / FLOAT32 / NUMERIC) does: INT64
 * takes decimal or `0x` hex with a sign and surrounding whitespace; floats take what C's strtod
 * takes (decimal, hex with a `p` exponent, `inf`, `infinity`, `nan`), overflowing to infinity;
 * NUMERIC takes decimals with an exponent, rounding extra fractional digits half away from zero.
 * The messages quote the text as GoogleSQL does: at most 32 bytes, C-escaped.
 */

import { badValueForType } from '../../../../errors/evaluation-errors';
import { invalidNumericValue } from '../../../../errors/numeric-evaluation-errors';
import { parseNumericText } from '../../analyzer/numeric-text';
import { INT64_MAX, INT64_MIN } from '../../../../types/int64';

const MESSAGE_BYTES = 32;
const SPACE = '[ \\t\\n\\v\\f\\r]';
const INT_RE = new RegExp(`^([+-]?)(?:0[xX]([0-9a-fA-F]+)|(\\d+))${SPACE}*$`);
const LEADING_SPACE_RE = new RegExp(`^${SPACE}+`);
const TRIM_RE = new RegExp(`^${SPACE}+|${SPACE}+$`, 'g');
const DECIMAL_FLOAT_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const HEX_FLOAT_RE = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/;
const SPECIAL_FLOAT_RE = /^([+-]?)(inf|infinity|nan(?:\([0-9A-Za-z_]*\))?)$/i;

/** Text as error messages quote it: the first 32 bytes (then `...`), non-ASCII as octal. */
export function messageText(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  const shown = bytes.length > MESSAGE_BYTES ? bytes.subarray(0, MESSAGE_BYTES) : bytes;
  let out = '';
  for (const b of shown) out += escapeByte(b);
  return bytes.length > MESSAGE_BYTES ? `${out}...` : out;
}

function escapeByte(b: number): string {
  switch (b) {
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    case 0x09:
      return '\\t';
    case 0x22:
      return '\\"';
    case 0x27:
      return "\\'";
    case 0x5c:
      return '\\\\';
    default:
      return b < 0x20 || b >= 0x7f ? `\\${b.toString(8).padStart(3, '0')}` : String.fromCharCode(b);
  }
}

export function textToInt64(text: string): bigint {
  const body = text.replace(LEADING_SPACE_RE, '');
  const m = INT_RE.exec(body);
  if (m) {
    const magnitude = m[2] !== undefined ? BigInt(`0x${m[2]}`) : BigInt(m[3]);
    const value = m[1] === '-' ? -magnitude : magnitude;
    if (value >= INT64_MIN && value <= INT64_MAX) return value;
  }
  throw badValueForType('int64', messageText(body));
}

/** strtod's reading of already-trimmed text, or null when it is not a number. */
function readFloat(body: string): number | null {
  if (DECIMAL_FLOAT_RE.test(body)) return Number(body);
  const special = SPECIAL_FLOAT_RE.exec(body);
  if (special) {
    if (special[2].toLowerCase().startsWith('nan')) return Number.NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  const hex = HEX_FLOAT_RE.exec(body);
  if (hex && (hex[2] !== '' || (hex[3] ?? '') !== '')) {
    const fraction = hex[3] ?? '';
    const mantissa = Number(BigInt(`0x${hex[2] || '0'}${fraction}`));
    const value = mantissa * 2 ** (Number(hex[4] ?? 0) - 4 * fraction.length);
    return hex[1] === '-' ? -value : value;
  }
  return null;
}

export function textToFloat64(text: string): number {
  const value = readFloat(text.replace(TRIM_RE, ''));
  if (value === null) throw badValueForType('double', messageText(text));
  return value;
}

export function textToFloat32(text: string): number {
  const value = readFloat(text.replace(TRIM_RE, ''));
  if (value === null) throw badValueForType('float', messageText(text));
  return Math.fround(value);
}

/** Exponents this large decide the outcome alone; bounding them keeps the digit strings small. */
const EXPONENT_RE = /[eE]([+-]?\d+)$/;

export function textToNumeric(text: string): string {
  const body = text.replace(TRIM_RE, '');
  const exponent = EXPONENT_RE.exec(body);
  let parsed: string | null = null;
  if (exponent !== null && Math.abs(Number(exponent[1])) > 100) {
    const mantissa = body.slice(0, exponent.index);
    const zero = parseNumericText(mantissa) !== null && /^[+-]?0*\.?0*$/.test(mantissa);
    if (zero || (Number(exponent[1]) < 0 && parseNumericText(mantissa, true) !== null)) parsed = '0';
  } else if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(body)) {
    parsed = parseNumericText(body, true);
  }
  if (parsed === null) throw invalidNumericValue(messageText(text));
  return parsed;
}
