/**
 * Query nodes: the query with its WITH, ORDER BY, LIMIT and FOR UPDATE; SELECT and its clauses;
 * set operations. FROM items live in from.ts. Parentheses leave no node: a parenthesised query
 * with its own WITH, ORDER BY or LIMIT is a nested Query, a bare one is just its body.
 */

import type { Expression } from './expression';
import type { FromItem } from './from';
import type { Hint, Identifier, PathName, SourceSpan } from './node';

interface Node {
  readonly loc: SourceSpan;
}

export interface Cte extends Node {
  readonly kind: 'cte';
  readonly name: Identifier;
  readonly query: Query;
}

export interface WithClause extends Node {
  readonly kind: 'with';
  readonly recursive: boolean;
  readonly ctes: readonly Cte[];
}

export interface OrderByItem extends Node {
  readonly kind: 'orderByItem';
  readonly expr: Expression;
  /** The collation name of `COLLATE 'name'`. */
  readonly collate: string | null;
  readonly direction: 'ASC' | 'DESC' | null;
  readonly nulls: 'FIRST' | 'LAST' | null;
}

export interface LimitClause extends Node {
  readonly kind: 'limit';
  readonly count: Expression;
  readonly offset: Expression | null;
}

export interface Query extends Node {
  readonly kind: 'query';
  readonly with: WithClause | null;
  readonly body: QueryExpression;
  readonly orderBy: readonly OrderByItem[] | null;
  readonly limit: LimitClause | null;
  readonly forUpdate: boolean;
}

/** UNION / INTERSECT / EXCEPT, n-ary over a chain of the same operator. */
export interface SetOperation extends Node {
  readonly kind: 'setOperation';
  readonly op: 'UNION' | 'INTERSECT' | 'EXCEPT';
  readonly distinct: boolean;
  readonly inputs: readonly QueryExpression[];
}

/** A query made of a FROM clause alone (`FROM Singers`), which means `SELECT *`. */
export interface FromQuery extends Node {
  readonly kind: 'fromQuery';
  readonly from: FromItem;
}

export type QueryExpression = Select | SetOperation | Query | FromQuery;

/** `SELECT AS STRUCT`, `SELECT AS VALUE`, `SELECT AS some.ProtoType`. */
export type SelectAs =
  | { readonly kind: 'asStruct'; readonly loc: SourceSpan }
  | { readonly kind: 'asValue'; readonly loc: SourceSpan }
  | { readonly kind: 'asTypeName'; readonly path: PathName; readonly loc: SourceSpan };

export interface SelectColumn extends Node {
  readonly kind: 'selectColumn';
  readonly expr: Expression;
  readonly alias: Identifier | null;
}

export interface StarReplacement extends Node {
  readonly kind: 'starReplacement';
  readonly expr: Expression;
  readonly alias: Identifier;
}

export interface SelectStar extends Node {
  readonly kind: 'selectStar';
  readonly except: readonly Identifier[] | null;
  readonly replace: readonly StarReplacement[] | null;
}

/** `t.*`, `expr.*` with optional EXCEPT / REPLACE. */
export interface SelectDotStar extends Node {
  readonly kind: 'selectDotStar';
  readonly expr: Expression;
  readonly except: readonly Identifier[] | null;
  readonly replace: readonly StarReplacement[] | null;
}

export type SelectItem = SelectColumn | SelectStar | SelectDotStar;

export interface Rollup extends Node {
  readonly kind: 'rollup';
  readonly items: readonly Expression[];
}

export interface GroupBy extends Node {
  readonly kind: 'groupBy';
  readonly hint: Hint | null;
  readonly items: readonly (Expression | Rollup)[];
}

export interface Select extends Node {
  readonly kind: 'select';
  readonly distinct: boolean;
  readonly selectAs: SelectAs | null;
  readonly columns: readonly SelectItem[];
  readonly from: FromItem | null;
  readonly where: Expression | null;
  readonly groupBy: GroupBy | null;
  readonly having: Expression | null;
}
