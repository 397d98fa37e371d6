/**
 * Prints expressions back to GoogleSQL, adding parentheses only where precedence requires them,
 * so that the output parses to the same AST. Operators and simple nodes are printed here; calls,
 * constructors and special forms by form-printer.
 */

import type { BetweenExpression, Expression, IsDistinctFromExpression, IsExpression } from '../ast/expression';
import { printName, printParts } from './identifier-printer';
import { printBytesLiteral, printStringLiteral } from './literal-printer';
import { printForm } from './form-printer';

/** Binding strength of each printed form, loosest first (matches the parser's levels). */
const P_OR = 1;
const P_AND = 2;
const P_NOT = 3;
const P_COMPARE = 4;
const P_POSTFIX = 12;
const P_UNARY = 11;

const BINARY_PREC: Readonly<Record<string, number>> = {
  '|': 5,
  '^': 6,
  '&': 7,
  '<<': 8,
  '>>': 8,
  '+': 9,
  '-': 9,
  '*': 10,
  '/': 10,
  '||': 10,
  '=': P_COMPARE,
  '!=': P_COMPARE,
  '<': P_COMPARE,
  '>': P_COMPARE,
  '<=': P_COMPARE,
  '>=': P_COMPARE,
  LIKE: P_COMPARE,
  'NOT LIKE': P_COMPARE,
};

function precedenceOf(e: Expression): number {
  switch (e.kind) {
    case 'or':
      return P_OR;
    case 'and':
      return P_AND;
    case 'unary':
      return e.op === 'NOT' ? P_NOT : P_UNARY;
    case 'binary':
      return BINARY_PREC[e.op];
    case 'between':
    case 'inList':
    case 'inSubquery':
    case 'inUnnest':
    case 'is':
    case 'isDistinctFrom':
      return P_COMPARE;
    default:
      return P_POSTFIX;
  }
}

/** Prints `e`, parenthesised when it binds more loosely than `minPrec`. */
export function printOperand(e: Expression, minPrec: number): string {
  const text = printExpression(e);
  return precedenceOf(e) < minPrec ? `(${text})` : text;
}

export function printExpression(e: Expression): string {
  switch (e.kind) {
    case 'nullLiteral':
      return 'NULL';
    case 'boolLiteral':
      return e.value ? 'TRUE' : 'FALSE';
    case 'intLiteral':
    case 'floatLiteral':
      return e.text;
    case 'stringLiteral':
      return printStringLiteral(e.value);
    case 'bytesLiteral':
      return printBytesLiteral(e.value);
    case 'typedLiteral':
      return `${e.type} ${printStringLiteral(e.value)}`;
    case 'parameter':
      return `@${printName(e.name, true)}`;
    case 'systemVariable':
      return `@@${printName(e.name, true)}`;
    case 'path':
      return printParts(e.parts);
    case 'fieldAccess':
      // A path object gets parentheses, or `(a).b` would read back as the path `a.b`.
      return `${e.object.kind === 'path' ? `(${printExpression(e.object)})` : printOperand(e.object, P_POSTFIX)}.${printName(e.field.name, true)}`;
    case 'subscript': {
      const index = printExpression(e.index);
      return `${printOperand(e.object, P_POSTFIX)}[${e.mode ? `${e.mode}(${index})` : index}]`;
    }
    case 'unary':
      return printUnary(e.op, e.operand);
    case 'binary':
      return printBinary(e.op, e.left, e.right);
    case 'and':
      return e.operands.map((o) => printOperand(o, P_NOT)).join(' AND ');
    case 'or':
      return e.operands.map((o) => printOperand(o, P_AND)).join(' OR ');
    case 'between':
    case 'is':
    case 'isDistinctFrom':
      return printTest(e);
    default:
      return printForm(e);
  }
}

function printTest(e: BetweenExpression | IsExpression | IsDistinctFromExpression): string {
  const not = e.not ? 'NOT ' : '';
  const m = P_COMPARE + 1;
  if (e.kind === 'between')
    return `${printOperand(e.operand, m)} ${not}BETWEEN ${printOperand(e.low, m)} AND ${printOperand(e.high, m)}`;
  if (e.kind === 'is') return `${printOperand(e.operand, m)} IS ${not}${e.value}`;
  return `${printOperand(e.left, m)} IS ${not}DISTINCT FROM ${printOperand(e.right, m)}`;
}

function printBinary(op: string, left: Expression, right: Expression): string {
  const p = BINARY_PREC[op];
  // Comparisons do not associate, so neither side may be a bare comparison.
  const leftMin = p === P_COMPARE ? p + 1 : p;
  return `${printOperand(left, leftMin)} ${op} ${printOperand(right, p + 1)}`;
}

function printUnary(op: string, operand: Expression): string {
  if (op === 'NOT') return `NOT ${printOperand(operand, P_NOT)}`;
  const text = printOperand(operand, P_UNARY);
  // `- -1`, not `--1`, which would start a comment.
  return text.startsWith('-') || text.startsWith('+') ? `${op} ${text}` : `${op}${text}`;
}

/** Minimum precedence for the operand of IN (shared with form-printer). */
export const IN_OPERAND_PREC = P_COMPARE + 1;
