/** Prints DDL column types canonically: upper-case names, STRING(MAX), ARRAY<...>(vector_length=>n). */

import { assertNever } from '../../errors/assert-never';
import type { DdlColumnType } from '../ast/ddl-common';
import { printIdent } from './ddl-names';

export function printColumnType(type: DdlColumnType): string {
  switch (type.kind) {
    case 'scalar':
      return type.name;
    case 'sized':
      return type.length === null ? type.name : `${type.name}(${type.length})`;
    case 'array': {
      const base = `ARRAY<${printColumnType(type.element)}>`;
      return type.vectorLength === null ? base : `${base}(vector_length=>${type.vectorLength})`;
    }
    case 'struct':
      return `STRUCT<${type.fields.map((f) => `${f.name} ${printColumnType(f.type)}`).join(', ')}>`;
    case 'named':
      return printProtoTypeName(type.path);
    default:
      return assertNever(type, 'column type');
  }
}

/** Spanner's rule for proto names: when any part needs quoting, the whole dotted path is quoted. */
function printProtoTypeName(path: string): string {
  const needsQuotes = path.split('.').some((part) => printIdent(part) !== part);
  return needsQuotes ? '`' + path + '`' : path;
}
