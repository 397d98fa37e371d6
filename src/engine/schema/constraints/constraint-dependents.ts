/**
 * What check constraints, foreign keys and column expressions say when the objects they depend on
 * are dropped or renamed: refusals (with Spanner's messages) and the follow-up updates.
 */

import {
  dropColumnReferencedByGeneratedColumn,
  dropColumnWithDependentCheckConstraint,
  dropForeignKeyManagedIndex,
  foreignKeyColumnDrop,
  foreignKeyReferencedTableDrop,
} from '../../../errors/constraint-errors';
import type { Catalog } from '../catalog/catalog';
import { findIndex, requireTable } from '../catalog/catalog-lookup';
import { nameKey, namedValues, sameName } from '../catalog/named-map';
import { checksReading } from './check-constraints';
import { allForeignKeys, dropUnusedManagedIndexes } from './foreign-key-indexes';
import { foreignKeysUsingColumn, formatForeignKeyNames } from './foreign-keys';
import { generatedColumnsReading } from './generated-columns';
import { withoutIndex } from '../catalog/catalog-updates';

/** Refuses DROP TABLE while foreign keys of other tables reference it. */
export function checkTableDropByConstraints(catalog: Catalog, tableName: string): void {
  const referencing = allForeignKeys(catalog).filter(
    ({ table, fk }) => sameName(fk.referencedTable, tableName) && !sameName(table.name, tableName),
  );
  if (referencing.length > 0) {
    throw foreignKeyReferencedTableDrop(tableName, formatForeignKeyNames(referencing.map(({ fk }) => fk.name)));
  }
}

/**
 * After DROP TABLE: the dropped table's backing indexes go, and so do indexes on other tables that
 * only its foreign keys used. `before` is the catalog the table was dropped from.
 */
export function afterTableDropForConstraints(catalog: Catalog, before: Catalog, tableName: string): Catalog {
  void before;
  let next = catalog;
  for (const index of namedValues(catalog.indexes)) {
    if (index.managed && sameName(index.table, tableName)) next = withoutIndex(next, index.name);
  }
  return dropUnusedManagedIndexes(next);
}

/**
 * Refuses ALTER TABLE DROP COLUMN when a generated column, check constraint or foreign key uses
 * the column.
 */
export function checkColumnDropByConstraints(catalog: Catalog, tableName: string, columnName: string): void {
  const table = requireTable(catalog, tableName);
  const generated = generatedColumnsReading(table, columnName).filter((c) => !sameName(c.name, columnName));
  if (generated.length > 0) throw dropColumnReferencedByGeneratedColumn(columnName, table.name, generated[0].name);
  const checks = checksReading(table, columnName);
  if (checks.length > 0) throw dropColumnWithDependentCheckConstraint(columnName, checks[0].name);
  const foreignKeys = foreignKeysUsingColumn(catalog, table, columnName);
  if (foreignKeys.length > 0) throw foreignKeyColumnDrop(columnName, table.name, formatForeignKeyNames(foreignKeys));
}

/** Refuses DROP INDEX of an index a foreign key needs. */
export function checkIndexDropByConstraints(catalog: Catalog, indexName: string): void {
  const index = findIndex(catalog, indexName);
  if (index === undefined || !index.managed) return;
  const users = allForeignKeys(catalog)
    .filter(({ fk }) =>
      [fk.referencingIndex, fk.referencedIndex].some((n) => n !== null && nameKey(n) === nameKey(index.name)),
    )
    .map(({ fk }) => fk.name);
  throw dropForeignKeyManagedIndex(index.name, formatForeignKeyNames(users));
}

/** After a table rename: foreign keys of every table that reference it follow the new name. */
export function renameTableInConstraints(catalog: Catalog, oldName: string, newName: string): Catalog {
  const tables = new Map(catalog.tables);
  for (const [key, table] of catalog.tables) {
    if (!table.foreignKeys.some((fk) => sameName(fk.referencedTable, oldName))) continue;
    const foreignKeys = table.foreignKeys.map((fk) =>
      sameName(fk.referencedTable, oldName) ? { ...fk, referencedTable: newName } : fk,
    );
    tables.set(key, { ...table, foreignKeys });
  }
  return { ...catalog, tables };
}
