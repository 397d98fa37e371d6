/**
 * FOREIGN KEY constraints: the referenced table and columns must exist, pair up in number and
 * type, be of key-able types, not repeat and not be commit timestamp columns. Unnamed ones get
 * Spanner's generated `FK_...` name; backing indexes are created where the primary keys cannot
 * serve (foreign-key-indexes.ts). Adding one to a table with rows checks those rows.
 */

import {
  foreignKeyColumnCountMismatch,
  foreignKeyColumnNotFound,
  foreignKeyColumnTypeMismatch,
  foreignKeyColumnTypeUnsupported,
  foreignKeyCommitTimestampColumn,
  foreignKeyDuplicateColumn,
} from '../../../errors/constraint-errors';
import { tableNotFound } from '../../../errors/schema-errors';
import type { DdlForeignKey } from '../../../sql/ast/ddl-table';
import type { Catalog } from '../catalog/catalog';
import { assertSchemaNameFree, findColumnExact, findTable, requireTable } from '../catalog/catalog-lookup';
import { updateTable } from '../catalog/catalog-updates';
import { isKeyableType, sameType } from '../catalog/column-types';
import { nameKey, sameName } from '../catalog/named-map';
import type { Column, ForeignKey, Table } from '../catalog/table';
import type { ApplyContext } from '../ddl/apply-context';
import { validateRowDeletionPolicies } from '../ddl/row-deletion-policy-rules';
import { generatedForeignKeyName, validateConstraintName } from './constraint-names';
import { checkForeignKeyRows } from './foreign-key-data';
import { ensureManagedIndex, planReferencedIndex, referencingIndexRequired } from './foreign-key-indexes';
import { isCommitTimestampColumn } from './table-scope';

export function addForeignKey(
  catalog: Catalog,
  tableName: string,
  ddl: DdlForeignKey,
  ctx: ApplyContext,
  newTable: boolean,
): Catalog {
  const table = requireTable(catalog, tableName);
  const referenced = findTable(catalog, ddl.referencedTable.name);
  if (referenced === undefined) throw tableNotFound(ddl.referencedTable.name);
  if (ddl.name !== null) assertSchemaNameFree(catalog, ddl.name.name);
  const name = ddl.name?.name ?? generatedForeignKeyName(catalog, table.name, referenced.name);
  const columns = resolveColumns(
    table,
    ddl.columns.map((c) => c.name),
    name,
  );
  const referencedColumns = resolveColumns(
    referenced,
    ddl.referencedColumns.map((c) => c.name),
    name,
  );
  validateConstraintName('Foreign Key', name);
  validateColumns(table, referenced, columns, referencedColumns, name);
  let fk: ForeignKey = {
    name,
    named: ddl.name !== null,
    columns: columns.map((c) => c.name),
    referencedTable: referenced.name,
    referencedColumns: referencedColumns.map((c) => c.name),
    onDelete: ddl.onDelete,
    enforced: ddl.enforced ?? true,
    referencingIndex: null,
    referencedIndex: null,
  };
  let next = catalog;
  const plan = planReferencedIndex(referenced, fk.referencedColumns);
  if (plan.indexRequired) {
    const made = ensureManagedIndex(
      next,
      referenced,
      plan.order.map((i) => fk.referencedColumns[i]),
      true,
      ctx,
    );
    next = made.catalog;
    fk = { ...fk, referencedIndex: made.name };
  }
  if (fk.enforced && referencingIndexRequired(table, fk.columns, plan.order)) {
    const made = ensureManagedIndex(
      next,
      table,
      plan.order.map((i) => fk.columns[i]),
      false,
      ctx,
    );
    next = made.catalog;
    fk = { ...fk, referencingIndex: made.name };
  }
  const added = fk;
  next = updateTable(next, table.name, (t) => ({ ...t, foreignKeys: [...t.foreignKeys, added] }));
  validateRowDeletionPolicies(next);
  if (!newTable && fk.enforced) checkForeignKeyRows(fk, table.name, ctx);
  return next;
}

function resolveColumns(table: Table, names: readonly string[], fk: string): Column[] {
  return names.map((name) => {
    const column = findColumnExact(table, name);
    if (column === undefined) throw foreignKeyColumnNotFound(name, table.name, fk);
    return column;
  });
}

function validateColumns(
  table: Table,
  referenced: Table,
  columns: Column[],
  referencedColumns: Column[],
  fk: string,
): void {
  if (columns.length !== referencedColumns.length) throw foreignKeyColumnCountMismatch(table.name, referenced.name, fk);
  for (const [side, list] of [
    [table, columns],
    [referenced, referencedColumns],
  ] as const) {
    const seen = new Set<string>();
    for (const column of list) {
      if (seen.has(nameKey(column.name))) throw foreignKeyDuplicateColumn(column.name, side.name, fk);
      seen.add(nameKey(column.name));
      if (!isKeyableType(column.type)) throw foreignKeyColumnTypeUnsupported(column.name, side.name, fk);
      if (isCommitTimestampColumn(column)) throw foreignKeyCommitTimestampColumn(column.name, side.name, fk);
    }
  }
  columns.forEach((column, i) => {
    const other = referencedColumns[i];
    if (!sameType(column.type, other.type)) {
      throw foreignKeyColumnTypeMismatch(column.name, table.name, other.name, referenced.name, fk);
    }
  });
}

/**
 * The foreign keys that use `column` of `table`, as Spanner lists them: the table's own foreign
 * keys first, then those of other tables referencing it; formatted `` `a`, `b` ``.
 */
export function foreignKeysUsingColumn(catalog: Catalog, table: Table, column: string): string[] {
  const own = table.foreignKeys.filter((fk) => fk.columns.some((c) => sameName(c, column)));
  const referencing = [...catalog.tables.values()].flatMap((t) =>
    t.foreignKeys.filter(
      (fk) => sameName(fk.referencedTable, table.name) && fk.referencedColumns.some((c) => sameName(c, column)),
    ),
  );
  const names: string[] = [];
  for (const fk of [...own, ...referencing]) if (!names.includes(fk.name)) names.push(fk.name);
  return names;
}

export function formatForeignKeyNames(names: readonly string[]): string {
  return names.map((n) => `\`${n}\``).join(', ');
}
