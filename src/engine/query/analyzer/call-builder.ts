/**
 * Turns analyzed arguments and a chosen signature into a call node: converts each argument to the
 * type the signature wants and describes arguments the way GoogleSQL lists them in "for argument
 * types: ..." (an untyped NULL reads `NULL`, a date part `DATE_TIME_PART`).
 */

import type { ErrorSite } from '../../../errors/analyzer-errors';
import { noMatchingSignature } from '../../../errors/analyzer-errors';
import type { AnalyzerContext } from './analyzer-context';
import { coerceExpression } from './coerce-expression';
import { lookupFunction, operator } from './functions/function-registry';
import { supportedOperatorSignatures } from './functions/signature-text';
import { matchSignatures, type SignatureMatch } from './signature-matching';
import { typeName } from './sql-type';
import type { TypedCall, TypedExpression, TypedNamedArgument } from './typed-expression';
import type { SourceSpan } from '../../../sql/ast/node';

export function argumentText(arg: TypedExpression): string {
  if (arg.kind === 'literal' && arg.coercibility === 'untyped' && arg.value === null) return 'NULL';
  if (arg.kind === 'datePart') return 'DATE_TIME_PART';
  if (arg.kind === 'intervalArg') return `INTERVAL ${typeName(arg.value.type)} DATE_TIME_PART`;
  if (arg.kind === 'schemaObject') return arg.objectKind;
  return typeName(arg.type);
}

/** Arguments converted per `match` and wrapped in a call to `fn`. */
export function buildCall(
  fn: string,
  args: readonly TypedExpression[],
  match: SignatureMatch,
  argSites: readonly SourceSpan[],
  ctx: AnalyzerContext,
  namedArgs: readonly TypedNamedArgument[] = [],
  safe = false,
): TypedCall {
  const converted = args.map((a, i) => {
    const target = match.argumentTypes[i];
    return target === null ? a : coerceExpression(a, target, ctx.site(argSites[i]));
  });
  return {
    kind: 'call',
    fn,
    safe,
    args: converted,
    namedArgs,
    type: match.resultType,
    coercibility: match.untypedResult ? 'untyped' : 'expression',
  };
}

/** Calls operator `id` (`$add`...) or throws GoogleSQL's "No matching signature for operator". */
export function callOperator(
  id: string,
  args: readonly TypedExpression[],
  argSites: readonly SourceSpan[],
  site: ErrorSite,
  ctx: AnalyzerContext,
): TypedCall {
  const op = operator(id);
  const match = matchSignatures(op.def.signatures, args);
  if (match === null) {
    throw noMatchingSignature(`operator ${op.symbol}`, args.map(argumentText), supportedOperatorSignatures(op), site);
  }
  return buildCall(id, args, match, argSites, ctx);
}

/** The function id a call node uses for a catalog function (lower-case name). */
export function functionId(name: string): string {
  return name.toLowerCase();
}

/** Whether a call node's function is deterministic, stable or volatile; operators are immutable. */
export function callVolatility(fn: string): 'immutable' | 'stable' | 'volatile' {
  if (fn.startsWith('$')) return 'immutable';
  return lookupFunction(fn)?.volatility ?? 'immutable';
}
