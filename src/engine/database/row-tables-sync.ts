/**
 * Keeps the row store's tables in step with the catalog when DDL is applied, inside the same
 * SQLite transaction as the schema log write: CREATE TABLE creates storage, DROP TABLE drops it,
 * a rename moves it (data kept), ALTER TABLE DROP COLUMN writes a new version of every row that
 * held the column, without it, at the change's timestamp (older versions keep the values for reads
 * before the drop until garbage collection; a column added later under the same name starts as
 * NULL, since no version at or after the drop holds the old values). Statements are replayed in
 * order so that "drop t; create t" empties t; a final pass matches storage to the catalog's
 * table and index lists. Index storage made by that pass is built from the current rows at the
 * change's timestamp (backfill), and ALTER INDEX ADD/DROP STORED COLUMN rebuilds stored values.
 * Validation is not done here: statements were already applied (a UNIQUE index over duplicates
 * never gets here).
 */

import type { Micros } from '../../common/clock';
import type { DdlStatement } from '../../sql/ast/ddl-statement';
import type { Catalog } from '../schema/catalog/catalog';
import { findIndex, findTable, requireTable } from '../schema/catalog/catalog-lookup';
import { namedValues, sameName } from '../schema/catalog/named-map';
import type { Index } from '../schema/catalog/schema-objects';
import { backfillColumns } from './column-backfill';
import { parseSchemaStatement } from '../schema/schema-change';
import { hasIndexStorage, indexLayout } from '../layout/index-layout';
import { tableLayout } from '../layout/table-layout';
import type { RowStore } from '../storage/row-store';
import { decodeColumnValues, encodeColumnValues } from '../storage/value-codec';

/**
 * Applies the storage effects of `statements` (already applied to produce `catalog`) at the
 * schema change's commit timestamp `ts`. `before` is the catalog the one statement was applied
 * to when rows exist (their values may need rewriting); null when the database holds no rows.
 */
export function syncRowTables(
  db: RowStore,
  statements: readonly string[],
  catalog: Catalog,
  ts: Micros,
  before: Catalog | null = null,
): void {
  const refreshed = new Set<string>();
  for (const text of statements) applyStorageEffect(db, parseSchemaStatement(text), refreshed, ts);
  matchCatalog(db, catalog, ts);
  if (before !== null)
    for (const text of statements) backfillColumns(db, parseSchemaStatement(text), before, catalog, ts);
  for (const name of refreshed) {
    const index = findIndex(catalog, name);
    if (index !== undefined && hasIndexStorage(index)) rebuild(db, catalog, index, ts);
  }
}

/** `refreshed` collects indexes whose stored columns changed. */
function applyStorageEffect(db: RowStore, stmt: DdlStatement, refreshed: Set<string>, ts: Micros): void {
  if (stmt.kind === 'dropIndex') db.dropStorage(stmt.name.name, 'index');
  else if (stmt.kind === 'alterIndex') {
    if (stmt.action.kind === 'addStoredColumn' || stmt.action.kind === 'dropStoredColumn') {
      refreshed.add(stmt.name.name);
    }
  } else if (stmt.kind === 'createTable') db.createStorage(stmt.name.name);
  else if (stmt.kind === 'dropTable') db.dropStorage(stmt.name.name);
  else if (stmt.kind === 'renameTable') {
    for (const { from, to } of stmt.renames) db.renameStorage(from.name, to.name);
  } else if (stmt.kind === 'alterTable') {
    const action = stmt.action;
    if (action.kind === 'renameTo') db.renameStorage(stmt.name.name, action.newName.name);
    else if (action.kind === 'dropColumn') dropColumnValues(db, stmt.name.name, action.column.name, ts);
  }
}

/**
 * Storage for every catalog table and index, none for those the catalog no longer has; index
 * storage created here is filled from the current rows at `ts`.
 */
export function matchCatalog(db: RowStore, catalog: Catalog, ts: Micros, dropUnknown = true): void {
  if (dropUnknown) dropStorageNotIn(db, catalog);
  for (const table of namedValues(catalog.tables)) db.createStorage(table.name);
  for (const index of namedValues(catalog.indexes)) {
    if (hasIndexStorage(index) && db.createStorage(index.name, 'index')) rebuild(db, catalog, index, ts);
  }
}

function dropStorageNotIn(db: RowStore, catalog: Catalog): void {
  for (const name of db.storedNames()) if (findTable(catalog, name) === undefined) db.dropStorage(name);
  for (const name of db.storedNames('index')) {
    const index = findIndex(catalog, name);
    if (index === undefined || !hasIndexStorage(index)) db.dropStorage(name, 'index');
  }
}

function rebuild(db: RowStore, catalog: Catalog, index: Index, ts: Micros): void {
  db.rebuildIndex(indexLayout(index, tableLayout(requireTable(catalog, index.table))), ts);
}

/**
 * Supersedes, at `ts`, every current row holding `column` with a version without it. Indexes are
 * untouched: Spanner refuses to drop a column an index uses.
 */
function dropColumnValues(db: RowStore, table: string, column: string, ts: Micros): void {
  db.rewriteCurrentValues(table, ts, (vals) => {
    const values = decodeColumnValues(vals);
    const kept = new Map([...values].filter(([name]) => !sameName(name, column)));
    return kept.size === values.size ? null : encodeColumnValues(kept);
  });
}
