/**
 * The exact decimal value of a double: every finite double is m * 2^e, which is m * 5^-e / 10^-e
 * when e < 0, so its full binary value has a finite decimal expansion. Conversions that round a
 * double (to NUMERIC, or FORMAT's digits) round this value, not the shortest round-trip text.
 */

/** |x| = coefficient / 10^scale. */
export interface Decimal {
  readonly negative: boolean;
  readonly coefficient: bigint;
  readonly scale: number;
}

/** The exact decimal value of a finite double. */
export function doubleDecimal(x: number): Decimal {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponentBits = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & ((1n << 52n) - 1n);
  if (exponentBits !== 0) mantissa |= 1n << 52n;
  const exponent = (exponentBits === 0 ? 1 : exponentBits) - 1075;
  const negative = x < 0 || Object.is(x, -0);
  if (exponent >= 0) return { negative, coefficient: mantissa << BigInt(exponent), scale: 0 };
  return { negative, coefficient: mantissa * 5n ** BigInt(-exponent), scale: -exponent };
}
