/**
 * Rules a column must satisfy on its own: a proto or enum type the bundle holds, name, STRING/BYTES
 * length range, vector length, TOKENLIST columns hidden, allow_commit_timestamp only on TIMESTAMP. Expression rules belong to the
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
import { findOption } from '../catalog/database-options';
import { baseType, isScalar, isTimestamp, MAX_BYTES_LENGTH, MAX_STRING_LENGTH } from '../catalog/column-types';
import type { Catalog } from '../catalog/catalog';
import type { Column } from '../catalog/table';
import { checkColumnProtoType } from '../objects/proto-column-types';

const MAX_IDENTIFIER_LENGTH = 128;

/** Checked while the column is built, before the table's other rules (as Spanner orders them). */
export function checkColumnDefinition(catalog: Catalog, tableName: string, column: Column): void {
  checkColumnProtoType(catalog, column);
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
  const base = baseType(column.type);
  if (base.kind !== 'sized' || typeof base.length !== 'number') return;
  const max = base.name === 'STRING' ? MAX_STRING_LENGTH : MAX_BYTES_LENGTH;
  if (base.length === 0 || base.length > max) throw invalidColumnLength(qualified, String(base.length), 1, max);
}

function checkVectorLength(qualified: string, column: Column): void {
  const type = column.type;
  if (type.kind !== 'array' || type.vectorLength === null) return;
  if (!isScalar(type.element, 'FLOAT32') && !isScalar(type.element, 'FLOAT64'))
    throw invalidTypeForVectorLength(qualified);
  if (column.generated !== null || column.defaultValue !== null)
    throw vectorLengthOnGeneratedOrDefaultColumn(qualified);
}

/** Whether allow_commit_timestamp is set to true. */
export function allowsCommitTimestamp(column: Column): boolean {
  const value = findOption(column.options, 'allow_commit_timestamp')?.value;
  return value?.kind === 'bool' && value.value;
}

/** Spanner's rule for table, index and other schema object names (optionally `schema.name`). */
export function validateSchemaObjectName(kind: string, name: string): void {
  const parts = name.split('.');
  const ok =
    parts.length <= 2 && parts.every((p) => /^[A-Za-z][A-Za-z0-9_]*$/.test(p) && p.length <= MAX_IDENTIFIER_LENGTH);
  if (!ok) throw invalidSchemaName(kind, name);
}
