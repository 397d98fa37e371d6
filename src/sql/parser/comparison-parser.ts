/**
 * The keyword comparison forms: [NOT] IN (list | subquery | UNNEST(array)), [NOT] BETWEEN,
 * IS [NOT] NULL/TRUE/FALSE and IS [NOT] DISTINCT FROM. Symbol comparisons (=, <, ...) and LIKE are
 * plain binary operators handled by expression-parser.
 */

import type { Expression } from '../ast/expression';
import { OperatorInfo, PREC_BIT_OR } from './binary-operators';
import { parseExpression, parseLevel, spanFrom } from './expression-parser';
import { continueQueryAfter, isQueryContinuation, isQueryStart, parseQuery } from './query-parser';
import { TokenCursor } from './token-cursor';

export function applyComparison(c: TokenCursor, left: Expression, op: OperatorInfo): Expression {
  for (let i = 0; i < op.width; i++) c.next();
  switch (op.form) {
    case 'in':
      return parseInTarget(c, left, op.not);
    case 'between': {
      const low = parseLevel(c, PREC_BIT_OR);
      c.expectKeyword('AND');
      const high = parseLevel(c, PREC_BIT_OR);
      return { kind: 'between', not: op.not, operand: left, low, high, loc: spanFrom(c, left.loc) };
    }
    case 'is':
      return parseIsTest(c, left);
    default:
      throw c.unexpected();
  }
}

function parseInTarget(c: TokenCursor, operand: Expression, not: boolean): Expression {
  if (c.acceptKeyword('UNNEST')) {
    c.expectSymbol('(');
    const array = parseExpression(c);
    c.expectSymbol(')');
    return { kind: 'inUnnest', not, operand, array, loc: spanFrom(c, operand.loc) };
  }
  const open = c.expectSymbol('(');
  if (isQueryStart(c)) {
    const query = parseQuery(c);
    c.expectSymbol(')');
    return { kind: 'inSubquery', not, operand, query, loc: spanFrom(c, operand.loc) };
  }
  const first = parseExpression(c);
  if (first.kind === 'subquery' && isQueryContinuation(c)) {
    // `x IN ((SELECT 1) UNION ALL (SELECT 2))`: the parenthesised first item was a query operand.
    const query = continueQueryAfter(c, first.query, open);
    c.expectSymbol(')');
    return { kind: 'inSubquery', not, operand, query, loc: spanFrom(c, operand.loc) };
  }
  const values = [first];
  while (c.acceptSymbol(',')) values.push(parseExpression(c));
  c.expectSymbol(')');
  return { kind: 'inList', not, operand, values, loc: spanFrom(c, operand.loc) };
}

function parseIsTest(c: TokenCursor, operand: Expression): Expression {
  const not = c.acceptKeyword('NOT');
  const t = c.peek();
  if (t.keyword === 'NULL' || t.keyword === 'TRUE' || t.keyword === 'FALSE') {
    c.next();
    return { kind: 'is', not, operand, value: t.keyword, loc: spanFrom(c, operand.loc) };
  }
  if (c.acceptKeyword('DISTINCT')) {
    c.expectKeyword('FROM');
    const right = parseLevel(c, PREC_BIT_OR);
    return { kind: 'isDistinctFrom', not, left: operand, right, loc: spanFrom(c, operand.loc) };
  }
  throw c.unexpected();
}
