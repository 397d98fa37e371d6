/**
 * Resolves the expressions of a view query: every name must resolve (strict mode, see
 * path-resolver.ts), CAST targets must be known types, subqueries are resolved in turn, and each
 * expression gets its type where this analysis can tell (null otherwise). Function calls and
 * their schema-object arguments are call-resolver.ts's. Signatures are checked only where every
 * operand's type is known (signature-checks.ts); aggregation rules are not checked.
 */

import { assertNever } from '../../../../errors/assert-never';
import { parameterInViewBody } from '../../../../errors/view-errors';
import type {
  ArrayLiteral,
  CaseExpression,
  CastExpression,
  Expression,
  Subscript,
  UnaryExpression,
  WithExpression,
} from '../../../../sql/ast/expression';
import type { Query } from '../../../../sql/ast/query';
import { commonSupertype } from '../../../query/analyzer/coercion';
import {
  arrayOf,
  BOOL,
  BYTES,
  DATE,
  FLOAT64,
  INT64,
  INTERVAL,
  JSON_TYPE,
  NUMERIC,
  STRING,
  structOf,
  TIMESTAMP,
  type SqlType,
} from '../../../query/analyzer/sql-type';
import { exprInfo, operatorResult, UNKNOWN, type ExprInfo } from './call-typing';
import { resolveFunctionCall } from './call-resolver';
import { fieldOf, resolvePath } from './path-resolver';
import { checkedBinaryResult } from './signature-checks';
import type { ViewAnalysisContext } from './view-analysis-context';
import type { NameList, Scope } from './view-scope';
import { sqlTypeOfTypeNode } from './view-types';

const BINARY_OPERATOR_IDS: Readonly<Record<string, string>> = {
  '+': '$add',
  '-': '$subtract',
  '*': '$multiply',
  '/': '$divide',
  '||': '$concat_op',
  '&': '$bitwise_and',
  '|': '$bitwise_or',
  '^': '$bitwise_xor',
  '<<': '$bitwise_left_shift',
  '>>': '$bitwise_right_shift',
};

export function resolveExpression(expr: Expression, scope: Scope, ctx: ViewAnalysisContext): ExprInfo {
  switch (expr.kind) {
    case 'nullLiteral':
      return exprInfo(INT64, 'untyped');
    case 'boolLiteral':
      return exprInfo(BOOL, 'literal');
    case 'intLiteral':
      return exprInfo(INT64, 'literal');
    case 'floatLiteral':
      return exprInfo(FLOAT64, 'literal');
    case 'stringLiteral':
      return exprInfo(STRING, 'literal');
    case 'bytesLiteral':
      return exprInfo(BYTES, 'literal');
    case 'typedLiteral':
      return exprInfo(typedLiteralType(expr.type), 'literal');
    case 'parameter':
      throw parameterInViewBody(ctx.site(expr.loc));
    case 'systemVariable':
      return UNKNOWN;
    case 'path':
      return resolvePath(expr.parts, scope, ctx);
    case 'fieldAccess': {
      const object = resolveExpression(expr.object, scope, ctx);
      return exprInfo(object.type === null ? null : fieldOf(object.type, expr.field, ctx));
    }
    case 'subscript':
      return resolveSubscript(expr, scope, ctx);
    default:
      return resolveOperation(expr, scope, ctx);
  }
}

type Operation = Exclude<
  Expression,
  | { kind: 'nullLiteral' | 'boolLiteral' | 'intLiteral' | 'floatLiteral' | 'stringLiteral' | 'bytesLiteral' }
  | { kind: 'typedLiteral' | 'parameter' | 'systemVariable' | 'path' | 'fieldAccess' | 'subscript' }
>;

function resolveOperation(expr: Operation, scope: Scope, ctx: ViewAnalysisContext): ExprInfo {
  const all = (items: readonly Expression[]): ExprInfo[] => items.map((e) => resolveExpression(e, scope, ctx));
  switch (expr.kind) {
    case 'unary':
      return resolveUnary(expr, scope, ctx);
    case 'binary': {
      const args = all([expr.left, expr.right]);
      const checked = checkedBinaryResult(expr.op, args, ctx.site(expr.loc));
      if (checked !== undefined) return exprInfo(checked);
      const id = BINARY_OPERATOR_IDS[expr.op];
      return exprInfo(id === undefined ? BOOL : operatorResult(id, args));
    }
    case 'and':
    case 'or':
      all(expr.operands);
      return exprInfo(BOOL);
    case 'between':
      all([expr.operand, expr.low, expr.high]);
      return exprInfo(BOOL);
    case 'inList':
      all([expr.operand, ...expr.values]);
      return exprInfo(BOOL);
    case 'inSubquery':
      resolveExpression(expr.operand, scope, ctx);
      resolveSubquery(expr.query, scope, ctx);
      return exprInfo(BOOL);
    case 'inUnnest':
      all([expr.operand, expr.array]);
      return exprInfo(BOOL);
    case 'is':
      resolveExpression(expr.operand, scope, ctx);
      return exprInfo(BOOL);
    case 'isDistinctFrom':
      all([expr.left, expr.right]);
      return exprInfo(BOOL);
    default:
      return resolveComposite(expr, scope, ctx);
  }
}

type Composite = Exclude<
  Operation,
  {
    kind:
      'unary' | 'binary' | 'and' | 'or' | 'between' | 'inList' | 'inSubquery' | 'inUnnest' | 'is' | 'isDistinctFrom';
  }
>;

function resolveComposite(expr: Composite, scope: Scope, ctx: ViewAnalysisContext): ExprInfo {
  switch (expr.kind) {
    case 'case':
      return resolveCase(expr, scope, ctx);
    case 'cast':
      return resolveCast(expr, scope, ctx);
    case 'extract':
      resolveExpression(expr.expr, scope, ctx);
      if (expr.timeZone !== null) resolveExpression(expr.timeZone, scope, ctx);
      return exprInfo(expr.part === 'DATE' ? DATE : INT64);
    case 'interval':
      resolveExpression(expr.value, scope, ctx);
      return exprInfo(INTERVAL);
    case 'arrayLiteral':
      return resolveArrayLiteral(expr, scope, ctx);
    case 'structLiteral':
      return resolveStruct(expr, scope, ctx);
    case 'functionCall':
      return resolveFunctionCall(expr, scope, ctx);
    case 'subquery':
      return exprInfo(scalarSubqueryType(resolveSubquery(expr.query, scope, ctx)));
    case 'arraySubquery': {
      const element = scalarSubqueryType(resolveSubquery(expr.query, scope, ctx));
      return exprInfo(element === null ? null : arrayOf(element));
    }
    case 'exists':
      resolveSubquery(expr.query, scope, ctx);
      return exprInfo(BOOL);
    case 'withExpression':
      return resolveWith(expr, scope, ctx);
    case 'newConstructor':
      expr.args.forEach((a) => resolveExpression(a.expr, scope, ctx));
      return UNKNOWN;
    case 'bracedConstructor':
      return UNKNOWN;
    default:
      return assertNever(expr, 'expression');
  }
}

function resolveUnary(expr: UnaryExpression, scope: Scope, ctx: ViewAnalysisContext): ExprInfo {
  const operand = resolveExpression(expr.operand, scope, ctx);
  if (expr.op === 'NOT') return exprInfo(BOOL);
  if (expr.op === '-') return exprInfo(operatorResult('$unary_minus', [operand]));
  return exprInfo(operand.type);
}

function resolveCast(expr: CastExpression, scope: Scope, ctx: ViewAnalysisContext): ExprInfo {
  resolveExpression(expr.expr, scope, ctx);
  if (expr.format !== null) resolveExpression(expr.format, scope, ctx);
  return exprInfo(sqlTypeOfTypeNode(expr.type, ctx));
}

function resolveArrayLiteral(expr: ArrayLiteral, scope: Scope, ctx: ViewAnalysisContext): ExprInfo {
  const elements = expr.elements.map((e) => resolveExpression(e, scope, ctx));
  if (expr.type !== null) return exprInfo(sqlTypeOfTypeNode(expr.type, ctx), 'literal');
  return exprInfo(arrayElementType(elements), 'literal');
}

function typedLiteralType(type: 'DATE' | 'TIMESTAMP' | 'NUMERIC' | 'BIGNUMERIC' | 'JSON'): SqlType | null {
  switch (type) {
    case 'DATE':
      return DATE;
    case 'TIMESTAMP':
      return TIMESTAMP;
    case 'NUMERIC':
      return NUMERIC;
    case 'JSON':
      return JSON_TYPE;
    case 'BIGNUMERIC':
      return null;
  }
}

function resolveSubscript(expr: Subscript, scope: Scope, ctx: ViewAnalysisContext): ExprInfo {
  const object = resolveExpression(expr.object, scope, ctx);
  resolveExpression(expr.index, scope, ctx);
  const type = object.type;
  if (type === null) return UNKNOWN;
  if (type.kind === 'array') return exprInfo(type.element);
  if (type.kind === 'scalar' && type.name === 'JSON') return exprInfo(JSON_TYPE);
  return UNKNOWN;
}

function resolveCase(expr: CaseExpression, scope: Scope, ctx: ViewAnalysisContext): ExprInfo {
  if (expr.operand !== null) resolveExpression(expr.operand, scope, ctx);
  const results: ExprInfo[] = [];
  for (const when of expr.whens) {
    resolveExpression(when.condition, scope, ctx);
    results.push(resolveExpression(when.result, scope, ctx));
  }
  if (expr.else !== null) results.push(resolveExpression(expr.else, scope, ctx));
  return exprInfo(supertypeOf(results));
}

/** The common supertype of known types; null when some type is unknown or none exists. */
export function supertypeOf(infos: readonly ExprInfo[]): SqlType | null {
  if (infos.some((i) => i.type === null)) return null;
  const shapes = infos.map((i) => ({ type: i.type as SqlType, coercibility: i.coercibility }));
  const result = commonSupertype(shapes);
  if (result === 'untyped') return INT64;
  return result;
}

function arrayElementType(elements: readonly ExprInfo[]): SqlType | null {
  if (elements.length === 0) return arrayOf(INT64);
  const element = supertypeOf(elements);
  return element === null ? null : arrayOf(element);
}

function resolveStruct(
  expr: Extract<Expression, { kind: 'structLiteral' }>,
  scope: Scope,
  ctx: ViewAnalysisContext,
): ExprInfo {
  const fields = expr.fields.map((f) => ({
    info: resolveExpression(f.expr, scope, ctx),
    name: f.alias?.name ?? inferredName(f.expr),
  }));
  if (expr.type !== null) return exprInfo(sqlTypeOfTypeNode(expr.type, ctx));
  if (fields.some((f) => f.info.type === null)) return UNKNOWN;
  return exprInfo(structOf(fields.map((f) => ({ name: f.name, type: f.info.type as SqlType }))));
}

function resolveWith(expr: WithExpression, scope: Scope, ctx: ViewAnalysisContext): ExprInfo {
  let inner = scope;
  for (const binding of expr.bindings) {
    const info = resolveExpression(binding.expr, inner, ctx);
    inner = inner.withNames(new Map([[binding.name.name, info.type]]));
  }
  return resolveExpression(expr.result, inner, ctx);
}

function resolveSubquery(query: Query, scope: Scope, ctx: ViewAnalysisContext): NameList {
  if (ctx.resolveQuery === null) throw new Error('view analysis has no query resolver');
  return ctx.resolveQuery(query, scope, ctx);
}

/** A scalar or ARRAY subquery's element: its one column (a value table's value). */
function scalarSubqueryType(names: NameList): SqlType | null {
  if (names.columns.length !== 1) return null;
  return names.columns[0].type;
}

/** The name GoogleSQL gives a select-list item without an alias: a path's or field's last name. */
export function inferredName(expr: Expression): string | null {
  if (expr.kind === 'path') return expr.parts[expr.parts.length - 1].name;
  if (expr.kind === 'fieldAccess') return expr.field.name;
  return null;
}
