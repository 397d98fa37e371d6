/**
 * Rules a column must satisfy on its own: name, STRING/BYTES length range, vector length, TOKENLIST
 * columns hidden, allow_commit_timestamp only on TIMESTAMP. A proto or enum type the bundle lacks
 * already failed when the column was built (column-builder.ts). Expression rules belong to the
 * constraints code.
 */

import {
  invalidColumnLength,
  invalidSchemaName,
  invalidTypeForVectorLength,
  nonHiddenTokenlistColumn,
  unallowedCommitTimestampOption,
  vectorLengthOnGeneratedOrDefaultColumn,
} from '../../../errors/schema-errors';
import { isScalar } from '../../query/analyzer/sql-type';
import { findOption } from '../catalog/database-options';
import { baseType, isTimestamp, MAX_BYTES_LENGTH, MAX_STRING_LENGTH } from '../catalog/column-types';
import type { Column } from '../catalog/table';

const MAX_IDENTIFIER_LENGTH = 128;

/** Checked once the column is built, before the table's other rules (as Spanner orders them). */
export function checkColumnDefinition(tableName: string, column: Column): void {
  if (isScalar(column.type, 'TOKENLIST') && !column.hidden) throw nonHiddenTokenlistColumn(tableName, column.name);
}

export function validateColumn(tableName: string, column: Column): void {
  const qualified = `${tableName}.${column.name}`;
  if (column.name.length > MAX_IDENTIFIER_LENGTH) {
    throw invalidSchemaName('Column', column.name);
  }
  checkLength(qualified, column);
  checkVectorLength(qualified, column);
  if (findOption(column.options, 'allow_commit_timestamp') !== undefined && !isTimestamp(column.type)) {
    throw unallowedCommitTimestampOption(qualified);
  }
}

function checkLength(qualified: string, column: Column): void {
  const length = column.declaredLength;
  if (typeof length !== 'number') return;
  const max = isScalar(baseType(column.type), 'STRING') ? MAX_STRING_LENGTH : MAX_BYTES_LENGTH;
  if (length === 0 || length > max) throw invalidColumnLength(qualified, String(length), 1, max);
}

function checkVectorLength(qualified: string, column: Column): void {
  if (column.vectorLength === null) return;
  const element = baseType(column.type);
  if (!isScalar(element, 'FLOAT32') && !isScalar(element, 'FLOAT64')) throw invalidTypeForVectorLength(qualified);
  if (column.generated !== null || column.defaultValue !== null)
    throw vectorLengthOnGeneratedOrDefaultColumn(qualified);
}

/** Spanner's rule for table, index and other schema object names (optionally `schema.name`). */
export function validateSchemaObjectName(kind: string, name: string): void {
  const parts = name.split('.');
  const ok =
    parts.length <= 2 && parts.every((p) => /^[A-Za-z][A-Za-z0-9_]*$/.test(p) && p.length <= MAX_IDENTIFIER_LENGTH);
  if (!ok) throw invalidSchemaName(kind, name);
}
