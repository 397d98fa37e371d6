/**
 * Unary and binary operators, AND / OR, and the predicates IS, BETWEEN, LIKE and IN. Each becomes
 * a call of its operator function (NOT LIKE, NOT BETWEEN, IS NOT ... wrap the positive form in
 * `$not`); comparisons also check that their operand type can be compared at all.
 */

import {
  comparisonNotDefined,
  literalNullOperand,
  signatureMismatch,
  unaryPlusNotNumeric,
  unsupportedExpression,
} from '../../../errors/analyzer-errors';
import type {
  AndExpression,
  BetweenExpression,
  BinaryExpression,
  BinaryOperator,
  InListExpression,
  IsDistinctFromExpression,
  IsExpression,
  OrExpression,
  UnaryExpression,
} from '../../../sql/ast/expression';
import type { SourceSpan } from '../../../sql/ast/node';
import type { AnalyzerContext } from './analyzer-context';
import { intLiteral, literal } from './analyze-literals';
import { argumentText, buildCall, callOperator } from './call-builder';
import { commonSupertype } from './coercion';
import { matchSignatures } from './signature-matching';
import { operator } from './functions/function-registry';
import { BOOL, isEquatable, isNumeric, isOrderable, typeName, type SqlType } from './sql-type';
import type { TypedCall, TypedExpression } from './typed-expression';

const BINARY_IDS: Record<Exclude<BinaryOperator, 'NOT LIKE'>, string> = {
  '*': '$multiply',
  '/': '$divide',
  '||': '$concat_op',
  '+': '$add',
  '-': '$subtract',
  '<<': '$bitwise_left_shift',
  '>>': '$bitwise_right_shift',
  '&': '$bitwise_and',
  '^': '$bitwise_xor',
  '|': '$bitwise_or',
  '=': '$equal',
  '!=': '$not_equal',
  '<': '$less',
  '>': '$greater',
  '<=': '$less_or_equal',
  '>=': '$greater_or_equal',
  LIKE: '$like',
};

const BITWISE = new Set(['&', '|', '^']);
const EQUALITY = new Set(['=', '!=']);
const ORDERING = new Set(['<', '>', '<=', '>=']);

export function not(operand: TypedExpression): TypedCall {
  return {
    kind: 'call',
    fn: '$not',
    safe: false,
    args: [operand],
    namedArgs: [],
    type: BOOL,
    coercibility: 'expression',
  };
}

export function analyzeUnary(e: UnaryExpression, ctx: AnalyzerContext): TypedExpression {
  if (e.op === '-' && e.operand.kind === 'intLiteral') return intLiteral(e.operand, true, ctx);
  const operand = ctx.analyze(e.operand, ctx);
  const site = ctx.site(e.loc);
  switch (e.op) {
    case '-':
      if (operand.kind === 'literal' && typeof operand.value === 'number') return literal(operand.type, -operand.value);
      return callOperator('$unary_minus', [operand], [e.operand.loc], site, ctx);
    case '+':
      if (!isNumeric(operand.type) && operand.coercibility !== 'untyped') {
        throw unaryPlusNotNumeric(typeName(operand.type), ctx.site(e.operand.loc));
      }
      return operand;
    case '~':
      return callOperator('$bitwise_not', [operand], [e.operand.loc], site, ctx);
    case 'NOT':
      return callOperator('$not', [operand], [e.operand.loc], site, ctx);
  }
}

export function analyzeBinary(e: BinaryExpression, ctx: AnalyzerContext): TypedExpression {
  const left = ctx.analyze(e.left, ctx);
  const right = ctx.analyze(e.right, ctx);
  const symbol = e.op === 'NOT LIKE' ? 'LIKE' : e.op;
  const sites = [e.left.loc, e.right.loc];
  const site = symbol === '<<' || symbol === '>>' ? ctx.siteOfWordAfter(e.left.loc, symbol) : ctx.site(e.loc);
  [left, right].forEach((operand, i) => {
    if (operand.kind === 'literal' && operand.coercibility === 'untyped' && operand.value === null) {
      throw literalNullOperand(symbol, ctx.site(i === 0 ? e.left.loc : e.right.loc));
    }
  });
  if (BITWISE.has(symbol)) return bitwise(symbol, left, right, sites, ctx, e.loc);
  const call = callOperator(BINARY_IDS[symbol], [left, right], sites, site, ctx);
  if (EQUALITY.has(symbol) || ORDERING.has(symbol)) checkComparable(symbol, call.args[0].type, ctx, e.loc);
  return e.op === 'NOT LIKE' ? not(call) : call;
}

function bitwise(
  symbol: string,
  left: TypedExpression,
  right: TypedExpression,
  sites: SourceSpan[],
  ctx: AnalyzerContext,
  loc: SourceSpan,
): TypedCall {
  const id = BINARY_IDS[symbol as '&'];
  const match = matchSignatures(operator(id).def.signatures, [left, right]);
  if (match === null) {
    const message = `Bitwise operator ${symbol} requires two integer/BYTES arguments of the same type, but saw ${internalTypeName(left.type)} and ${internalTypeName(right.type)}`;
    throw signatureMismatch(message, ctx.site(loc));
  }
  return buildCall(id, [left, right], match, sites, ctx);
}

/** GoogleSQL's internal names, which a few messages use (FLOAT64 reads DOUBLE). */
function internalTypeName(type: SqlType): string {
  if (type.kind === 'scalar' && type.name === 'FLOAT64') return 'DOUBLE';
  return typeName(type);
}

function checkComparable(symbol: string, type: SqlType, ctx: AnalyzerContext, loc: SourceSpan): void {
  if (EQUALITY.has(symbol) && !isEquatable(type)) throw comparisonNotDefined('Equality', typeName(type), ctx.site(loc));
  if (ORDERING.has(symbol) && !isOrderable(type))
    throw comparisonNotDefined('Less than', typeName(type), ctx.site(loc));
}

export function analyzeLogical(e: AndExpression | OrExpression, ctx: AnalyzerContext): TypedExpression {
  const operands = e.operands.map((o) => ctx.analyze(o, ctx));
  return callOperator(
    e.kind === 'and' ? '$and' : '$or',
    operands,
    e.operands.map((o) => o.loc),
    ctx.site(e.loc),
    ctx,
  );
}

export function analyzeIs(e: IsExpression, ctx: AnalyzerContext): TypedExpression {
  const operand = ctx.analyze(e.operand, ctx);
  const id = e.value === 'NULL' ? '$is_null' : e.value === 'TRUE' ? '$is_true' : '$is_false';
  const call = callOperator(id, [operand], [e.operand.loc], ctx.site(e.loc), ctx);
  return e.not ? not(call) : call;
}

export function analyzeIsDistinctFrom(e: IsDistinctFromExpression, ctx: AnalyzerContext): TypedExpression {
  throw unsupportedExpression('IS DISTINCT FROM', ctx.siteOfWordAfter(e.left.loc, 'IS'));
}

export function analyzeBetween(e: BetweenExpression, ctx: AnalyzerContext): TypedExpression {
  const args = [e.operand, e.low, e.high].map((a) => ctx.analyze(a, ctx));
  const site = ctx.siteOfWordAfter(e.operand.loc, e.not ? 'NOT' : 'BETWEEN');
  const call = callOperator('$between', args, [e.operand.loc, e.low.loc, e.high.loc], site, ctx);
  if (!isOrderable(call.args[0].type)) throw comparisonNotDefined('BETWEEN', typeName(call.args[0].type), site);
  return e.not ? not(call) : call;
}

export function analyzeInList(e: InListExpression, ctx: AnalyzerContext): TypedExpression {
  const operand = ctx.analyze(e.operand, ctx);
  const values = e.values.map((v) => ctx.analyze(v, ctx));
  const all = [operand, ...values];
  const site = ctx.siteOfWordAfter(e.operand.loc, e.not ? 'NOT' : 'IN');
  const supertype = commonSupertype(all);
  if (supertype === null) {
    const valueTypes = [...new Set(values.map(argumentText))];
    const first = `${operand.kind === 'literal' && operand.coercibility === 'literal' ? 'literal ' : ''}${argumentText(operand)}`;
    throw signatureMismatch(
      `No matching signature for operator IN for argument types ${first} and {${valueTypes.join(', ')}}`,
      site,
    );
  }
  const call = callOperator('$in', all, [e.operand.loc, ...e.values.map((v) => v.loc)], site, ctx);
  if (!isEquatable(call.args[0].type)) throw comparisonNotDefined('IN', typeName(call.args[0].type), site);
  return e.not ? not(call) : call;
}
