/**
 * NUMERIC values as text: Spanner's NUMERIC has 29 integer and 9 fractional decimal digits. This
 * reads a decimal (optionally with an exponent) into the canonical form (no leading zeros, no
 * trailing fractional zeros, `-` only when non-zero); arithmetic is the executor's.
 */

const MAX_INTEGER_DIGITS = 29;
const MAX_FRACTION_DIGITS = 9;
const DECIMAL_RE = /^([+-])?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * The canonical NUMERIC text of `text`, or null when it is not a decimal or does not fit. With
 * `round`, extra fractional digits are rounded half away from zero (conversions from FLOAT64);
 * without it they make the text invalid (NUMERIC literals).
 */
export function parseNumericText(text: string, round = false): string | null {
  const m = DECIMAL_RE.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const negative = m[1] === '-';
  let digits = `${m[2]}${m[3] ?? ''}`;
  let point = m[2].length + Number(m[4] ?? 0);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  let integer = digits.slice(0, point).replace(/^0+/, '');
  let fraction = digits.slice(point);
  if (fraction.length > MAX_FRACTION_DIGITS) {
    const dropped = fraction.slice(MAX_FRACTION_DIGITS);
    if (!round && /[1-9]/.test(dropped)) return null;
    fraction = fraction.slice(0, MAX_FRACTION_DIGITS);
    if (round && dropped[0] >= '5') [integer, fraction] = roundUp(integer, fraction);
  }
  fraction = fraction.replace(/0+$/, '');
  if (integer.length > MAX_INTEGER_DIGITS) return null;
  const body = `${integer === '' ? '0' : integer}${fraction === '' ? '' : `.${fraction}`}`;
  return negative && body !== '0' ? `-${body}` : body;
}

/** Adds one unit in the last fractional place. */
function roundUp(integer: string, fraction: string): [string, string] {
  const all = BigInt(`${integer || '0'}${fraction}`) + 1n;
  const text = all.toString().padStart(fraction.length + 1, '0');
  return [text.slice(0, text.length - fraction.length).replace(/^0+/, ''), text.slice(text.length - fraction.length)];
}
