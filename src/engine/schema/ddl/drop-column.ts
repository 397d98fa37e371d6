/**
 * ALTER TABLE DROP COLUMN: refused for key columns, the row deletion policy's column, columns an
 * index uses, and columns other objects depend on (asked of the constraints and objects code).
 */

import { invalidDropColumnWithDependency } from '../../../errors/index-errors';
import { invalidDropKeyColumn, rowDeletionPolicyWillBreak } from '../../../errors/schema-alter-errors';
import type { Catalog } from '../catalog/catalog';
import { indexesOnTable, isKeyColumn, requireColumn } from '../catalog/catalog-lookup';
import { updateTable } from '../catalog/catalog-updates';
import { sameName } from '../catalog/named-map';
import type { Index } from '../catalog/schema-objects';
import type { Table } from '../catalog/table';
import { checkColumnDropByConstraints } from '../constraints/constraint-dependents';
import { checkColumnDropByObjects } from '../objects/object-dependents';
import type { ApplyContext } from './apply-context';

export function dropColumn(catalog: Catalog, table: Table, columnName: string, ctx: ApplyContext): Catalog {
  void ctx;
  const column = requireColumn(table, columnName);
  checkColumnDropByObjects(catalog, table.name, column.name);
  if (isKeyColumn(table, column.name)) throw invalidDropKeyColumn(column.name, table.name);
  if (table.rowDeletionPolicy !== null && sameName(table.rowDeletionPolicy.column, column.name)) {
    throw rowDeletionPolicyWillBreak(column.name, table.name);
  }
  checkColumnDropByConstraints(catalog, table.name, column.name);
  const index = indexesOnTable(catalog, table.name).find((i) => !i.managed && indexUsesColumn(i, column.name));
  if (index !== undefined) throw invalidDropColumnWithDependency(column.name, table.name, index.name);
  return updateTable(catalog, table.name, (t) => ({ ...t, columns: t.columns.filter((c) => c !== column) }));
}

/** Whether the index stores, keys, partitions, orders or filters on the column. */
export function indexUsesColumn(index: Index, column: string): boolean {
  const names = [
    ...index.keys.map((k) => k.column),
    ...index.storing,
    ...index.partitionBy,
    ...index.orderBy.map((k) => k.column),
    ...index.whereNotNull,
  ];
  return names.some((n) => sameName(n, column));
}
