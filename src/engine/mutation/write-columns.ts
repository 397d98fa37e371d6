/**
 * The rules on which columns a write mutation may (or must) give, checked once per mutation
 * before any of its rows, in the official emulator's order: key columns with a DEFAULT must be
 * given to an update, generated key columns must be given or computable from the columns given
 * (a dependency with a DEFAULT counts as given); an insert, insert_or_update or replace must give
 * every NOT NULL column that has no DEFAULT and is not generated; generated columns cannot be
 * written, except a generated key column by an update (which must match what it computes to,
 * evaluated-columns.ts). Identity columns count as columns with a DEFAULT.
 */
import {
  cannotWriteToGeneratedColumn,
  defaultKeyNeedsExplicitValue,
  generatedKeyDependenciesMissing,
  generatedKeyNeedsExplicitValue,
  notNullColumnMissingFromInsert,
} from '../../errors/row-write-errors';
import { findColumn, isKeyColumn } from '../schema/catalog/catalog-lookup';
import { nameKey } from '../schema/catalog/named-map';
import type { Column, Table } from '../schema/catalog/table';
import { columnDependencies } from '../schema/constraints/table-scope';
import type { WriteKind } from './mutation';

/** `given`: the lower-cased names of the columns the mutation writes. */
export function checkWriteColumns(table: Table, kind: WriteKind, given: ReadonlySet<string>): void {
  checkEvaluatedKeys(table, kind, given);
  if (kind !== 'update') checkNotNullColumnsGiven(table, given);
  for (const column of table.columns) {
    if (column.generated === null || !given.has(nameKey(column.name))) continue;
    if (!isKeyColumn(table, column.name) || kind !== 'update')
      throw cannotWriteToGeneratedColumn(table.name, column.name);
  }
}

/** A DEFAULT (or identity) supplies the column's value on insert. */
export function hasDefault(column: Column): boolean {
  return column.defaultValue !== null || column.identity !== null;
}

function checkEvaluatedKeys(table: Table, kind: WriteKind, given: ReadonlySet<string>): void {
  for (const part of table.primaryKey) {
    const column = findColumn(table, part.column)!;
    if (given.has(nameKey(column.name))) continue;
    if (hasDefault(column) && kind === 'update') {
      throw defaultKeyNeedsExplicitValue(`${table.name}.${column.name}`, 'UPDATE');
    }
    if (column.generated !== null && !dependenciesGiven(table, column, given)) {
      if (kind === 'update') throw generatedKeyNeedsExplicitValue(`${table.name}.${column.name}`);
      throw generatedKeyDependenciesMissing(`${table.name}.${column.name}`);
    }
  }
}

/** Every column a generated key column reads is given, has a DEFAULT, or is such a key column. */
function dependenciesGiven(table: Table, column: Column, given: ReadonlySet<string>): boolean {
  return columnDependencies(column.generated!.expression).every((name) => {
    const dependency = findColumn(table, name);
    if (dependency === undefined || hasDefault(dependency)) return true;
    if (dependency.generated !== null && isKeyColumn(table, dependency.name)) {
      return dependenciesGiven(table, dependency, given);
    }
    return given.has(nameKey(dependency.name));
  });
}

function checkNotNullColumnsGiven(table: Table, given: ReadonlySet<string>): void {
  for (const column of table.columns) {
    if (!column.notNull || column.generated !== null || hasDefault(column)) continue;
    if (!given.has(nameKey(column.name))) throw notNullColumnMissingFromInsert(table.name, column.name);
  }
}
