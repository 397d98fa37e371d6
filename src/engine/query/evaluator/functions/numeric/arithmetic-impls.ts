/**
 * Arithmetic operators over INT64, FLOAT64 and NUMERIC (the analyzer has already coerced both
 * operands to the signature's type, which is also the result type), unary minus (FLOAT32 too), and
 * the bitwise operators over INT64 and BYTES. `>>` on INT64 is a logical shift, as in GoogleSQL.
 */

import { arithmeticOverflow, evaluationFailed } from '../../../../../errors/evaluation-errors';
import type { SpannerValue } from '../../../../../types/spanner-value';
import { strict, type CallInfo, type FunctionImpl, type ImplementationTable } from '../../function-implementation';
import { fromScaled, toScaled } from './numeric-math';
import { float64Arithmetic, int64Arithmetic, numericArithmetic, type ArithmeticOp } from './arithmetic-ops';
import { INT64_MIN } from '../../../../../types/int64';

/** The scalar name of the call's result type. */
export function resultKind(info: CallInfo): string {
  const type = info.call.type;
  return type.kind === 'scalar' ? type.name : type.kind;
}

/** One arithmetic operation on two values of the call's type. */
export function arithmetic(op: ArithmeticOp, a: SpannerValue, b: SpannerValue, kind: string): SpannerValue {
  switch (kind) {
    case 'INT64':
      return int64Arithmetic(op, a as bigint, b as bigint);
    case 'NUMERIC':
      return numericArithmetic(op, a as string, b as string);
    default:
      return float64Arithmetic(op, a as number, b as number);
  }
}

function operator(op: ArithmeticOp): FunctionImpl {
  return strict(([a, b], info) => arithmetic(op, a, b, resultKind(info)));
}

export function negate(a: SpannerValue, kind: string): SpannerValue {
  switch (kind) {
    case 'INT64': {
      const v = a as bigint;
      if (v === INT64_MIN) throw arithmeticOverflow('int64', `-${v}`);
      return -v;
    }
    case 'NUMERIC':
      return fromScaled(-toScaled(a as string));
    default:
      return -(a as number);
  }
}

function bytesBinary(combine: (x: number, y: number) => number): (a: Uint8Array, b: Uint8Array) => Uint8Array {
  return (a, b) => {
    if (a.length !== b.length) {
      throw evaluationFailed(
        `Bitwise binary operator for BYTES requires equal length of the inputs. Got ${a.length} bytes on the left hand side and ${b.length} bytes on the right hand side.`,
      );
    }
    return Buffer.from(a.map((x, i) => combine(x, b[i]) & 0xff));
  };
}

function bitwise(int: (a: bigint, b: bigint) => bigint, bytes: (x: number, y: number) => number): FunctionImpl {
  const onBytes = bytesBinary(bytes);
  return strict(([a, b]) =>
    typeof a === 'bigint' ? BigInt.asIntN(64, int(a, b as bigint)) : onBytes(a as Uint8Array, b as Uint8Array),
  );
}

function bytesToBigInt(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
}

function bigIntToBytes(value: bigint, length: number): Uint8Array {
  if (length === 0) return Buffer.alloc(0);
  const masked = BigInt.asUintN(length * 8, value);
  return Buffer.from(masked.toString(16).padStart(length * 2, '0'), 'hex');
}

/** `<<` and `>>`: INT64 bits or BYTES as one big-endian number of fixed width; shifts past the width give zero. */
function shift(left: boolean): FunctionImpl {
  return strict(([a, b]) => {
    const by = b as bigint;
    if (by < 0n) throw evaluationFailed('Bitwise shift by negative offset.');
    const bytes = a instanceof Uint8Array;
    const width = bytes ? BigInt(a.length * 8) : 64n;
    const value = bytes ? bytesToBigInt(a) : BigInt.asUintN(64, a as bigint);
    const shifted = by >= width ? 0n : left ? value << by : value >> by;
    return bytes ? bigIntToBytes(shifted, a.length) : BigInt.asIntN(64, shifted);
  });
}

export const ARITHMETIC_IMPLS: ImplementationTable = {
  $add: operator('+'),
  $subtract: operator('-'),
  $multiply: operator('*'),
  $divide: operator('/'),
  $unary_minus: strict(([a], info) => negate(a, resultKind(info))),
  $bitwise_and: bitwise(
    (a, b) => a & b,
    (x, y) => x & y,
  ),
  $bitwise_or: bitwise(
    (a, b) => a | b,
    (x, y) => x | y,
  ),
  $bitwise_xor: bitwise(
    (a, b) => a ^ b,
    (x, y) => x ^ y,
  ),
  $bitwise_not: strict(([a]) => (typeof a === 'bigint' ? ~a : Buffer.from((a as Uint8Array).map((x) => ~x & 0xff)))),
  $bitwise_left_shift: shift(true),
  $bitwise_right_shift: shift(false),
};
