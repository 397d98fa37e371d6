/**
 * CREATE TABLE [IF NOT EXISTS]: builds the table (columns, key, interleaving, row deletion policy,
 * synonyms, options) in the order Spanner resolves them, hands its column expressions to the
 * constraints code, validates it with the table rules, then adds its constraints.
 */

import { setOnDeleteOnInterleaveInTable } from '../../../errors/interleave-errors';
import { rowDeletionPolicyOnAncestors } from '../../../errors/schema-alter-errors';
import { nonExistentKeyColumn, tableNotFound, tooManyTablesPerDatabase } from '../../../errors/schema-errors';
import type { DdlCreateTable } from '../../../sql/ast/ddl-table';
import type { Catalog } from '../catalog/catalog';
import { findColumnExact, findTable } from '../catalog/catalog-lookup';
import { withTable } from '../catalog/catalog-updates';
import type { Column, KeyPart, Table } from '../catalog/table';
import { analyzeColumnExpressions } from '../constraints/column-expressions';
import { addTableConstraint } from '../constraints/table-constraints';
import type { ApplyContext } from './apply-context';
import { assertNameAvailable, nameInUse } from './schema-names';
import { buildColumn, hasColumnExpression } from './column-builder';
import { nonNullOptions } from '../objects/object-options';
import { checkColumnDefinition, validateSchemaObjectName } from './column-rules';
import { checkNewIdentityColumn } from './identity-columns';
import { validateTable } from './table-rules';

export const MAX_TABLES_PER_DATABASE = 2560;

export function createTable(catalog: Catalog, stmt: DdlCreateTable, ctx: ApplyContext): Catalog {
  const name = stmt.name.name;
  if (catalog.tables.size >= MAX_TABLES_PER_DATABASE) throw tooManyTablesPerDatabase(name, MAX_TABLES_PER_DATABASE);
  if (stmt.ifNotExists && nameInUse(catalog, name) !== undefined) return catalog;
  assertNameAvailable(catalog, name);
  validateSchemaObjectName('Table', name);
  const columns = stmt.columns.map((def) => {
    const column = buildColumn(catalog, def);
    checkColumnDefinition(name, column);
    checkNewIdentityColumn(catalog, name, column);
    return column;
  });
  const table: Table = {
    name,
    columns,
    primaryKey: buildPrimaryKey(name, columns, stmt),
    interleave: buildInterleave(catalog, name, stmt),
    rowDeletionPolicy:
      stmt.rowDeletionPolicy === null
        ? null
        : { column: stmt.rowDeletionPolicy.column.name, days: stmt.rowDeletionPolicy.days },
    checks: [],
    foreignKeys: [],
    synonyms: stmt.synonyms.map((s) => s.name),
    options: nonNullOptions(stmt.options),
  };
  for (const synonym of table.synonyms) assertNameAvailable(catalog, synonym);
  let next = withTable(catalog, table);
  const withExpressions = columns.filter(hasColumnExpression).map((c) => c.name);
  if (withExpressions.length > 0) next = analyzeColumnExpressions(next, name, withExpressions, ctx);
  validateTable(next, findTable(next, name) as Table);
  if (stmt.interleave !== null && !stmt.interleave.inParent && stmt.interleave.onDelete !== null) {
    throw setOnDeleteOnInterleaveInTable(name);
  }
  for (const constraint of stmt.constraints) next = addTableConstraint(next, name, constraint, ctx);
  return next;
}

/** Key parts name existing columns exactly (key column references are case-sensitive). */
function buildPrimaryKey(table: string, columns: readonly Column[], stmt: DdlCreateTable): KeyPart[] {
  return (stmt.primaryKey ?? []).map((part) => {
    const column = findColumnExact({ columns } as Table, part.column.name);
    if (column === undefined) throw nonExistentKeyColumn('Table', table, part.column.name);
    return { column: column.name, direction: part.direction ?? 'ASC' };
  });
}

function buildInterleave(catalog: Catalog, table: string, stmt: DdlCreateTable): Table['interleave'] {
  const interleave = stmt.interleave;
  if (interleave === null) return null;
  const parent = findTable(catalog, interleave.parent.name);
  if (parent === undefined) throw tableNotFound(interleave.parent.name);
  const onDelete = interleave.onDelete ?? 'NO ACTION';
  if (parent.rowDeletionPolicy !== null && interleave.inParent && onDelete !== 'CASCADE') {
    throw rowDeletionPolicyOnAncestors(table, parent.name);
  }
  return { parent: parent.name, inParent: interleave.inParent, onDelete };
}
