/**
 * Prints OPTIONS lists. GetDatabaseDdl lays them out differently per object kind (columns put each
 * option on its own line, change streams pad the parentheses, search indexes do not), so callers
 * pick a layout; the values themselves always print the same way.
 */

import { assertNever } from '../../../errors/assert-never';
import type { DdlOptionValue } from '../../../sql/ast/ddl-common';
import type { SchemaOption } from '../catalog/schema-option';
import { printStringLiteral } from '../../../sql/printer/ddl-names';

export type OptionsLayout =
  /** `OPTIONS (\n    a = 1,\n    b = 2\n  )`, used inside a table body. */
  | 'column'
  /** `OPTIONS ( a = 1, b = 2 )`. */
  | 'padded'
  /** `OPTIONS (a = 1, b = 2)`. */
  | 'compact';

function printOptionValue(value: DdlOptionValue, paddedList = false): string {
  switch (value.kind) {
    case 'null':
      return 'NULL';
    case 'bool':
      return value.value ? 'true' : 'false';
    case 'int':
      return value.value;
    case 'float':
      return String(value.value);
    case 'string':
      return printStringLiteral(value.value);
    case 'stringList': {
      const items = value.values.map(printStringLiteral).join(', ');
      return paddedList ? `[ ${items} ]` : `[${items}]`;
    }
    default:
      return assertNever(value, 'option value');
  }
}

export function printOptionAssignments(options: readonly SchemaOption[], paddedList = false): string[] {
  return options.map((o) => `${o.name} = ${printOptionValue(o.value, paddedList)}`);
}

/** The whole `OPTIONS (...)` clause, or '' when there is nothing to print. */
export function printOptionsClause(options: readonly SchemaOption[], layout: OptionsLayout): string {
  if (options.length === 0) return '';
  const items = printOptionAssignments(options);
  switch (layout) {
    case 'column':
      return `OPTIONS (\n    ${items.join(',\n    ')}\n  )`;
    case 'padded':
      return `OPTIONS ( ${items.join(', ')} )`;
    case 'compact':
      return `OPTIONS (${items.join(', ')})`;
    default:
      return assertNever(layout, 'options layout');
  }
}
