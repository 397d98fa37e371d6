/**
 * The hidden indexes that back foreign keys. A referenced side needs a unique index unless its
 * columns are exactly the primary key; an enforced referencing side needs one unless its columns
 * are a NOT NULL prefix of its primary key in the same order. Indexes are named from their table,
 * columns and kind, so foreign keys over the same columns share one; an index is dropped with the
 * last foreign key using it.
 */

import { uniqueIndexViolationOnIndexCreation } from '../../../errors/index-errors';
import type { Catalog } from '../catalog/catalog';
import { findColumn, findIndex } from '../catalog/catalog-lookup';
import { withIndex, withoutIndex } from '../catalog/catalog-updates';
import { nameKey, namedValues, sameName } from '../catalog/named-map';
import type { Index } from '../catalog/schema-objects';
import type { ForeignKey, Table } from '../catalog/table';
import type { ApplyContext } from '../ddl/apply-context';
import { managedIndexName } from './constraint-names';

export interface ReferencedKeyPlan {
  /** Positions into the foreign key's column lists, in index key order. */
  readonly order: readonly number[];
  readonly indexRequired: boolean;
}

/** Orders the referenced columns along the primary key, then the table's column order. */
export function planReferencedIndex(table: Table, columns: readonly string[]): ReferencedKeyPlan {
  const position = (name: string) => columns.findIndex((c) => sameName(c, name));
  const order: number[] = [];
  for (const key of table.primaryKey) {
    const at = position(key.column);
    if (at < 0) break;
    order.push(at);
    if (order.length === columns.length) return { order, indexRequired: table.primaryKey.length !== columns.length };
  }
  for (const column of table.columns) {
    const at = position(column.name);
    if (at >= 0 && !order.includes(at)) order.push(at);
    if (order.length === columns.length) break;
  }
  return { order, indexRequired: order.length === columns.length };
}

/** Whether the referencing side needs its own index (columns not usable as a primary key prefix). */
export function referencingIndexRequired(table: Table, columns: readonly string[], order: readonly number[]): boolean {
  if (order.length !== columns.length) return false;
  if (columns.length > table.primaryKey.length) return true;
  if (columns.some((c) => !findColumn(table, c)?.notNull)) return true;
  const positions = new Map(columns.map((c, i) => [nameKey(c), order[i]]));
  let matching = 0;
  for (const key of table.primaryKey) {
    if (positions.get(nameKey(key.column)) !== matching) break;
    matching++;
  }
  return matching !== columns.length;
}

/** The backing index over `columns` of `table`, created unless an identical one exists. */
export function ensureManagedIndex(
  catalog: Catalog,
  table: Table,
  columns: readonly string[],
  unique: boolean,
  ctx: ApplyContext,
): { catalog: Catalog; name: string } {
  const nullFiltered = columns.some((c) => !findColumn(table, c)?.notNull);
  const name = managedIndexName(table.name, columns, nullFiltered, unique);
  if (findIndex(catalog, name) !== undefined) return { catalog, name };
  const duplicate = unique ? ctx.data.findDuplicateValues(table.name, columns, nullFiltered) : null;
  if (duplicate !== null) throw uniqueIndexViolationOnIndexCreation(name, duplicate);
  const canInterleave =
    table.primaryKey.length <= columns.length && table.primaryKey.every((k, i) => sameName(k.column, columns[i]));
  const index: Index = {
    kind: 'index',
    name,
    table: table.name,
    unique,
    nullFiltered,
    keys: columns.map((c) => ({
      column: c,
      direction: table.primaryKey.find((k) => sameName(k.column, c))?.direction ?? 'ASC',
    })),
    storing: [],
    partitionBy: [],
    orderBy: [],
    whereNotNull: [],
    interleaveIn: canInterleave ? table.name : null,
    options: [],
    managed: true,
  };
  return { catalog: withIndex(catalog, index), name };
}

/** Every foreign key of the catalog, with the table that holds it. */
export function allForeignKeys(catalog: Catalog): { table: Table; fk: ForeignKey }[] {
  return namedValues(catalog.tables).flatMap((table) => table.foreignKeys.map((fk) => ({ table, fk })));
}

/** Drops managed indexes no foreign key of `catalog` uses any more. */
export function dropUnusedManagedIndexes(catalog: Catalog): Catalog {
  const used = new Set(
    allForeignKeys(catalog).flatMap(({ fk }) =>
      [fk.referencingIndex, fk.referencedIndex].filter((n): n is string => n !== null).map(nameKey),
    ),
  );
  let next = catalog;
  for (const index of namedValues(catalog.indexes)) {
    if (index.managed && !used.has(nameKey(index.name))) next = withoutIndex(next, index.name);
  }
  return next;
}
