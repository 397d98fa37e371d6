/**
 * Rewrites stored column values that a schema change defines anew, as Spanner does in the same
 * schema change: ADD COLUMN with a DEFAULT or a generation expression fills every existing row
 * (a NOT NULL column that would get NULL fails the statement), and ALTER COLUMN between STRING
 * and BYTES converts the stored values. Writes are new row versions at the change's timestamp, so
 * reads at earlier timestamps keep seeing the rows as they were. Index entries of a converted
 * column are rebuilt. Runs inside the schema change's SQLite transaction; an error leaves the
 * caller to roll back.
 */

import type { Micros } from '../../common/clock';
import { unimplementedFeature } from '../../errors/general-errors';
import { nullValueForNotNullColumn } from '../../errors/schema-alter-errors';
import { timestampValue, type SpannerValue } from '../../types/spanner-value';
import { evalContext, type EvalContext } from '../query/evaluator/index';
import { isScalar, type SqlType } from '../query/analyzer/sql-type';
import type { Catalog } from '../schema/catalog/catalog';
import { baseType } from '../schema/catalog/column-types';
import { findColumn, findTable, indexesOnTable } from '../schema/catalog/catalog-lookup';
import type { Column, Table } from '../schema/catalog/table';
import { isTokenList, TableExpressions } from '../schema/evaluation/table-expressions';
import { hasIndexStorage, indexLayout } from '../layout/index-layout';
import { tableLayout, type TableLayout } from '../layout/table-layout';
import { ALL_KEYS } from '../storage/key-range';
import { rowKeyValues } from '../storage/row-codec';
import type { RowStore } from '../storage/row-store';
import { columnPosition } from '../storage/row-shape';
import { rowKeyText } from './database-rows';

/**
 * ADD COLUMN applied to `before`, giving `after`: fills a column the statement added (ADD COLUMN
 * IF NOT EXISTS of an existing one adds nothing) when it has a DEFAULT or a generation expression.
 */
export function fillAddedColumn(
  db: RowStore,
  before: Catalog,
  after: Catalog,
  tableName: string,
  columnName: string,
  ts: Micros,
): void {
  const table = findTable(after, tableName);
  const oldTable = findTable(before, tableName);
  if (table === undefined || oldTable === undefined) return;
  const column = findColumn(table, columnName);
  if (column === undefined || findColumn(oldTable, column.name) !== undefined || isTokenList(column)) return;
  if (column.identity !== null) refuseIdentityBackfill(db, table);
  else if (column.generated !== null || column.defaultValue !== null) fillColumn(db, after, table, column, ts);
}

/** ALTER COLUMN with a new definition: converts the stored values when their form changes. */
export function convertAlteredColumn(
  db: RowStore,
  before: Catalog,
  after: Catalog,
  tableName: string,
  columnName: string,
  ts: Micros,
): void {
  const table = findTable(after, tableName);
  const column = table === undefined ? undefined : findColumn(table, columnName);
  const oldTable = findTable(before, tableName);
  const old = oldTable === undefined ? undefined : findColumn(oldTable, columnName);
  if (table !== undefined && column !== undefined && old !== undefined && changesShape(old, column)) {
    convertColumn(db, after, table, column, ts);
  }
}

/**
 * Only STRING <-> BYTES changes the stored shapes: the other changes ALTER COLUMN allows (PROTO and
 * BYTES, ENUM and INT64, among PROTO or ENUM types) keep bytes as bytes and numbers as numbers.
 */
function changesShape(before: Column, after: Column): boolean {
  const stringOrBytes = (t: SqlType) => isScalar(t, 'STRING') || isScalar(t, 'BYTES');
  const from = baseType(before.type);
  const to = baseType(after.type);
  return stringOrBytes(from) && stringOrBytes(to) && isScalar(from, 'STRING') !== isScalar(to, 'STRING');
}

/** Identity values come from the sequence's counter, which lives with the data plane's state. */
function refuseIdentityBackfill(db: RowStore, table: Table): void {
  if (db.hasRows(table.name)) {
    throw unimplementedFeature('Adding an identity column to a table that has rows');
  }
}

function fillColumn(db: RowStore, catalog: Catalog, table: Table, column: Column, ts: Micros): void {
  const layout = tableLayout(table);
  const existing = materialize(db, layout);
  // Compiled only when there are rows: an empty table needs no evaluation.
  if (existing.length === 0) return;
  const expressions = new TableExpressions(catalog, table);
  const ctx = schemaChangeContext(ts);
  const at = expressions.positionOf(column.name);
  // PROTO and ENUM columns have no analyzable type: their expressions cannot be evaluated yet.
  if (at < 0) throw unimplementedFeature(`Filling existing rows of the PROTO or ENUM column ${column.name}`);
  const computeDefault = column.generated === null ? expressions.defaultOf(column) : null;
  const positions = expressions.columns.map((c) => columnPosition(layout, c.name));
  const rows: SpannerValue[][] = [];
  for (const stored of existing) {
    let value: SpannerValue;
    if (computeDefault !== null) value = computeDefault([], ctx);
    else {
      const row = positions.map((p) => stored[p] ?? null);
      expressions.computeGenerated(row, ctx);
      value = row[at];
    }
    if (value === null && column.notNull)
      throw nullValueForNotNullColumn(table.name, column.name, rowKeyText(layout, stored));
    rows.push([...rowKeyValues(layout, stored), value]);
  }
  write(db, layout, [...keyColumns(layout), column.name], rows, ts);
}

/** STRING <-> BYTES (also as array elements): the stored shapes follow the new type. */
function convertColumn(db: RowStore, catalog: Catalog, table: Table, column: Column, ts: Micros): void {
  const layout = tableLayout(table);
  const at = columnPosition(layout, column.name);
  const rows: SpannerValue[][] = [];
  for (const stored of materialize(db, layout)) {
    const value = stored[at];
    const converted = convertShape(value);
    if (converted !== value) rows.push([...rowKeyValues(layout, stored), converted]);
  }
  if (rows.length === 0) return;
  write(db, layout, [...keyColumns(layout), column.name], rows, ts);
  for (const index of indexesOnTable(catalog, table.name)) {
    if (hasIndexStorage(index)) db.rebuildIndex(indexLayout(index, layout), ts);
  }
}

function convertShape(value: SpannerValue): SpannerValue {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  if (Array.isArray(value)) return value.map(convertShape);
  return value;
}

/** Rows are read completely before writing, so every value is computed from the rows as they were. */
function materialize(db: RowStore, layout: TableLayout): (readonly SpannerValue[])[] {
  return [...db.scanRows(layout, ALL_KEYS)].map((entry) => entry.row);
}

function keyColumns(layout: TableLayout): string[] {
  return layout.keyPositions.map((p) => layout.columns[p]);
}

/**
 * Index entries are left alone: no index can cover a column being added, and a converted
 * column's indexes are rebuilt afterwards (their old entries hold the old shapes).
 */
function write(
  db: RowStore,
  layout: TableLayout,
  columns: readonly string[],
  rows: readonly SpannerValue[][],
  ts: Micros,
): void {
  if (rows.length === 0) return;
  db.applyMutations(
    () => ({ table: layout, indexes: [] }),
    [{ kind: 'update', table: layout.table, columns, rows }],
    ts,
  );
}

/** What column expressions see during a schema change: its commit timestamp as "now". */
function schemaChangeContext(ts: Micros): EvalContext {
  const nanos = BigInt(ts) * 1000n;
  return evalContext({ statementTime: nanos, pendingCommitTimestamp: () => timestampValue(nanos) });
}
