/**
 * The binary operator table: which token sequence at the cursor is a binary operator, with its
 * GoogleSQL precedence. Two adjacent `>` tokens form `>>` here (the lexer never emits `>>`, so
 * nested type brackets close cleanly). Does not parse operands.
 */

import type { BinaryOperator } from '../ast/expression';
import { TokenCursor } from './token-cursor';

/** Precedence levels, loosest first. */
export const PREC_OR = 1;
export const PREC_AND = 2;
export const PREC_NOT = 3;
export const PREC_COMPARE = 4;
export const PREC_BIT_OR = 5;
export const PREC_BIT_XOR = 6;
export const PREC_BIT_AND = 7;
export const PREC_SHIFT = 8;
export const PREC_ADD = 9;
export const PREC_MULTIPLY = 10;

export type OperatorForm = 'binary' | 'and' | 'or' | 'in' | 'between' | 'is';

export interface OperatorInfo {
  readonly form: OperatorForm;
  readonly prec: number;
  /** For `binary`: the AST operator. */
  readonly op: BinaryOperator | null;
  /** NOT IN / NOT BETWEEN / NOT LIKE. */
  readonly not: boolean;
  /** How many tokens the operator spans. */
  readonly width: number;
}

function info(form: OperatorForm, prec: number, op: BinaryOperator | null, not = false, width = 1): OperatorInfo {
  return { form, prec, op, not, width };
}

const SYMBOLS: ReadonlyMap<string, OperatorInfo> = new Map([
  ['*', info('binary', PREC_MULTIPLY, '*')],
  ['/', info('binary', PREC_MULTIPLY, '/')],
  ['||', info('binary', PREC_MULTIPLY, '||')],
  ['+', info('binary', PREC_ADD, '+')],
  ['-', info('binary', PREC_ADD, '-')],
  ['<<', info('binary', PREC_SHIFT, '<<')],
  ['&', info('binary', PREC_BIT_AND, '&')],
  ['^', info('binary', PREC_BIT_XOR, '^')],
  ['|', info('binary', PREC_BIT_OR, '|')],
  ['=', info('binary', PREC_COMPARE, '=')],
  ['!=', info('binary', PREC_COMPARE, '!=')],
  ['<>', info('binary', PREC_COMPARE, '!=')],
  ['<', info('binary', PREC_COMPARE, '<')],
  ['>', info('binary', PREC_COMPARE, '>')],
  ['<=', info('binary', PREC_COMPARE, '<=')],
  ['>=', info('binary', PREC_COMPARE, '>=')],
]);

const KEYWORDS: ReadonlyMap<string, OperatorInfo> = new Map([
  ['OR', info('or', PREC_OR, null)],
  ['AND', info('and', PREC_AND, null)],
  ['LIKE', info('binary', PREC_COMPARE, 'LIKE')],
  ['IN', info('in', PREC_COMPARE, null)],
  ['BETWEEN', info('between', PREC_COMPARE, null)],
  ['IS', info('is', PREC_COMPARE, null)],
]);

const NOT_FORMS: ReadonlyMap<string, OperatorInfo> = new Map([
  ['LIKE', info('binary', PREC_COMPARE, 'NOT LIKE', true, 2)],
  ['IN', info('in', PREC_COMPARE, null, true, 2)],
  ['BETWEEN', info('between', PREC_COMPARE, null, true, 2)],
]);

const SHIFT_RIGHT = info('binary', PREC_SHIFT, '>>', false, 2);

/** The binary operator at the cursor, or null. Does not consume. */
export function peekBinaryOperator(c: TokenCursor): OperatorInfo | null {
  const t = c.peek();
  if (t.kind === 'symbol') {
    if (t.value === '>') {
      const after = c.peek(1);
      if (after.kind === 'symbol' && after.value === '>' && after.start === t.end) return SHIFT_RIGHT;
    }
    return SYMBOLS.get(t.value) ?? null;
  }
  if (t.kind !== 'keyword') return null;
  if (t.keyword === 'NOT') return NOT_FORMS.get(c.peek(1).keyword) ?? null;
  return KEYWORDS.get(t.keyword) ?? null;
}
