/**
 * Prints DDL column types as parsed (syntax, not catalog types): upper-case names, STRING(MAX),
 * ARRAY<...>(vector_length=>n). GetDatabaseDdl prints the catalog's types instead
 * (engine/schema/printer/column-type-printer.ts).
 */

import { assertNever } from '../../errors/assert-never';
import type { DdlColumnType } from '../ast/ddl-common';
import { printTypePath } from './ddl-names';

export function printDdlColumnType(type: DdlColumnType): string {
  switch (type.kind) {
    case 'scalar':
      return type.name;
    case 'sized':
      return type.length === null ? type.name : `${type.name}(${type.length})`;
    case 'array': {
      const base = `ARRAY<${printDdlColumnType(type.element)}>`;
      return type.vectorLength === null ? base : `${base}(vector_length=>${type.vectorLength})`;
    }
    case 'struct':
      return `STRUCT<${type.fields.map((f) => `${f.name} ${printDdlColumnType(f.type)}`).join(', ')}>`;
    case 'named':
      return printTypePath(type.path);
    default:
      return assertNever(type, 'column type');
  }
}
