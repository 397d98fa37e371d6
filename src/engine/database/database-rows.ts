/**
 * What schema changes may ask of a database's existing rows (SchemaDataAccess), answered through
 * a RowReader (the database's row store), at the latest state. Tables and columns are resolved in
 * the schema the statement is applied to (a table created earlier in the batch has no storage yet,
 * so no rows); values missing from a stored row (a column added after it was written) read as NULL.
 */

import { keyText } from '../../types/key-text';
import type { SpannerValue, ValueType } from '../../types/spanner-value';
import type { Catalog } from '../schema/catalog/catalog';
import { findTable } from '../schema/catalog/catalog-lookup';
import type { SchemaDataAccess, StoredValue } from '../schema/schema-data-access';
import { TableLayout, tableLayout } from '../layout/table-layout';
import { encodeKey } from '../storage/key-codec';
import { ALL_KEYS } from '../storage/key-range';
import { rowKeyValues } from '../storage/row-codec';
import type { RowReader } from '../storage/row-reader';
import { columnPosition, type TableShape } from '../storage/row-shape';

/** The rows of a database as the schema `catalog` describes them, read through `rows`. */
export class DatabaseRows implements SchemaDataAccess {
  constructor(
    private readonly rows: RowReader,
    private readonly catalog: Catalog,
  ) {}

  tableHasRows(table: string): boolean {
    const layout = this.layout(table);
    if (layout === null) return false;
    for (const _ of this.rows.scanRows(layout, ALL_KEYS, { limit: 1 })) return true;
    return false;
  }

  findNullValue(table: string, column: string): string | null {
    const layout = this.layout(table);
    if (layout === null) return null;
    const at = columnPosition(layout, column);
    for (const row of this.scan(layout)) {
      if (valueAt(row, at) === null) return rowKeyText(layout, row);
    }
    return null;
  }

  /** Values are compared by their key encoding, so -0 equals 0 and NaN equals NaN, as in keys. */
  findDuplicateValues(table: string, columns: readonly string[], nullFiltered: boolean): string | null {
    const layout = this.layout(table);
    if (layout === null) return null;
    const positions = columns.map((c) => requirePosition(layout, c));
    const types = positions.map((p) => layout.columnTypes[p]);
    const parts = types.map((type) => {
      if (type.kind !== 'scalar') throw new Error(`Column of ${table} cannot be an index key`);
      return { type: type.name, desc: false };
    });
    const seen = new Set<string>();
    for (const row of this.scan(layout)) {
      const values = positions.map((p) => row[p]);
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
    const at = columnPosition(layout, column);
    for (const row of this.scan(layout)) {
      const length = valueLength(valueAt(row, at));
      if (length > limit) return { length, key: rowKeyText(layout, row) };
    }
    return null;
  }

  findInvalidUtf8(table: string, column: string): string | null {
    const layout = this.layout(table);
    if (layout === null) return null;
    const at = columnPosition(layout, column);
    for (const row of this.scan(layout)) {
      if (!isUtf8(valueAt(row, at))) return rowKeyText(layout, row);
    }
    return null;
  }

  *scanRows(table: string, columns: readonly string[]): Iterable<readonly StoredValue[]> {
    const layout = this.layout(table);
    if (layout === null) return;
    const positions = columns.map((c) => columnPosition(layout, c));
    for (const row of this.scan(layout)) yield positions.map((p) => valueAt(row, p));
  }

  valuesText(table: string, columns: readonly string[], values: readonly StoredValue[]): string {
    const layout = this.layout(table);
    if (layout === null) return `{${values.length} values}`;
    return keyText(
      columns.map((c) => ({ type: columnType(layout, c), desc: false })),
      values,
    );
  }

  private *scan(layout: TableLayout): Generator<readonly SpannerValue[]> {
    for (const entry of this.rows.scanRows(layout, ALL_KEYS)) yield entry.row;
  }

  private layout(table: string): TableLayout | null {
    const found = findTable(this.catalog, table);
    return found === undefined ? null : tableLayout(found);
  }
}

function requirePosition(layout: TableLayout, column: string): number {
  const position = columnPosition(layout, column);
  if (position < 0) throw new Error(`Column ${column} not in ${layout.table}`);
  return position;
}

function columnType(layout: TableLayout, column: string): ValueType {
  return layout.columnTypes[requirePosition(layout, column)];
}

/** A column the layout lacks reads as NULL, as a value the row does not hold does. */
function valueAt(row: readonly SpannerValue[], position: number): SpannerValue {
  return position < 0 ? null : row[position];
}

/** The row's primary key as Spanner's messages print it. */
export function rowKeyText(layout: TableShape, row: readonly SpannerValue[]): string {
  const parts = layout.keyParts.map((p) => ({ type: { kind: 'scalar' as const, name: p.type }, desc: p.desc }));
  return keyText(parts, rowKeyValues(layout, row));
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
