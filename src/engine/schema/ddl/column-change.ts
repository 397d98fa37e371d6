/**
 * Applying a new state of an existing column (any ALTER COLUMN form) and the rules Spanner holds
 * such changes to: allowed type conversions, key columns shared with parents or children, key and
 * indexed columns' nullability, the row deletion policy's column, dependents (asked of the
 * constraints and objects code) and existing rows.
 */

import { changingNullConstraintOnIndexedColumn } from '../../../errors/index-errors';
import { alteringParentColumn, cannotChangeKeyColumnWithChildTables } from '../../../errors/interleave-errors';
import {
  cannotChangeColumnType,
  cannotChangeKeyColumn,
  invalidColumnSizeReduction,
  invalidUtf8InAlteredColumn,
  nullValueForNotNullColumn,
  rowDeletionPolicyWillBreak,
} from '../../../errors/schema-alter-errors';
import { isScalar, type SqlType } from '../../query/analyzer/sql-type';
import type { Catalog } from '../catalog/catalog';
import {
  findColumn,
  findTable,
  indexesOnTable,
  interleavedChildren,
  isKeyColumn,
  requireTable,
} from '../catalog/catalog-lookup';
import { updateTable } from '../catalog/catalog-updates';
import { baseType, isAllowedTypeChange, isTimestamp, typeName } from '../catalog/column-types';
import { sameName } from '../catalog/named-map';
import type { Column, Table } from '../catalog/table';
import { analyzeColumnExpressions, checkColumnChangeByConstraints } from '../constraints/column-expressions';
import { checkColumnChangeByObjects } from '../objects/object-dependents';
import type { ApplyContext } from './apply-context';
import { checkColumnDefinition } from './column-rules';
import { hasColumnExpression } from './column-builder';
import { validateTable } from './table-rules';

export function applyColumnChange(
  catalog: Catalog,
  table: Table,
  old: Column,
  column: Column,
  ctx: ApplyContext,
): Catalog {
  checkColumnDefinition(table.name, column);
  checkColumnChangeByConstraints(catalog, table.name, old, column);
  checkColumnChangeByObjects(catalog, table.name, old, column);
  let next = updateTable(catalog, table.name, (t) => ({
    ...t,
    columns: t.columns.map((c) => (c === old ? column : c)),
  }));
  if (hasColumnExpression(column) || hasColumnExpression(old)) {
    next = analyzeColumnExpressions(next, table.name, [column.name], ctx);
  }
  checkKeyColumnChange(catalog, table, old, column);
  checkRowDeletionPolicyColumn(table, old, column);
  if (!isAllowedTypeChange(old.type, column.type)) {
    throw cannotChangeColumnType(old.name, typeName(old.type), typeName(column.type));
  }
  validateTable(next, requireTable(next, table.name));
  checkIndexedColumnNullability(catalog, table, old, column);
  checkExistingRows(table, old, column, ctx);
  return next;
}

/** A key column shared with the parent or a child cannot change, except its commit timestamp option. */
function checkKeyColumnChange(catalog: Catalog, table: Table, old: Column, column: Column): void {
  if (!isKeyColumn(table, old.name)) return;
  const qualified = `${table.name}.${old.name}`;
  if (old.allowsCommitTimestamp === column.allowsCommitTimestamp) {
    const parent = table.interleave === null ? undefined : findTable(catalog, table.interleave.parent);
    if (parent !== undefined && findColumn(parent, old.name) !== undefined) throw alteringParentColumn(qualified);
    if (interleavedChildren(catalog, table.name).some((child) => isKeyColumn(child, old.name))) {
      throw cannotChangeKeyColumnWithChildTables(qualified);
    }
  }
  if (old.notNull !== column.notNull) throw cannotChangeKeyColumn(qualified);
}

function checkRowDeletionPolicyColumn(table: Table, old: Column, column: Column): void {
  const policy = table.rowDeletionPolicy;
  if (policy !== null && sameName(policy.column, old.name) && !isTimestamp(column.type)) {
    throw rowDeletionPolicyWillBreak(old.name, table.name);
  }
}

/** Indexes that are not null-filtered store NULLs of their key columns: nullability is fixed. */
function checkIndexedColumnNullability(catalog: Catalog, table: Table, old: Column, column: Column): void {
  if (old.notNull === column.notNull) return;
  const index = indexesOnTable(catalog, table.name).find(
    (i) => !i.nullFiltered && i.keys.some((k) => sameName(k.column, old.name)),
  );
  if (index !== undefined) throw changingNullConstraintOnIndexedColumn(old.name, index.name);
}

function checkExistingRows(table: Table, old: Column, column: Column, ctx: ApplyContext): void {
  if (!old.notNull && column.notNull) {
    const key = ctx.data.findNullValue(table.name, old.name);
    if (key !== null) throw nullValueForNotNullColumn(table.name, old.name, key);
  }
  if (storesBytes(old.type) && !storesBytes(column.type)) {
    const key = ctx.data.findInvalidUtf8(table.name, old.name);
    if (key !== null) throw invalidUtf8InAlteredColumn(old.name, key);
  }
  const limit = column.maxLength;
  if (limit < old.maxLength) {
    const longer = ctx.data.findValueLongerThan(table.name, old.name, limit);
    if (longer !== null) throw invalidColumnSizeReduction(old.name, limit, longer.length, longer.key);
  }
}

/** BYTES or ARRAY<BYTES>: the values a change to STRING must find valid UTF-8. */
function storesBytes(type: SqlType): boolean {
  return isScalar(baseType(type), 'BYTES');
}
