/**
 * Expression entry point and precedence climbing: OR, AND, NOT, comparisons (via
 * comparison-parser), bitwise, shift, additive, multiplicative, unary, then postfix field access,
 * subscripts and function hints over a primary. AND and OR chains become one n-ary node.
 * Primaries (literals, names, calls, special forms) are parsed by primary-expression-parser.
 */

import type { Expression, Subscript, SubscriptMode, UnaryOperator } from '../ast/expression';
import type { SourceSpan } from '../ast/node';
import { OperatorInfo, peekBinaryOperator, PREC_COMPARE, PREC_NOT, PREC_OR } from './binary-operators';
import { applyComparison } from './comparison-parser';
import { parseHint } from './hint-parser';
import { parseWordAfterDot } from './identifier-parser';
import { parsePrimary } from './primary-expression-parser';
import { TokenCursor } from './token-cursor';

/** Parses a full expression at the cursor. */
export function parseExpression(c: TokenCursor): Expression {
  c.enter();
  const e = parseLevel(c, PREC_OR);
  c.leave();
  return e;
}

/** Span from the start of `from` to the last consumed token. */
export function spanFrom(c: TokenCursor, from: SourceSpan): SourceSpan {
  return { start: from.start, end: c.lastEnd, line: from.line, column: from.column };
}

/** Parses an expression whose operators all bind at least as tightly as `minPrec`. */
export function parseLevel(c: TokenCursor, minPrec: number): Expression {
  let left = minPrec <= PREC_NOT && c.isKeyword('NOT') ? parseNot(c) : parseUnary(c);
  for (;;) {
    const op = peekBinaryOperator(c);
    if (!op || op.prec < minPrec) return left;
    left = applyOperator(c, left, op);
    if (op.prec === PREC_COMPARE) {
      const following = peekBinaryOperator(c);
      // Comparisons do not associate: `a = b = c` is an error, as in ZetaSQL.
      if (following && following.prec === PREC_COMPARE) throw c.unexpected();
    }
  }
}

function applyOperator(c: TokenCursor, left: Expression, op: OperatorInfo): Expression {
  switch (op.form) {
    case 'and':
    case 'or':
      return parseChain(c, left, op);
    case 'binary': {
      for (let i = 0; i < op.width; i++) c.next();
      const right = parseLevel(c, op.prec + 1);
      return { kind: 'binary', op: op.op ?? '=', left, right, loc: spanFrom(c, left.loc) };
    }
    default:
      return applyComparison(c, left, op);
  }
}

/** `a AND b AND c` as one node; each operand binds tighter than the chain's operator. */
function parseChain(c: TokenCursor, first: Expression, op: OperatorInfo): Expression {
  const keyword = op.form === 'and' ? 'AND' : 'OR';
  const operands = [first];
  while (c.acceptKeyword(keyword)) operands.push(parseLevel(c, op.prec + 1));
  return { kind: op.form === 'and' ? 'and' : 'or', operands, loc: spanFrom(c, first.loc) };
}

function parseNot(c: TokenCursor): Expression {
  const start = c.next();
  c.enter();
  const operand = parseLevel(c, PREC_NOT);
  c.leave();
  return { kind: 'unary', op: 'NOT', operand, loc: c.span(start) };
}

function parseUnary(c: TokenCursor): Expression {
  const t = c.peek();
  if (t.kind === 'symbol' && (t.value === '-' || t.value === '+' || t.value === '~')) {
    c.next();
    c.enter();
    const operand = parseUnary(c);
    c.leave();
    return { kind: 'unary', op: t.value as UnaryOperator, operand, loc: c.span(t) };
  }
  return parsePostfix(c);
}

/** A primary followed by any `.field`, `[index]` and, on function calls, `@{hint}`. */
export function parsePostfix(c: TokenCursor): Expression {
  const first = c.peek();
  const bare = !(first.kind === 'symbol' && first.value === '(');
  let e = parsePrimary(c);
  for (;;) {
    // `.*` is left for the select list; any other dot must be followed by a field name.
    if (c.isSymbol('.') && !c.isSymbol('*', 1)) {
      c.next();
      const field = parseWordAfterDot(c);
      e =
        e.kind === 'path' && bare
          ? { kind: 'path', parts: [...e.parts, field], loc: spanFrom(c, e.loc) }
          : { kind: 'fieldAccess', object: e, field, loc: spanFrom(c, e.loc) };
    } else if (c.isSymbol('[')) {
      e = parseSubscript(c, e);
    } else if (e.kind === 'functionCall' && e.hint === null && c.isSymbol('@') && c.isSymbol('{', 1)) {
      e = { ...e, hint: parseHint(c), loc: spanFrom(c, e.loc) };
    } else {
      return e;
    }
  }
}

const SUBSCRIPT_MODES: ReadonlySet<string> = new Set(['OFFSET', 'SAFE_OFFSET', 'ORDINAL', 'SAFE_ORDINAL']);

function parseSubscript(c: TokenCursor, object: Expression): Subscript {
  c.expectSymbol('[');
  let mode: SubscriptMode | null = null;
  let index: Expression;
  if (c.isIdentifier() && SUBSCRIPT_MODES.has(c.peek().keyword) && c.isSymbol('(', 1)) {
    mode = c.next().keyword as SubscriptMode;
    c.expectSymbol('(');
    index = parseExpression(c);
    c.expectSymbol(')');
  } else {
    index = parseExpression(c);
  }
  c.expectSymbol(']');
  return { kind: 'subscript', object, index, mode, loc: spanFrom(c, object.loc) };
}
