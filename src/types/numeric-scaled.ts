/**
 * NUMERIC (precision 38, scale 9) as a scaled integer: value * 10^9 as a bigint. Ordering and the
 * key codec work on this form; values elsewhere stay canonical decimal text. Expects canonical
 * text (as the analyzer's parseNumericText produces); it does not validate or round.
 */

const SCALE = 9;

/** `-12.5` -> -12500000000n. */
export function numericToScaled(text: string): bigint {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const [integer, fraction = ''] = body.split('.');
  const scaled = BigInt(`${integer}${fraction.padEnd(SCALE, '0')}`);
  return negative ? -scaled : scaled;
}

/** -12500000000n -> `-12.5` (canonical: no trailing fractional zeros, no `-0`). */
export function scaledToNumeric(scaled: bigint): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(SCALE + 1, '0');
  const integer = digits.slice(0, digits.length - SCALE);
  const fraction = digits.slice(digits.length - SCALE).replace(/0+$/, '');
  const body = fraction === '' ? integer : `${integer}.${fraction}`;
  return negative ? `-${body}` : body;
}
