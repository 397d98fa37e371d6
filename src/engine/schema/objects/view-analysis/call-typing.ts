/**
 * Result types of operators and function calls in a view query, from the function catalog's
 * signatures. Views only need the type of each output column (so a change that would retype one
 * can be refused), so this is lenient: where an argument's type is unknown or no signature fits,
 * the result is unknown rather than an error. Signature errors are the query analyzer's to report.
 */

import type { Signature } from '../../../query/analyzer/functions/function-signature';
import { lookupFunction, operator } from '../../../query/analyzer/functions/function-registry';
import { matchSignatures } from '../../../query/analyzer/signature-matching';
import type { SqlType } from '../../../query/analyzer/sql-type';
import type { Coercibility, TypedExpression } from '../../../query/analyzer/typed-expression';

/** What the resolver knows about an expression: its type when known, and how freely it converts. */
export interface ExprInfo {
  readonly type: SqlType | null;
  readonly coercibility: Coercibility;
}

export function exprInfo(type: SqlType | null, coercibility: Coercibility = 'expression'): ExprInfo {
  return { type, coercibility };
}

export const UNKNOWN: ExprInfo = exprInfo(null);

/** The single result type every signature shares, if they all fix the same one. */
function fixedResult(signatures: readonly Signature[]): SqlType | null {
  let found: SqlType | null = null;
  for (const s of signatures) {
    if (s.result.kind !== 'fixed') return null;
    if (found !== null && JSON.stringify(found) !== JSON.stringify(s.result.type)) return null;
    found = s.result.type;
  }
  return found;
}

export function signaturesResult(signatures: readonly Signature[], args: readonly ExprInfo[]): SqlType | null {
  const fixed = fixedResult(signatures);
  if (fixed !== null) return fixed;
  if (args.some((a) => a.type === null)) return null;
  const typedArgs = args.map((a): TypedExpression => ({
    kind: 'parameter',
    name: '',
    type: a.type as SqlType,
    coercibility: a.coercibility,
  }));
  return matchSignatures(signatures, typedArgs)?.resultType ?? null;
}

/** An operator of the catalog by id (`$add`). */
export function operatorResult(id: string, args: readonly ExprInfo[]): SqlType | null {
  return signaturesResult(operator(id).def.signatures, args);
}

/** True when GoogleSQL knows a function of that (possibly dotted) name. */
export function isBuiltinFunction(name: string): boolean {
  return lookupFunction(name) !== undefined;
}

/** The result of a built-in function call; null when unknown or the function does not exist. */
export function functionResult(name: string, args: readonly ExprInfo[]): SqlType | null {
  const def = lookupFunction(name);
  return def === undefined ? null : signaturesResult(def.signatures, args);
}
