/**
 * Name scopes of a view query, as GoogleSQL resolves them in strict name resolution mode: range
 * variables (a FROM item's alias) whose columns are reached as `alias.column`, plain names
 * (lambda parameters, WITH-expression bindings, select-list aliases where they are visible), and
 * the enclosing query's scope for correlated subqueries. Types are null where this analysis
 * cannot tell them. Lookups only; what a missing name means is the resolver's call.
 */

import type { SchemaObjectRef } from '../../catalog/dependencies';
import type { SqlType } from '../../../query/analyzer/sql-type';

/** A column of a range variable, with the schema object reading it depends on. */
export interface ScopeColumn {
  readonly name: string;
  readonly type: SqlType | null;
  readonly ref: SchemaObjectRef | null;
}

/**
 * A FROM item in scope. `alias` is null for an unaliased subquery, whose columns can only be
 * reached unqualified or through `*`. A value range variable (UNNEST element, value-table
 * subquery) stands for one value: `alias` itself, `alias.field` its fields.
 */
export interface RangeVariable {
  readonly alias: string | null;
  readonly columns: readonly ScopeColumn[];
  /**
   * A subquery's columns are its select list's, which strict mode lets a query name bare; a
   * table's or a view's columns always need the qualifier.
   */
  readonly bareColumns?: boolean;
  readonly value: { readonly type: SqlType | null } | null;
  /** Columns unknown to this analysis (a table-valued function's): any `alias.name` is accepted. */
  readonly opaque: boolean;
}

/** A query's output column; `name` null when GoogleSQL would give it an internal name. */
export interface OutputColumn {
  readonly name: string | null;
  readonly type: SqlType | null;
}

export interface NameList {
  readonly columns: readonly OutputColumn[];
  /** SELECT AS STRUCT / AS VALUE: one value per row, its columns need no names. */
  readonly valueTable: boolean;
}

/**
 * The column name a value-table view (SELECT AS VALUE / AS STRUCT) stores for its one anonymous
 * column; queries reading such a view see one value, not named columns.
 */
export const VALUE_TABLE_COLUMN = '$value';

export class Scope {
  constructor(
    readonly variables: readonly RangeVariable[],
    readonly names: ReadonlyMap<string, SqlType | null>,
    readonly parent: Scope | null,
  ) {}

  static root(): Scope {
    return new Scope([], new Map(), null);
  }

  /** A scope for a nested query: sees this one's names as correlated references. */
  child(variables: readonly RangeVariable[]): Scope {
    return new Scope(variables, new Map(), this);
  }

  /** The same level with more range variables (FROM items to the right see those to the left). */
  extend(variables: readonly RangeVariable[]): Scope {
    return new Scope([...this.variables, ...variables], this.names, this.parent);
  }

  /** The same range variables with extra plain names (lambda parameters, aliases). */
  withNames(names: ReadonlyMap<string, SqlType | null>): Scope {
    const merged = new Map(this.names);
    for (const [k, v] of names) merged.set(k.toLowerCase(), v);
    return new Scope(this.variables, merged, this.parent);
  }

  findVariable(name: string): RangeVariable | undefined {
    const key = name.toLowerCase();
    for (let scope: Scope | null = this; scope !== null; scope = scope.parent) {
      const found = scope.variables.find((v) => v.alias !== null && v.alias.toLowerCase() === key);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** A plain name's type; undefined when no such name is visible. */
  findName(name: string): { type: SqlType | null } | undefined {
    const key = name.toLowerCase();
    for (let scope: Scope | null = this; scope !== null; scope = scope.parent) {
      if (scope.names.has(key)) return { type: scope.names.get(key) ?? null };
    }
    return undefined;
  }

  /**
   * The range variables of the nearest level that has a column of that name: one with
   * `bareColumns` resolves a bare name, several are ambiguous, a table's needs its qualifier.
   */
  variablesWithColumn(name: string): readonly RangeVariable[] {
    const key = name.toLowerCase();
    for (let scope: Scope | null = this; scope !== null; scope = scope.parent) {
      const found = scope.variables.filter(
        (v) => v.value === null && v.columns.some((c) => c.name.toLowerCase() === key),
      );
      if (found.length > 0) return found;
    }
    return [];
  }
}

export function findScopeColumn(variable: RangeVariable, name: string): ScopeColumn | undefined {
  const key = name.toLowerCase();
  return variable.columns.find((c) => c.name.toLowerCase() === key);
}
