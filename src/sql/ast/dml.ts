/**
 * DML nodes: INSERT (OR IGNORE / OR UPDATE, VALUES or query, ON CONFLICT), UPDATE (including
 * nested DML on array fields), DELETE, and THEN RETURN. Syntax only: table and column
 * resolution and Spanner's restrictions are the analyzer's.
 */

import type { Expression } from './expression';
import type { Hint, Identifier, PathName, SourceSpan } from './node';
import type { Query, SelectItem } from './query';

interface Node {
  readonly loc: SourceSpan;
}

/** `DEFAULT` where a value may be written (VALUES rows, SET items). */
export interface DefaultValue extends Node {
  readonly kind: 'default';
}

export type ValueOrDefault = Expression | DefaultValue;

export interface ValuesRow extends Node {
  readonly kind: 'valuesRow';
  readonly values: readonly ValueOrDefault[];
}

export interface InsertValues extends Node {
  readonly kind: 'insertValues';
  readonly rows: readonly ValuesRow[];
}

export interface InsertQuery extends Node {
  readonly kind: 'insertQuery';
  readonly query: Query;
}

export interface ThenReturn extends Node {
  readonly kind: 'thenReturn';
  /** `WITH ACTION [AS alias]`: null when absent; `alias` null when written without AS. */
  readonly withAction: { readonly alias: Identifier | null } | null;
  readonly columns: readonly SelectItem[];
}

export interface SetItem extends Node {
  readonly kind: 'setItem';
  /** A column or field path (`col`, `t.col`, `s.Albums.tracks`). */
  readonly target: PathName;
  readonly value: ValueOrDefault;
}

/** `(INSERT ...)`, `(UPDATE ...)` or `(DELETE ...)` on an array field inside UPDATE ... SET. */
export interface NestedDml extends Node {
  readonly kind: 'nestedDml';
  readonly statement: DmlStatement;
}

export type UpdateItem = SetItem | NestedDml;

export type ConflictTarget =
  | { readonly kind: 'conflictColumns'; readonly columns: readonly Identifier[]; readonly loc: SourceSpan }
  | { readonly kind: 'conflictConstraint'; readonly name: Identifier; readonly loc: SourceSpan };

export type ConflictAction =
  | { readonly kind: 'doNothing'; readonly loc: SourceSpan }
  | {
      readonly kind: 'doUpdate';
      readonly items: readonly UpdateItem[];
      readonly where: Expression | null;
      readonly loc: SourceSpan;
    };

export interface OnConflict extends Node {
  readonly kind: 'onConflict';
  readonly target: ConflictTarget | null;
  readonly action: ConflictAction;
}

/** Options every DML statement shares. `hint` is the statement hint (null when nested). */
interface DmlCommon extends Node {
  readonly hint: Hint | null;
  readonly table: PathName;
  readonly tableHint: Hint | null;
  readonly assertRowsModified: Expression | null;
  readonly thenReturn: ThenReturn | null;
}

export interface InsertStatement extends DmlCommon {
  readonly kind: 'insert';
  readonly mode: 'IGNORE' | 'UPDATE' | null;
  /** `INSERT INTO t AS alias`: names the existing row in ON CONFLICT DO UPDATE. */
  readonly alias: Identifier | null;
  readonly columns: readonly Identifier[] | null;
  readonly source: InsertValues | InsertQuery;
  readonly onConflict: OnConflict | null;
}

export interface UpdateStatement extends DmlCommon {
  readonly kind: 'update';
  readonly alias: Identifier | null;
  readonly items: readonly UpdateItem[];
  readonly where: Expression | null;
}

export interface DeleteStatement extends DmlCommon {
  readonly kind: 'delete';
  readonly alias: Identifier | null;
  readonly where: Expression | null;
}

export type DmlStatement = InsertStatement | UpdateStatement | DeleteStatement;
