/**
 * What schema changes may ask of a database's existing rows (SchemaDataAccess), answered from the
 * row store in the database's own file, at the latest state. Tables and columns are resolved in
 * the schema the statement is applied to (a table created earlier in the batch has no storage yet,
 * so no rows); values missing from a stored row (a column added after it was written) read as NULL.
 */

import { keyText } from '../../types/key-text';
import type { SpannerValue, ValueType } from '../../types/spanner-value';
import type { Catalog } from '../schema/catalog/catalog';
import { findTable } from '../schema/catalog/catalog-lookup';
import { sameName } from '../schema/catalog/named-map';
import type { SchemaDataAccess, StoredValue } from '../schema/schema-data-access';
import { encodeKey } from '../storage/key-codec';
import type { SqliteDatabase } from '../storage/sqlite-file';
import { scanRows, StoredRow, tableHasStoredRows } from '../storage/row-store';
import { TableLayout, tableLayout } from '../storage/table-layout';

/** The rows of a database as the schema `catalog` describes them. */
export class DatabaseRows implements SchemaDataAccess {
  constructor(
    readonly sqlite: SqliteDatabase,
    private readonly catalog: Catalog,
  ) {}

  tableHasRows(table: string): boolean {
    return tableHasStoredRows(this.sqlite, table);
  }

  findNullValue(table: string, column: string): string | null {
    const layout = this.layout(table);
    if (layout === null) return null;
    for (const row of scanRows(this.sqlite, layout)) {
      if (columnValue(row, column) === null) return rowKeyText(layout, row);
    }
    return null;
  }

  /** Values are compared by their key encoding, so -0 equals 0 and NaN equals NaN, as in keys. */
  findDuplicateValues(table: string, columns: readonly string[], nullFiltered: boolean): string | null {
    const layout = this.layout(table);
    if (layout === null) return null;
    const types = columns.map((c) => columnType(layout, c));
    const parts = types.map((type) => {
      if (type.kind !== 'scalar') throw new Error(`Column of ${table} cannot be an index key`);
      return { type: type.name, desc: false };
    });
    const seen = new Set<string>();
    for (const row of scanRows(this.sqlite, layout)) {
      const values = columns.map((c) => columnValue(row, c));
      if (nullFiltered && values.some((v) => v === null)) continue;
      const key = encodeKey(parts, values).toString('latin1');
      if (seen.has(key))
        return keyText(
          types.map((type) => ({ type, desc: false })),
          values,
        );
      seen.add(key);
    }
    return null;
  }

  findValueLongerThan(table: string, column: string, limit: number): { length: number; key: string } | null {
    const layout = this.layout(table);
    if (layout === null) return null;
    for (const row of scanRows(this.sqlite, layout)) {
      const length = valueLength(columnValue(row, column));
      if (length > limit) return { length, key: rowKeyText(layout, row) };
    }
    return null;
  }

  findInvalidUtf8(table: string, column: string): string | null {
    const layout = this.layout(table);
    if (layout === null) return null;
    for (const row of scanRows(this.sqlite, layout)) {
      if (!isUtf8(columnValue(row, column))) return rowKeyText(layout, row);
    }
    return null;
  }

  *scanRows(table: string, columns: readonly string[]): Iterable<readonly StoredValue[]> {
    const layout = this.layout(table);
    if (layout === null) return;
    for (const row of scanRows(this.sqlite, layout)) yield columns.map((c) => columnValue(row, c));
  }

  valuesText(table: string, columns: readonly string[], values: readonly StoredValue[]): string {
    const layout = this.layout(table);
    if (layout === null) return `{${values.length} values}`;
    return keyText(
      columns.map((c) => ({ type: columnType(layout, c), desc: false })),
      values,
    );
  }

  private layout(table: string): TableLayout | null {
    const found = findTable(this.catalog, table);
    return found === undefined ? null : tableLayout(found);
  }
}

function columnType(layout: TableLayout, column: string): ValueType {
  const found = layout.columns.find((c) => sameName(c.name, column));
  if (found === undefined) throw new Error(`Column ${column} not in ${layout.table}`);
  return found.type;
}

/** The row's primary key as Spanner's messages print it. */
export function rowKeyText(layout: TableLayout, row: StoredRow): string {
  const parts = layout.keyParts.map((p) => ({ type: { kind: 'scalar' as const, name: p.type }, desc: p.desc }));
  return keyText(parts, row.key);
}

function columnValue(row: StoredRow, column: string): SpannerValue {
  for (const [name, value] of row.values) if (sameName(name, column)) return value;
  return null;
}

/** STRING length in characters (code points), BYTES in bytes, the longest element of an array. */
function valueLength(value: SpannerValue): number {
  if (typeof value === 'string') {
    let n = 0;
    for (const _ of value) n++;
    return n;
  }
  if (value instanceof Uint8Array) return value.length;
  if (Array.isArray(value)) return value.reduce((m: number, v: SpannerValue) => Math.max(m, valueLength(v)), 0);
  return 0;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** BYTES (or each BYTES element) decode as UTF-8; other values pass. */
function isUtf8(value: SpannerValue): boolean {
  if (value instanceof Uint8Array) {
    try {
      UTF8.decode(value);
      return true;
    } catch {
      return false;
    }
  }
  return Array.isArray(value) ? value.every(isUtf8) : true;
}
