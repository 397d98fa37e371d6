/**
 * FROM clause items: tables and array paths, subqueries, UNNEST, table-valued functions and joins.
 * A dotted path may name a table (`sch.T`) or an array to unnest (`t.arr`): the parser cannot
 * tell, so both are a TableRef and the analyzer decides.
 */

import type { Expression, FunctionArgument } from './expression';
import type { Hint, Identifier, PathName, SourceSpan } from './node';
import type { Query } from './query';

interface Node {
  readonly loc: SourceSpan;
}

export interface TableSample extends Node {
  readonly kind: 'tableSample';
  readonly method: 'BERNOULLI' | 'RESERVOIR';
  readonly size: Expression;
  readonly unit: 'PERCENT' | 'ROWS';
  /** The seed of `REPEATABLE(seed)`. */
  readonly repeatable: Expression | null;
}

/** `WITH OFFSET [AS alias]` after UNNEST or an array path. */
export interface WithOffset extends Node {
  readonly kind: 'withOffset';
  readonly alias: Identifier | null;
}

export interface TableRef extends Node {
  readonly kind: 'tableRef';
  readonly path: PathName;
  readonly hint: Hint | null;
  readonly alias: Identifier | null;
  readonly withOffset: WithOffset | null;
  readonly sample: TableSample | null;
}

export interface SubqueryRef extends Node {
  readonly kind: 'subqueryRef';
  readonly query: Query;
  readonly hint: Hint | null;
  readonly alias: Identifier | null;
  readonly sample: TableSample | null;
}

export interface UnnestRef extends Node {
  readonly kind: 'unnestRef';
  readonly array: Expression;
  readonly hint: Hint | null;
  readonly alias: Identifier | null;
  readonly withOffset: WithOffset | null;
  readonly sample: TableSample | null;
}

/** A table-valued function such as `ML.PREDICT(MODEL m, TABLE t)`. */
export interface TvfRef extends Node {
  readonly kind: 'tvfRef';
  readonly name: PathName;
  readonly safe: boolean;
  readonly args: readonly FunctionArgument[];
  readonly hint: Hint | null;
  readonly alias: Identifier | null;
  readonly sample: TableSample | null;
}

export type JoinType = 'INNER' | 'CROSS' | 'COMMA' | 'LEFT' | 'RIGHT' | 'FULL';

export interface Join extends Node {
  readonly kind: 'join';
  readonly joinType: JoinType;
  /** `HASH JOIN` / `LOOKUP JOIN`. */
  readonly method: 'HASH' | 'LOOKUP' | null;
  readonly hint: Hint | null;
  readonly left: FromItem;
  readonly right: FromItem;
  readonly on: Expression | null;
  readonly using: readonly Identifier[] | null;
}

export type FromItem = TableRef | SubqueryRef | UnnestRef | TvfRef | Join;
