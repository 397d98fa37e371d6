/**
 * ROUND, TRUNC, CEIL and FLOOR over FLOAT64 and NUMERIC. Both round half away from zero; digits
 * may be negative (`ROUND(15, -1)` is 20). NUMERIC is exact on the scaled integer; FLOAT64 scales
 * by a power of ten as GoogleSQL does, returning the value unchanged when the scaling overflows.
 */

import { arithmeticOverflow, evaluationFailed } from '../../../../../errors/evaluation-errors';
import type { SpannerValue } from '../../../../../types/spanner-value';
import { floatMessageText } from '../../casts/cast-numbers';
import { strict, type FunctionImpl } from '../../function-implementation';
import { divideRounded, fromScaled, inNumericRange, toScaled } from './numeric-math';
import { resultKind } from './arithmetic-impls';

type Mode = 'round' | 'trunc' | 'ceil' | 'floor';

function roundHalfAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

const FLOAT_ROUNDERS: Record<Mode, (x: number) => number> = {
  round: roundHalfAway,
  trunc: Math.trunc,
  ceil: Math.ceil,
  floor: Math.floor,
};

function roundFloat(mode: Mode, x: number, digits: number): number {
  const round = FLOAT_ROUNDERS[mode];
  if (!Number.isFinite(x)) return x;
  let result: number;
  if (digits >= 0) {
    const power = 10 ** digits;
    const scaled = x * power;
    if (!Number.isFinite(scaled)) return x;
    result = round(scaled) / power;
  } else {
    const power = 10 ** -digits;
    if (!Number.isFinite(power)) return 0;
    result = round(x / power) * power;
  }
  if (!Number.isFinite(result)) {
    throw evaluationFailed(
      `Floating point overflow in function: ${mode.toUpperCase()}(${floatMessageText(x)}, ${-digits})`,
    );
  }
  return result;
}

function roundScaled(mode: Mode, scaled: bigint, digits: number): bigint {
  if (digits >= 9) return scaled;
  if (9 - digits > 40) return 0n;
  const unit = 10n ** BigInt(9 - digits);
  const truncated = (scaled / unit) * unit;
  switch (mode) {
    case 'round':
      return divideRounded(scaled, unit) * unit;
    case 'trunc':
      return truncated;
    case 'ceil':
      return truncated < scaled ? truncated + unit : truncated;
    case 'floor':
      return truncated > scaled ? truncated - unit : truncated;
  }
}

function roundNumeric(mode: Mode, text: string, digits: number): string {
  const result = roundScaled(mode, toScaled(text), digits);
  if (!inNumericRange(result)) {
    const call = mode === 'ceil' || mode === 'floor' ? `${text}` : `${text}, ${digits}`;
    throw arithmeticOverflow('numeric', `${mode.toUpperCase()}(${call})`);
  }
  return fromScaled(result);
}

/** ROUND / TRUNC with optional digits, CEIL / FLOOR without. */
export function rounding(mode: Mode): FunctionImpl {
  return strict((args, info): SpannerValue => {
    const d = args.length > 1 ? (args[1] as bigint) : 0n;
    const digits = d > 1000n ? 1000 : d < -1000n ? -1000 : Number(d);
    if (resultKind(info) === 'NUMERIC') return roundNumeric(mode, args[0] as string, digits);
    return roundFloat(mode, args[0] as number, digits);
  });
}
