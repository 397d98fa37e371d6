/**
 * Expression nodes: literals, names and paths, operators, special forms (CASE, CAST, EXTRACT,
 * INTERVAL, WITH), constructors, function calls with their aggregate modifiers, and subqueries.
 * Syntax only: no types or resolved names; `a.b.c` stays a path for the analyzer to split into
 * table, column and fields.
 */

import type { Identifier, PathName, SourceSpan } from './node';
import type { FunctionCall } from './function-call';
import type { Query } from './query';
import type { ArrayType, StructType, TypeNode } from './type';

interface Node {
  readonly loc: SourceSpan;
}

export interface NullLiteral extends Node {
  readonly kind: 'nullLiteral';
}
export interface BoolLiteral extends Node {
  readonly kind: 'boolLiteral';
  readonly value: boolean;
}
/** Text as written (`123`, `0xABC`); converted by the analyzer, which reports overflow. */
export interface IntLiteral extends Node {
  readonly kind: 'intLiteral';
  readonly text: string;
}
export interface FloatLiteral extends Node {
  readonly kind: 'floatLiteral';
  readonly text: string;
}
export interface StringLiteral extends Node {
  readonly kind: 'stringLiteral';
  readonly value: string;
}
export interface BytesLiteral extends Node {
  readonly kind: 'bytesLiteral';
  readonly value: Uint8Array;
}

export type TypedLiteralType = 'DATE' | 'TIMESTAMP' | 'NUMERIC' | 'BIGNUMERIC' | 'JSON';
/** `DATE '2020-01-01'`, `JSON '{}'`...: the string is kept for the analyzer to parse. */
export interface TypedLiteral extends Node {
  readonly kind: 'typedLiteral';
  readonly type: TypedLiteralType;
  readonly value: string;
}

export interface Parameter extends Node {
  readonly kind: 'parameter';
  readonly name: string;
}
export interface SystemVariable extends Node {
  readonly kind: 'systemVariable';
  readonly name: string;
}

/** A bare or dotted name (`col`, `t.col`, `t.col.field`). */
export interface PathExpression extends Node {
  readonly kind: 'path';
  readonly parts: readonly Identifier[];
}

/** `.field` on anything that is not a plain path (`f(x).a`, `(x).a`, `arr[OFFSET(0)].b`). */
export interface FieldAccess extends Node {
  readonly kind: 'fieldAccess';
  readonly object: Expression;
  readonly field: Identifier;
}

export type SubscriptMode = 'OFFSET' | 'SAFE_OFFSET' | 'ORDINAL' | 'SAFE_ORDINAL';

/** `a[OFFSET(i)]`, `a[SAFE_ORDINAL(i)]`, or plain `a[i]` (mode null; also JSON and STRUCT subscripts). */
export interface Subscript extends Node {
  readonly kind: 'subscript';
  readonly object: Expression;
  readonly index: Expression;
  readonly mode: SubscriptMode | null;
}

export type UnaryOperator = '-' | '+' | '~' | 'NOT';
export interface UnaryExpression extends Node {
  readonly kind: 'unary';
  readonly op: UnaryOperator;
  readonly operand: Expression;
}

/** `<>` is read as `!=`: they mean the same. */
export type BinaryOperator =
  | '*'
  | '/'
  | '||'
  | '+'
  | '-'
  | '<<'
  | '>>'
  | '&'
  | '^'
  | '|'
  | '='
  | '!='
  | '<'
  | '>'
  | '<='
  | '>='
  | 'LIKE'
  | 'NOT LIKE';

export interface BinaryExpression extends Node {
  readonly kind: 'binary';
  readonly op: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
}

/** AND and OR are n-ary so that long generated chains do not make a deep tree. */
export interface AndExpression extends Node {
  readonly kind: 'and';
  readonly operands: readonly Expression[];
}
export interface OrExpression extends Node {
  readonly kind: 'or';
  readonly operands: readonly Expression[];
}

export interface BetweenExpression extends Node {
  readonly kind: 'between';
  readonly not: boolean;
  readonly operand: Expression;
  readonly low: Expression;
  readonly high: Expression;
}

export interface InListExpression extends Node {
  readonly kind: 'inList';
  readonly not: boolean;
  readonly operand: Expression;
  readonly values: readonly Expression[];
}

export interface InSubqueryExpression extends Node {
  readonly kind: 'inSubquery';
  readonly not: boolean;
  readonly operand: Expression;
  readonly query: Query;
}

export interface InUnnestExpression extends Node {
  readonly kind: 'inUnnest';
  readonly not: boolean;
  readonly operand: Expression;
  readonly array: Expression;
}

/** `x IS [NOT] NULL | TRUE | FALSE`. */
export interface IsExpression extends Node {
  readonly kind: 'is';
  readonly not: boolean;
  readonly operand: Expression;
  readonly value: 'NULL' | 'TRUE' | 'FALSE';
}

export interface IsDistinctFromExpression extends Node {
  readonly kind: 'isDistinctFrom';
  readonly not: boolean;
  readonly left: Expression;
  readonly right: Expression;
}

export interface CaseWhen extends Node {
  readonly kind: 'caseWhen';
  readonly condition: Expression;
  readonly result: Expression;
}

/** Both forms: `CASE x WHEN ...` (operand set) and `CASE WHEN cond ...` (operand null). */
export interface CaseExpression extends Node {
  readonly kind: 'case';
  readonly operand: Expression | null;
  readonly whens: readonly CaseWhen[];
  readonly else: Expression | null;
}

export interface CastExpression extends Node {
  readonly kind: 'cast';
  readonly safe: boolean;
  readonly expr: Expression;
  readonly type: TypeNode;
  /** `CAST(x AS STRING FORMAT 'YYYY')`. */
  readonly format: Expression | null;
}

/** `EXTRACT(part FROM expr [AT TIME ZONE tz])`; `part` upper-cased, `WEEK(MONDAY)` keeps its weekday. */
export interface ExtractExpression extends Node {
  readonly kind: 'extract';
  readonly part: string;
  readonly weekday: string | null;
  readonly expr: Expression;
  readonly timeZone: Expression | null;
}

/** `INTERVAL value part [TO part]`; parts upper-cased. */
export interface IntervalExpression extends Node {
  readonly kind: 'interval';
  readonly value: Expression;
  readonly part: string;
  readonly toPart: string | null;
}

/** `[1, 2]`, `ARRAY[1]`, `ARRAY<INT64>[]`. */
export interface ArrayLiteral extends Node {
  readonly kind: 'arrayLiteral';
  readonly type: ArrayType | null;
  readonly elements: readonly Expression[];
}

export interface StructField extends Node {
  readonly kind: 'structField';
  readonly expr: Expression;
  readonly alias: Identifier | null;
}

/** `STRUCT(1 AS a)`, `STRUCT<a INT64>(1)` and the tuple form `(1, 'x')`. */
export interface StructLiteral extends Node {
  readonly kind: 'structLiteral';
  readonly type: StructType | null;
  readonly fields: readonly StructField[];
}

/** `(SELECT ...)` used as a value. */
export interface SubqueryExpression extends Node {
  readonly kind: 'subquery';
  readonly query: Query;
}
export interface ArraySubquery extends Node {
  readonly kind: 'arraySubquery';
  readonly query: Query;
}
export interface ExistsExpression extends Node {
  readonly kind: 'exists';
  readonly query: Query;
}

export interface WithBinding extends Node {
  readonly kind: 'withBinding';
  readonly name: Identifier;
  readonly expr: Expression;
}

/** `WITH(a AS x, b AS f(a), result)`. */
export interface WithExpression extends Node {
  readonly kind: 'withExpression';
  readonly bindings: readonly WithBinding[];
  readonly result: Expression;
}

/** `NEW path(expr [AS alias], ...)`. */
export interface NewConstructor extends Node {
  readonly kind: 'newConstructor';
  readonly type: PathName;
  readonly args: readonly StructField[];
}

/** One `name: value` of a braced constructor; `extension` when written `(path): value`. */
export interface BracedField extends Node {
  readonly kind: 'bracedField';
  readonly name: PathName;
  readonly extension: boolean;
  readonly value: Expression;
}

/** `NEW path { ... }`, or a nested `{ ... }` inside one (type null). */
export interface BracedConstructor extends Node {
  readonly kind: 'bracedConstructor';
  readonly type: PathName | null;
  readonly fields: readonly BracedField[];
}

export type Expression =
  | NullLiteral
  | BoolLiteral
  | IntLiteral
  | FloatLiteral
  | StringLiteral
  | BytesLiteral
  | TypedLiteral
  | Parameter
  | SystemVariable
  | PathExpression
  | FieldAccess
  | Subscript
  | UnaryExpression
  | BinaryExpression
  | AndExpression
  | OrExpression
  | BetweenExpression
  | InListExpression
  | InSubqueryExpression
  | InUnnestExpression
  | IsExpression
  | IsDistinctFromExpression
  | CaseExpression
  | CastExpression
  | ExtractExpression
  | IntervalExpression
  | ArrayLiteral
  | StructLiteral
  | FunctionCall
  | SubqueryExpression
  | ArraySubquery
  | ExistsExpression
  | WithExpression
  | NewConstructor
  | BracedConstructor;

export type {
  AggregateHaving,
  AliasedArgument,
  FunctionArgument,
  FunctionCall,
  LambdaArgument,
  NamedArgument,
  ObjectArgument,
} from './function-call';
