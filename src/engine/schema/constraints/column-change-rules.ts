/**
 * Whether a column may change (ALTER COLUMN in any form) given what depends on it: a generated
 * column keeps its expression, type and STOREDness and cannot become a regular column or vice
 * versa; a column read by generated columns, check constraints or foreign keys keeps its type;
 * foreign key columns keep their nullability; none of them may become a commit timestamp column.
 * Type changes Spanner refuses anyway are left to the table rules, which word them generally.
 */

import {
  cannotAlterGeneratedColumnExpression,
  cannotAlterGeneratedColumnStored,
  cannotAlterGeneratedColumnType,
  cannotAlterTypeWithDependentCheckConstraint,
  cannotAlterTypeWithDependentGeneratedColumn,
  cannotConvertGeneratedToRegular,
  cannotConvertRegularToGenerated,
  commitTimestampColumnInCheckConstraint,
  commitTimestampGeneratedColumnDependency,
  foreignKeyColumnNullabilityChange,
  foreignKeyColumnSetCommitTimestamp,
  foreignKeyColumnTypeChange,
} from '../../../errors/constraint-errors';
import type { Catalog } from '../catalog/catalog';
import { isAllowedTypeChange, isTimestamp, sameType } from '../catalog/column-types';
import type { Column, Table } from '../catalog/table';
import { checksReading } from './check-constraints';
import { foreignKeysUsingColumn, formatForeignKeyNames } from './foreign-keys';
import { generatedColumnsReading } from './generated-columns';
import { isCommitTimestampColumn } from './table-scope';

export function checkColumnChange(catalog: Catalog, table: Table, before: Column, after: Column): void {
  checkGeneratedColumnChange(table, before, after);
  const typeChanged = !sameType(before.type, after.type) && isAllowedTypeChange(before.type, after.type);
  if (typeChanged) checkTypeChange(catalog, table, before);
  const foreignKeys = foreignKeysUsingColumn(catalog, table, before.name);
  if (before.notNull !== after.notNull && foreignKeys.length > 0) {
    throw foreignKeyColumnNullabilityChange(before.name, table.name, formatForeignKeyNames(foreignKeys));
  }
  // On a non-TIMESTAMP column the option itself is wrong, which the table rules report.
  if (!isCommitTimestampColumn(before) && isCommitTimestampColumn(after) && isTimestamp(after.type)) {
    checkCommitTimestampOption(table, before, foreignKeys);
  }
}

function checkGeneratedColumnChange(table: Table, before: Column, after: Column): void {
  if (after.generated !== null && before.generated === null)
    throw cannotConvertRegularToGenerated(table.name, before.name);
  if (after.generated === null && before.generated !== null)
    throw cannotConvertGeneratedToRegular(table.name, before.name);
  if (after.generated === null || before.generated === null) return;
  if (!sameType(before.type, after.type)) throw cannotAlterGeneratedColumnType(table.name, before.name);
  if (after.generated.expression.text !== before.generated.expression.text) {
    throw cannotAlterGeneratedColumnExpression(table.name, before.name);
  }
  if (after.generated.stored !== before.generated.stored)
    throw cannotAlterGeneratedColumnStored(table.name, before.name);
}

function checkTypeChange(catalog: Catalog, table: Table, before: Column): void {
  if (generatedColumnsReading(table, before.name).length > 0)
    throw cannotAlterTypeWithDependentGeneratedColumn(before.name);
  const checks = checksReading(table, before.name);
  if (checks.length > 0) throw cannotAlterTypeWithDependentCheckConstraint(before.name, checks[0].name);
  const foreignKeys = foreignKeysUsingColumn(catalog, table, before.name);
  if (foreignKeys.length > 0)
    throw foreignKeyColumnTypeChange(before.name, table.name, formatForeignKeyNames(foreignKeys));
}

function checkCommitTimestampOption(table: Table, before: Column, foreignKeys: readonly string[]): void {
  if (checksReading(table, before.name).length > 0) throw commitTimestampColumnInCheckConstraint(before.name);
  if (generatedColumnsReading(table, before.name).length > 0)
    throw commitTimestampGeneratedColumnDependency(before.name);
  if (foreignKeys.length > 0)
    throw foreignKeyColumnSetCommitTimestamp(before.name, table.name, formatForeignKeyNames(foreignKeys));
}
