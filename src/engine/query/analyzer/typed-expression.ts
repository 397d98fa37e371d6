/**
 * The analyzer's output: a resolved, typed expression tree. Every node carries its result type;
 * names are bound to scope columns; operators and functions are calls to a function id from the
 * signature catalog (`$add`, `$equal`, `concat`...), so an executor compiles one node kind for
 * all of them. Plain immutable data; nothing here evaluates.
 */

import { assertNever } from '../../../errors/assert-never';
import type { Query } from '../../../sql/ast/query';
import type { SqlType } from './sql-type';
import type { SqlValue } from './sql-value';

/**
 * How freely an argument converts to another type when matching a signature, as in GoogleSQL:
 * untyped NULLs, `[]` and undeclared parameters take any type; literals also convert where a
 * column of the same type would not (a string literal to DATE, a float literal to NUMERIC).
 */
export type Coercibility = 'untyped' | 'literal' | 'expression';

interface TypedNode {
  readonly type: SqlType;
  readonly coercibility: Coercibility;
}

export interface TypedLiteral extends TypedNode {
  readonly kind: 'literal';
  readonly value: SqlValue;
}

export interface TypedParameter extends TypedNode {
  readonly kind: 'parameter';
  readonly name: string;
}

/** A column of the scope, by its position there (and its name as declared, for messages). */
export interface TypedColumnRef extends TypedNode {
  readonly kind: 'column';
  readonly index: number;
  readonly name: string;
}

/** An operator or function call, resolved to one signature of the function catalog. */
export interface TypedCall extends TypedNode {
  readonly kind: 'call';
  /** Function id: lower-case name, `$`-prefixed for operators (`$add`, `$case_no_value`). */
  readonly fn: string;
  /** `SAFE.` prefix: errors become NULL. */
  readonly safe: boolean;
  readonly args: readonly TypedExpression[];
  /** `name => value` arguments, by lower-case name, in the order written. */
  readonly namedArgs: readonly TypedNamedArgument[];
}

export interface TypedNamedArgument {
  readonly name: string;
  readonly value: TypedExpression;
}

/** A schema object passed by name (`GET_NEXT_SEQUENCE_VALUE(SEQUENCE s)`), resolved by the caller. */
export interface TypedSchemaObject extends TypedNode {
  readonly kind: 'schemaObject';
  readonly objectKind: 'SEQUENCE' | 'MODEL' | 'TABLE';
  /** The object's name as the schema spells it. */
  readonly name: string;
}

export interface TypedCast extends TypedNode {
  readonly kind: 'cast';
  readonly safe: boolean;
  readonly expr: TypedExpression;
  readonly format: TypedExpression | null;
}

export interface TypedFieldAccess extends TypedNode {
  readonly kind: 'fieldAccess';
  readonly object: TypedExpression;
  readonly fieldIndex: number;
}

export interface TypedMakeStruct extends TypedNode {
  readonly kind: 'makeStruct';
  readonly fields: readonly TypedExpression[];
}

/** A date part written as a keyword argument: `DATE_TRUNC(d, MONTH)`, `EXTRACT(YEAR FROM ts)`. */
export interface TypedDatePart extends TypedNode {
  readonly kind: 'datePart';
  readonly part: string;
  /** `WEEK(MONDAY)`. */
  readonly weekday: string | null;
}

/** `INTERVAL n part`, only as the argument of DATE_ADD and friends. */
export interface TypedIntervalArg extends TypedNode {
  readonly kind: 'intervalArg';
  readonly value: TypedExpression;
  readonly part: string;
}

/**
 * A subquery left unanalyzed beyond its result type, for contexts that reject subqueries after
 * typing (column expressions). The query analyzer will replace this with a resolved query.
 */
export interface TypedSubquery extends TypedNode {
  readonly kind: 'subquery';
  readonly form: 'scalar' | 'array' | 'exists' | 'in';
  readonly query: Query;
  /** The IN operand, analyzed. */
  readonly operand: TypedExpression | null;
}

export type TypedExpression =
  | TypedLiteral
  | TypedParameter
  | TypedColumnRef
  | TypedCall
  | TypedCast
  | TypedFieldAccess
  | TypedMakeStruct
  | TypedDatePart
  | TypedIntervalArg
  | TypedSubquery
  | TypedSchemaObject;

/** Direct children, in evaluation order; for walks that do not care about node kinds. */
export function childrenOf(e: TypedExpression): readonly TypedExpression[] {
  switch (e.kind) {
    case 'literal':
    case 'parameter':
    case 'column':
    case 'datePart':
    case 'schemaObject':
      return [];
    case 'call':
      return e.namedArgs.length === 0 ? e.args : [...e.args, ...e.namedArgs.map((a) => a.value)];
    case 'cast':
      return e.format === null ? [e.expr] : [e.expr, e.format];
    case 'fieldAccess':
      return [e.object];
    case 'makeStruct':
      return e.fields;
    case 'intervalArg':
      return [e.value];
    case 'subquery':
      return e.operand === null ? [] : [e.operand];
    default:
      return assertNever(e, 'typed expression');
  }
}
