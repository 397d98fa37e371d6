/**
 * Prints a catalog column's type as GetDatabaseDdl does: upper-case names, STRING and BYTES with
 * their declared length (`MAX` when none is known, as for struct fields), `ARRAY<...>` with its
 * vector length, proto and enum types by their full name (quoted whole when a part needs it). The
 * semantic type and the column's length properties are all it needs.
 */

import { assertNever } from '../../../errors/assert-never';
import { printTypePath } from '../../../sql/printer/ddl-names';
import type { SqlType } from '../../query/analyzer/sql-type';

export function printColumnType(
  type: SqlType,
  declaredLength: number | 'MAX' | null = null,
  vectorLength: number | null = null,
): string {
  switch (type.kind) {
    case 'scalar':
      return type.name === 'STRING' || type.name === 'BYTES' ? `${type.name}(${declaredLength ?? 'MAX'})` : type.name;
    case 'array': {
      const base = `ARRAY<${printColumnType(type.element, declaredLength)}>`;
      return vectorLength === null ? base : `${base}(vector_length=>${vectorLength})`;
    }
    case 'struct': {
      const fields = type.fields.map((f) => (f.name === null ? '' : `${f.name} `) + printColumnType(f.type));
      return `STRUCT<${fields.join(', ')}>`;
    }
    case 'proto':
    case 'enum':
      return printTypePath(type.name);
    default:
      return assertNever(type, 'column type');
  }
}
