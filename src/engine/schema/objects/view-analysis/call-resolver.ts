/**
 * Function calls in a view query: the function must be a built-in or a schema function, its
 * arguments are resolved (lambda parameters become names inside the lambda body), and schema
 * objects passed by name (`SEQUENCE s`, `MODEL m`, `TABLE t`) must exist and become
 * dependencies of the view. Functions only read-write transactions may call are refused. The
 * result type comes from the function catalog when it can tell.
 */

import { functionNotFound, sequenceNotFound } from '../../../../errors/analyzer-errors';
import { modelNotFoundInQuery, readWriteFunctionInView, tableNotFoundInQuery } from '../../../../errors/view-errors';
import type { FunctionArgument, FunctionCall, ObjectArgument } from '../../../../sql/ast/function-call';
import { printParts } from '../../../../sql/printer/identifier-printer';
import { findTable } from '../../catalog/catalog-lookup';
import { lookupNamed } from '../../catalog/named-map';
import { INT64 } from '../../../query/analyzer/sql-type';
import { exprInfo, functionResult, isBuiltinFunction, UNKNOWN, type ExprInfo } from './call-typing';
import { resolveExpression } from './expression-resolver';
import { checkFunctionSignature } from './signature-checks';
import type { ViewAnalysisContext } from './view-analysis-context';
import type { Scope } from './view-scope';
import { NO_NAMED_TYPES, typeFromColumnType } from '../../../query/analyzer/type-from-syntax';

/** Functions a read-only query may not call, so neither may a view or function body. */
const READ_WRITE_FUNCTIONS: ReadonlySet<string> = new Set(['GET_NEXT_SEQUENCE_VALUE']);

export function resolveFunctionCall(call: FunctionCall, scope: Scope, ctx: ViewAnalysisContext): ExprInfo {
  const name = call.name.parts.map((p) => p.name).join('.');
  const udf = lookupNamed(ctx.catalog.functions, name);
  if (udf === undefined && !isBuiltinFunction(name))
    throw functionNotFound(printParts(call.name.parts), ctx.site(call.loc));
  const args = resolveCallArguments(call.args, scope, ctx);
  if (READ_WRITE_FUNCTIONS.has(name.toUpperCase())) throw readWriteFunctionInView(name.toLowerCase());
  if (call.having !== null) resolveExpression(call.having.expr, scope, ctx);
  call.orderBy?.forEach((o) => resolveExpression(o.expr, scope, ctx));
  if (call.limit !== null) resolveExpression(call.limit, scope, ctx);
  if (udf !== undefined) {
    ctx.addDependency({ kind: 'function', name: udf.name });
    const returns = udf.definition.returns;
    return exprInfo(returns === null ? null : typeFromColumnType(returns, NO_NAMED_TYPES));
  }
  if (call.star) return exprInfo(INT64);
  if (!call.args.some((a) => a.kind === 'namedArgument')) checkFunctionSignature(name, args, ctx.site(call.loc));
  const positional = args.filter((a): a is ExprInfo => a !== null);
  return exprInfo(functionResult(name, positional));
}

/** Resolves call arguments; each one's type for signature matching, null for non-values. */
export function resolveCallArguments(
  args: readonly FunctionArgument[],
  scope: Scope,
  ctx: ViewAnalysisContext,
): (ExprInfo | null)[] {
  return args.map((a) => resolveArgument(a, scope, ctx));
}

/** The argument's type for signature matching; null for arguments that are not values. */
function resolveArgument(arg: FunctionArgument, scope: Scope, ctx: ViewAnalysisContext): ExprInfo | null {
  switch (arg.kind) {
    case 'namedArgument':
      resolveExpression(arg.value, scope, ctx);
      return null;
    case 'lambda': {
      const params = new Map(arg.params.map((p) => [p.name, null]));
      resolveExpression(arg.body, scope.withNames(params), ctx);
      return UNKNOWN;
    }
    case 'objectArgument':
      resolveObjectArgument(arg, ctx);
      return null;
    case 'aliasedArgument':
      return resolveExpression(arg.expr, scope, ctx);
    default:
      return resolveExpression(arg, scope, ctx);
  }
}

function resolveObjectArgument(arg: ObjectArgument, ctx: ViewAnalysisContext): void {
  const name = arg.name.parts.map((p) => p.name).join('.');
  const printed = printParts(arg.name.parts);
  const site = ctx.site(arg.name.loc);
  switch (arg.objectKind) {
    case 'SEQUENCE': {
      const sequence = lookupNamed(ctx.catalog.sequences, name);
      if (sequence === undefined) throw sequenceNotFound(printed, site);
      ctx.addDependency({ kind: 'sequence', name: sequence.name });
      return;
    }
    case 'MODEL': {
      const model = lookupNamed(ctx.catalog.models, name);
      if (model === undefined) throw modelNotFoundInQuery(printed, site);
      ctx.addDependency({ kind: 'model', name: model.name });
      return;
    }
    case 'TABLE': {
      const table = findTable(ctx.catalog, name);
      if (table === undefined) throw tableNotFoundInQuery(printed, site);
      ctx.addDependency({ kind: 'table', name: table.name });
      return;
    }
  }
}
