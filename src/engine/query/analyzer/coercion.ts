/**
 * GoogleSQL's type conversion rules that need no explicit CAST: implicit coercion (INT64 to
 * NUMERIC and FLOAT64, NUMERIC and FLOAT32 to FLOAT64), the wider rules for literals (a string
 * literal reads as a DATE or TIMESTAMP, a float literal as NUMERIC), assignment coercion (the
 * value written to a column or checked against a required type) and common supertypes (CASE,
 * COALESCE, array elements, IN lists). Whether a literal's value fits is checked when it is
 * converted (coerce-expression.ts), not here.
 */

import { assertNever } from '../../../errors/assert-never';
import type { Coercibility } from './typed-expression';
import { FLOAT64, isNumeric, sameType, type ScalarKind, type SqlType } from './sql-type';

/** An argument as signature matching sees it: its type and how freely it converts. */
export interface ArgumentShape {
  readonly type: SqlType;
  readonly coercibility: Coercibility;
}

const IMPLICIT_SCALAR: Partial<Record<ScalarKind, readonly ScalarKind[]>> = {
  INT64: ['NUMERIC', 'FLOAT64'],
  NUMERIC: ['FLOAT64'],
  FLOAT32: ['FLOAT64'],
};

/** Extra targets of literals of these types (on top of the implicit ones). */
const LITERAL_SCALAR: Partial<Record<ScalarKind, readonly ScalarKind[]>> = {
  INT64: ['FLOAT32'],
  FLOAT64: ['NUMERIC', 'FLOAT32'],
  STRING: ['DATE', 'TIMESTAMP'],
};

/** Extra targets when assigning (writing a column, a required expression type). */
const ASSIGNMENT_SCALAR: Partial<Record<ScalarKind, readonly ScalarKind[]>> = {
  FLOAT64: ['FLOAT32'],
};

type Rules = 'implicit' | 'literal' | 'assignment';

function scalarCoerces(from: ScalarKind, to: ScalarKind, rules: Rules): boolean {
  if (from === to) return true;
  if (IMPLICIT_SCALAR[from]?.includes(to)) return true;
  if (rules === 'literal' && LITERAL_SCALAR[from]?.includes(to)) return true;
  if (rules === 'assignment' && ASSIGNMENT_SCALAR[from]?.includes(to)) return true;
  return false;
}

function typeCoerces(from: SqlType, to: SqlType, rules: Rules): boolean {
  switch (from.kind) {
    case 'scalar':
      return to.kind === 'scalar' && scalarCoerces(from.name, to.name, rules);
    case 'array':
      // No element-wise conversion, not even for literals: `[1, 2]` is not an ARRAY<FLOAT64>.
      return to.kind === 'array' && sameType(from.element, to.element);
    case 'struct':
      return (
        to.kind === 'struct' &&
        from.fields.length === to.fields.length &&
        from.fields.every((f, i) => typeCoerces(f.type, to.fields[i].type, rules))
      );
    case 'proto':
    case 'enum':
      return sameType(from, to);
    default:
      return assertNever(from, 'type');
  }
}

/** Whether an argument converts to `target` without a CAST (signature matching). */
export function coercesTo(arg: ArgumentShape, target: SqlType): boolean {
  switch (arg.coercibility) {
    case 'untyped':
      return arg.type.kind !== 'array' || target.kind === 'array';
    case 'literal':
      return typeCoerces(arg.type, target, 'literal');
    case 'expression':
      return typeCoerces(arg.type, target, 'implicit');
    default:
      return assertNever(arg.coercibility, 'coercibility');
  }
}

/** Whether a value may be stored in / required as `target` (AnalyzeExpressionForAssignment). */
export function assignableTo(arg: ArgumentShape, target: SqlType): boolean {
  if (coercesTo(arg, target)) return true;
  return arg.coercibility !== 'untyped' && typeCoerces(arg.type, target, 'assignment');
}

/** The type every one of `types` implicitly coerces to, preferring one of them. */
function implicitSupertype(types: readonly SqlType[]): SqlType | null {
  const candidates = [...types];
  if (types.every(isNumeric)) candidates.push(FLOAT64);
  for (const candidate of candidates) {
    if (types.every((t) => typeCoerces(t, candidate, 'implicit'))) return candidate;
  }
  return null;
}

/**
 * The common supertype of `args` (CASE results, COALESCE, array elements, IN lists), or null if
 * there is none; 'untyped' when every argument is (the caller picks GoogleSQL's default, INT64).
 */
export function commonSupertype(args: readonly ArgumentShape[]): SqlType | null | 'untyped' {
  const expressions = args.filter((a) => a.coercibility === 'expression').map((a) => a.type);
  const typed = args.filter((a) => a.coercibility !== 'untyped');
  if (typed.length === 0) return 'untyped';
  const fits = (t: SqlType) => args.every((a) => coercesTo(a, t));
  // Columns decide first (`date_col = '2020-01-01'` compares DATEs); if the literals do not fit,
  // every typed argument counts (`int_col IN (1, 2.5)` compares FLOAT64s).
  if (expressions.length > 0) {
    const t = implicitSupertype(expressions);
    if (t !== null && fits(t)) return t;
  }
  const all = implicitSupertype(typed.map((a) => a.type));
  if (all !== null && fits(all)) return all;
  return typed.map((a) => a.type).find((t) => fits(t)) ?? null;
}
