/**
 * Signature checks of a view query's operators and built-in function calls. A view is re-analyzed
 * when something it reads changes type, and GoogleSQL then refuses a call no signature accepts
 * (`No matching signature for operator = for argument types: INT64, BOOL...`). The check runs only
 * where every argument's type is known and the function takes ordinary values; elsewhere view
 * analysis stays lenient (call-typing.ts) and the result type is simply unknown.
 */

import { comparisonNotDefined, noMatchingSignature, type ErrorSite } from '../../../../errors/analyzer-errors';
import { argumentText } from '../../../query/analyzer/call-builder';
import { lookupFunction, operator } from '../../../query/analyzer/functions/function-registry';
import type { FunctionDef } from '../../../query/analyzer/functions/function-signature';
import {
  supportedFunctionSignatures,
  supportedOperatorSignatures,
} from '../../../query/analyzer/functions/signature-text';
import { arityMatches, matchSignatures } from '../../../query/analyzer/signature-matching';
import { INT64, isEquatable, isOrderable, sameType, typeName, type SqlType } from '../../../query/analyzer/sql-type';
import type { TypedExpression } from '../../../query/analyzer/typed-expression';
import type { ExprInfo } from './call-typing';

const CHECKED_OPERATORS: Readonly<Record<string, string>> = {
  '+': '$add',
  '-': '$subtract',
  '*': '$multiply',
  '/': '$divide',
  '||': '$concat_op',
  '=': '$equal',
  '!=': '$not_equal',
  '<': '$less',
  '>': '$greater',
  '<=': '$less_or_equal',
  '>=': '$greater_or_equal',
  LIKE: '$like',
  'NOT LIKE': '$like',
};

const EQUALITY = new Set(['=', '!=']);
const ORDERING = new Set(['<', '>', '<=', '>=']);

const STRING_BYTES_HINT =
  'STRING and BYTES are different types that are not directly comparable. ' +
  "To write a BYTES literal, use a b-prefixed literal such as b'bytes value'.";

/** GoogleSQL explains a failed comparison of STRING with BYTES (the usual cause: a missing b prefix). */
function comparesStringWithBytes(symbol: string, args: readonly TypedExpression[]): boolean {
  if (!EQUALITY.has(symbol) && !ORDERING.has(symbol)) return false;
  const names = args.map((a) => typeName(a.type)).sort();
  return names.length === 2 && names[0] === 'BYTES' && names[1] === 'STRING';
}

/** The arguments as the signature matcher takes them; null when some type is unknown. */
function typedArguments(args: readonly ExprInfo[]): TypedExpression[] | null {
  if (args.some((a) => a.type === null)) return null;
  return args.map((a): TypedExpression => {
    const type = a.type as SqlType;
    // An untyped INT64 is a NULL literal, which GoogleSQL lists as `NULL`.
    if (a.coercibility === 'untyped' && sameType(type, INT64)) {
      return { kind: 'literal', value: null, type, coercibility: 'untyped' };
    }
    return { kind: 'parameter', name: '', type, coercibility: a.coercibility };
  });
}

/**
 * The result of binary operator `symbol` when its operands' types are known; throws GoogleSQL's
 * error when no signature takes them or the compared type cannot be compared. Undefined when
 * the operator is not checked here or a type is unknown.
 */
export function checkedBinaryResult(
  symbol: string,
  args: readonly ExprInfo[],
  site: ErrorSite,
): SqlType | null | undefined {
  const id = CHECKED_OPERATORS[symbol];
  const typed = typedArguments(args);
  if (id === undefined || typed === null) return undefined;
  const op = operator(id);
  const match = matchSignatures(op.def.signatures, typed);
  if (match === null) {
    const hint = comparesStringWithBytes(symbol, typed) ? STRING_BYTES_HINT : '';
    throw noMatchingSignature(
      `operator ${op.symbol}`,
      typed.map(argumentText),
      supportedOperatorSignatures(op),
      site,
      hint,
    );
  }
  const compared = match.argumentTypes[0] ?? typed[0].type;
  if (EQUALITY.has(symbol) && !isEquatable(compared)) throw comparisonNotDefined('Equality', typeName(compared), site);
  if (ORDERING.has(symbol) && !isOrderable(compared)) throw comparisonNotDefined('Less than', typeName(compared), site);
  return match.resultType;
}

/** Whether every signature of `def` takes only values (no date parts, intervals, lambdas, objects). */
function takesValuesOnly(def: FunctionDef): boolean {
  const special = new Set(['datePart', 'interval', 'lambda', 'sequence']);
  return def.signatures.every((s) => s.params.every((p) => !special.has(p.type.kind)));
}

/**
 * Refuses a built-in function call whose positional arguments (all values of known types, with
 * the right count for some signature) match no signature. Other calls are left alone.
 */
export function checkFunctionSignature(name: string, args: readonly (ExprInfo | null)[], site: ErrorSite): void {
  const def = lookupFunction(name);
  if (def === undefined || !takesValuesOnly(def) || args.some((a) => a === null)) return;
  const typed = typedArguments(args as ExprInfo[]);
  if (typed === null || !def.signatures.some((s) => arityMatches(s, typed.length))) return;
  if (matchSignatures(def.signatures, typed) !== null) return;
  const what = `${def.aggregate ? 'aggregate function' : 'function'} ${def.group === null ? '' : `${def.group}:`}${def.name}`;
  throw noMatchingSignature(what, typed.map(argumentText), supportedFunctionSignatures(def), site);
}
