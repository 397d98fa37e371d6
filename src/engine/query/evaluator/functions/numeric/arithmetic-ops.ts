/**
 * The checked arithmetic shared by the operators and the math functions (SAFE_ADD, DIV, MOD...):
 * INT64 results outside 64 bits, FLOAT64 results that overflow to infinity from finite operands
 * and NUMERIC results beyond 29 integer digits are errors worded as GoogleSQL words them
 * (`int64 overflow: 9223372036854775807 + 1`, operands of doubles printed as `%g`).
 */

import { arithmeticOverflow, divisionByZero } from '../../../../../errors/evaluation-errors';
import { floatMessageText } from '../../casts/cast-numbers';
import { divideRounded, fromScaled, inNumericRange, SCALE, toScaled } from './numeric-math';
import { INT64_MAX, INT64_MIN } from '../../../../../types/int64';

export type ArithmeticOp = '+' | '-' | '*' | '/';

/** No closures on the success path: this runs once per row and operator. */
export function int64Arithmetic(op: ArithmeticOp, a: bigint, b: bigint): bigint {
  let result: bigint;
  switch (op) {
    case '+':
      result = a + b;
      break;
    case '-':
      result = a - b;
      break;
    case '*':
      result = a * b;
      break;
    case '/':
      if (b === 0n) throw divisionByZero(`${a} / ${b}`);
      result = a / b;
      if (result > INT64_MAX) throw arithmeticOverflow('int64', `-${a}`);
      return result;
  }
  if (result < INT64_MIN || result > INT64_MAX) throw arithmeticOverflow('int64', `${a} ${op} ${b}`);
  return result;
}

function rawFloat(op: ArithmeticOp, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
  }
}

export function float64Arithmetic(op: ArithmeticOp, a: number, b: number): number {
  if (op === '/' && b === 0) throw divisionByZero(floatExpressionText(op, a, b));
  const result = rawFloat(op, a, b);
  if (!Number.isFinite(result) && !Number.isNaN(result) && Number.isFinite(a) && Number.isFinite(b)) {
    throw arithmeticOverflow('double', floatExpressionText(op, a, b));
  }
  return result;
}

function floatExpressionText(op: ArithmeticOp, a: number, b: number): string {
  return `${floatMessageText(a)} ${op} ${floatMessageText(b)}`;
}

export function checkedNumeric(scaled: bigint, expression: () => string): string {
  if (!inNumericRange(scaled)) throw arithmeticOverflow('numeric', expression());
  return fromScaled(scaled);
}

function rawNumeric(op: ArithmeticOp, a: bigint, b: bigint): bigint {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return divideRounded(a * b, SCALE);
    case '/':
      return divideRounded(a * SCALE, b);
  }
}

export function numericArithmetic(op: ArithmeticOp, a: string, b: string): string {
  const text = () => `${a} ${op} ${b}`;
  const sb = toScaled(b);
  if (op === '/' && sb === 0n) throw divisionByZero(text());
  return checkedNumeric(rawNumeric(op, toScaled(a), sb), text);
}
