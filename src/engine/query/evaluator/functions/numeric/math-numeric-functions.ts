/**
 * NUMERIC versions of SQRT, EXP, LN, LOG10, LOG and POW. SQRT and POW with an integer exponent are
 * exact (rounded half away from zero to 9 decimals); the logarithms, EXP and fractional powers
 * go through FLOAT64 and round its result, so their last digit may differ from GoogleSQL's own
 * fixed-point algorithms. Domain errors use GoogleSQL's NUMERIC messages.
 */

import { arithmeticOverflow, divisionByZero, evaluationFailed } from '../../../../../errors/evaluation-errors';
import { strict, type FunctionImpl } from '../../function-implementation';
import { divideRounded, floatToScaled, fromScaled, inNumericRange, SCALE, toScaled } from './numeric-math';

function call(name: string, args: readonly string[]): string {
  return `${name}(${args.join(', ')})`;
}

function checked(scaled: bigint | null, name: string, args: readonly string[]): string {
  if (scaled === null || !inNumericRange(scaled)) throw arithmeticOverflow('numeric', call(name, args));
  return fromScaled(scaled);
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

function sqrtNumeric(x: string): string {
  const s = toScaled(x);
  if (s < 0n) throw evaluationFailed(`SQRT is undefined for negative value: ${call('SQRT', [x])}`);
  const n = s * SCALE;
  const root = isqrt(n);
  return fromScaled(4n * n >= (2n * root + 1n) ** 2n ? root + 1n : root);
}

function logarithm(name: string, compute: (v: number) => number): FunctionImpl {
  return strict(([a]) => {
    const x = a as string;
    if (toScaled(x) <= 0n)
      throw evaluationFailed(`${name} is undefined for zero or negative value: ${call(name, [x])}`);
    return checked(floatToScaled(compute(Number(x))), name, [x]);
  });
}

function logWithBase(x: string, base: string): string {
  if (toScaled(x) <= 0n) throw evaluationFailed(`LN is undefined for zero or negative value: ${call('LN', [x])}`);
  if (toScaled(base) <= 0n || base === '1') {
    throw evaluationFailed(
      `LOG is undefined for zero or negative value, or when base equals 1: ${call('LOG', [x, base])}`,
    );
  }
  return checked(floatToScaled(Math.log(Number(x)) / Math.log(Number(base))), 'LOG', [x, base]);
}

function expNumeric(x: string): string {
  const result = Math.exp(Number(x));
  return checked(Number.isFinite(result) ? floatToScaled(result) : null, 'EXP', [x]);
}

/** x^n for an integer n, exactly (rounded to 9 decimals) up to |n| = 200, else through FLOAT64. */
function integerPower(base: bigint, n: bigint): bigint | null {
  const magnitude = n < 0n ? -n : n;
  if (magnitude > 200n) {
    const result = (Number(base) / Number(SCALE)) ** Number(n);
    return Number.isFinite(result) ? floatToScaled(result) : null;
  }
  if (magnitude === 0n) return SCALE;
  const numerator = base ** magnitude;
  if (n > 0n) return divideRounded(numerator, SCALE ** (magnitude - 1n));
  return divideRounded(SCALE ** (magnitude + 1n), numerator);
}

function powNumeric(x: string, y: string): string {
  const [bx, by] = [toScaled(x), toScaled(y)];
  if (bx === 0n && by < 0n) throw divisionByZero(call('POW', [x, y]));
  if (by % SCALE === 0n) return checked(integerPower(bx, by / SCALE), 'POW', [x, y]);
  if (bx < 0n)
    throw evaluationFailed(`Negative NUMERIC value cannot be raised to a fractional power: ${call('POW', [x, y])}`);
  const result = Number(x) ** Number(y);
  return checked(Number.isFinite(result) ? floatToScaled(result) : null, 'POW', [x, y]);
}

const LN = logarithm('LN', Math.log);

export const NUMERIC_FUNCTIONS: Readonly<Record<string, FunctionImpl>> = {
  sqrt: strict(([a]) => sqrtNumeric(a as string)),
  exp: strict(([a]) => expNumeric(a as string)),
  ln: LN,
  log10: logarithm('LOG10', Math.log10),
  log: strict((args, info) => (args.length === 1 ? LN(args, info) : logWithBase(args[0] as string, args[1] as string))),
  pow: strict(([a, b]) => powNumeric(a as string, b as string)),
};
