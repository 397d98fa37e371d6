/**
 * Input and output columns of remote models. A model column is a name, a type and an optional
 * `required` option: no NOT NULL, HIDDEN, lengths, generated or default values. Only INT64, BOOL,
 * FLOAT64, STRING, BYTES, arrays of those and structs (named, distinct fields, at most 10) of
 * those are accepted, and names are unique across inputs and outputs.
 */

import {
  arrayOfArraysInSchema,
  duplicateStructFieldName,
  emptyStruct,
  missingStructFieldName,
  modelColumnDefault,
  modelColumnGenerated,
  modelColumnHidden,
  modelColumnLength,
  modelColumnNotNull,
  modelColumnsDifferOnlyInCase,
  modelColumnTypeNotFound,
  modelColumnTypeUnsupported,
  modelDuplicateColumn,
  structFieldCountExceedsLimit,
  structFieldNamesDifferOnlyInCase,
} from '../../../errors/model-errors';
import type { DdlColumnType } from '../../../sql/ast/ddl-common';
import type { DdlColumnDefinition } from '../../../sql/ast/ddl-table';
import type { StructSqlType, SqlType } from '../../query/analyzer/sql-type';
import { NO_NAMED_TYPES, typeFromColumnType } from '../../query/analyzer/type-from-syntax';
import type { ModelColumn } from '../catalog/schema-objects';
import { declaredLengthOf } from '../ddl/column-builder';
import { printColumnType } from '../printer/column-type-printer';
import { nonNullOptions } from './object-options';

export const MAX_STRUCT_FIELDS = 10;

const SUPPORTED_SCALARS: ReadonlySet<string> = new Set(['INT64', 'BOOL', 'FLOAT64', 'STRING', 'BYTES']);

/** The column as stored, after the checks Spanner makes while building it. */
export function buildModelColumn(model: string, def: DdlColumnDefinition): ModelColumn {
  const name = def.name.name;
  checkTypeConvertible(def.type);
  if (def.notNull) throw modelColumnNotNull(model, name);
  if (def.hidden) throw modelColumnHidden(model, name);
  if (def.type.kind === 'sized' && def.type.length !== null && def.type.length !== 'MAX')
    throw modelColumnLength(model, name);
  if (def.generated !== null) throw modelColumnGenerated(model, name);
  if (def.defaultValue !== null) throw modelColumnDefault(model, name);
  const required = nonNullOptions(def.options).filter((o) => o.name.toLowerCase() === 'required');
  // Proto and enum names were refused above, so the type resolves.
  const type = typeFromColumnType(def.type, NO_NAMED_TYPES) as SqlType;
  const options = required.map((o) => ({ name: 'required', value: o.value }));
  return { name, type, declaredLength: declaredLengthOf(def.type), options };
}

/** Types the schema cannot hold at all: arrays of arrays, unknown (proto) names. */
function checkTypeConvertible(type: DdlColumnType): void {
  switch (type.kind) {
    case 'array':
      if (type.element.kind === 'array') throw arrayOfArraysInSchema();
      checkTypeConvertible(type.element);
      return;
    case 'struct':
      type.fields.forEach((f) => checkTypeConvertible(f.type));
      return;
    case 'named':
      throw modelColumnTypeNotFound(type.path);
    default:
      return;
  }
}

/** Column checks of the finished model: supported types, then unique names over both lists. */
export function validateModelColumns(model: string, columns: readonly ModelColumn[], seen: Map<string, string>): void {
  for (const column of columns) {
    checkSupportedType(model, column, column.type);
    const key = column.name.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      if (earlier !== column.name) throw modelColumnsDifferOnlyInCase(`${model}.${column.name}`, `${model}.${earlier}`);
      throw modelDuplicateColumn(`${model}.${column.name}`);
    }
    seen.set(key, column.name);
  }
}

function checkSupportedType(model: string, column: ModelColumn, type: SqlType): void {
  switch (type.kind) {
    case 'scalar':
      if (SUPPORTED_SCALARS.has(type.name)) return;
      break;
    case 'array':
      if (type.element.kind !== 'array') return checkSupportedType(model, column, type.element);
      break;
    case 'struct':
      return checkStructType(model, column, type);
    case 'proto':
    case 'enum':
      break;
  }
  throw modelColumnTypeUnsupported(model, column.name, printColumnType(column.type, column.declaredLength));
}

function checkStructType(model: string, column: ModelColumn, type: StructSqlType): void {
  if (type.fields.length === 0) throw emptyStruct();
  if (type.fields.length > MAX_STRUCT_FIELDS) throw structFieldCountExceedsLimit(MAX_STRUCT_FIELDS);
  const names = new Map<string, string>();
  for (const field of type.fields) {
    if (field.name === null || field.name === '') throw missingStructFieldName(printColumnType(type));
    const earlier = names.get(field.name.toLowerCase());
    if (earlier !== undefined) {
      if (earlier !== field.name) throw structFieldNamesDifferOnlyInCase(printColumnType(type), field.name, earlier);
      throw duplicateStructFieldName(printColumnType(type), field.name);
    }
    names.set(field.name.toLowerCase(), field.name);
    checkSupportedType(model, column, field.type);
  }
}
