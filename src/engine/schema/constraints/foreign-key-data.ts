/**
 * Checks the rows of a table that gets a new foreign key: every referencing row whose key columns
 * are all non-NULL must find its values among the referenced table's rows. Values are compared by
 * a canonical text of what the row store hands over; the message prints the referencing values
 * as the official emulator prints keys.
 */

import { foreignKeyReferencedKeyNotFound } from '../../../errors/constraint-errors';
import type { ForeignKey } from '../catalog/table';
import type { ApplyContext } from '../ddl/apply-context';
import type { StoredValue } from '../schema-data-access';

function valueKey(value: StoredValue): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'bigint') return `${v}n`;
    if (v instanceof Uint8Array) return `b:${Buffer.from(v).toString('hex')}`;
    return v;
  });
}

function rowKey(values: readonly StoredValue[]): string {
  return values.map(valueKey).join('\u0000');
}

export function checkForeignKeyRows(fk: ForeignKey, table: string, ctx: ApplyContext): void {
  if (!ctx.data.tableHasRows(table)) return;
  const present = new Set<string>();
  for (const row of ctx.data.scanRows(fk.referencedTable, fk.referencedColumns)) present.add(rowKey(row));
  for (const row of ctx.data.scanRows(table, fk.columns)) {
    if (row.some((v) => v === null)) continue;
    if (!present.has(rowKey(row))) {
      const key = ctx.data.valuesText(table, fk.columns, row);
      throw foreignKeyReferencedKeyNotFound(fk.name, table, fk.referencedTable, key);
    }
  }
}
