/**
 * Keeps the row store's tables in step with the catalog when DDL is applied, inside the same
 * SQLite transaction as the schema log write: CREATE TABLE creates storage, DROP TABLE drops it,
 * a rename moves it (data kept), ALTER TABLE DROP COLUMN clears the column's values (so a column
 * added later under the same name starts as NULL). Statements are replayed in order so that
 * "drop t; create t" empties t; a final pass matches storage to the catalog's table list.
 * Indexes have no storage yet. Validation is not done here: statements were already applied.
 */

import type { DdlStatement } from '../../sql/ast/ddl-statement';
import type { Catalog } from '../schema/catalog/catalog';
import { findTable } from '../schema/catalog/catalog-lookup';
import { namedValues } from '../schema/catalog/named-map';
import { parseSchemaStatement } from '../schema/schema-change';
import type { SqliteDatabase } from '../storage/metadata-database';
import { createStorage, dropStorage, renameStorage, storageOf, storedTableNames } from '../storage/row-tables';
import { decodeColumnValues, encodeColumnValues } from '../storage/value-codec';

/** Applies the storage effects of `statements` (already applied to produce `catalog`). */
export function syncRowTables(db: SqliteDatabase, statements: readonly string[], catalog: Catalog): void {
  for (const text of statements) applyStorageEffect(db, parseSchemaStatement(text));
  matchCatalog(db, catalog);
}

function applyStorageEffect(db: SqliteDatabase, stmt: DdlStatement): void {
  if (stmt.kind === 'createTable') createStorage(db, stmt.name.name);
  else if (stmt.kind === 'dropTable') dropStorage(db, stmt.name.name);
  else if (stmt.kind === 'renameTable') {
    for (const { from, to } of stmt.renames) renameStorage(db, from.name, to.name);
  } else if (stmt.kind === 'alterTable') {
    const action = stmt.action;
    if (action.kind === 'renameTo') renameStorage(db, stmt.name.name, action.newName.name);
    else if (action.kind === 'dropColumn') clearColumn(db, stmt.name.name, action.column.name);
  }
}

/** Storage for every catalog table, none for tables the catalog no longer has. */
export function matchCatalog(db: SqliteDatabase, catalog: Catalog): void {
  for (const name of storedTableNames(db)) if (findTable(catalog, name) === undefined) dropStorage(db, name);
  for (const table of namedValues(catalog.tables)) createStorage(db, table.name);
}

/** Removes a dropped column's values from every version of every row. */
function clearColumn(db: SqliteDatabase, table: string, column: string): void {
  const names = storageOf(db, table);
  if (names === null) return;
  const lower = column.toLowerCase();
  for (const [storage, keyCols] of [
    [names.current, 'key'],
    [names.history, 'key, ts_from'],
  ] as const) {
    const rows = db.prepare(`SELECT ${keyCols}, vals FROM ${storage}`).all() as Record<string, Buffer | number>[];
    const where = keyCols === 'key' ? 'key = @key' : 'key = @key AND ts_from = @ts_from';
    const update = db.prepare(`UPDATE ${storage} SET vals = @vals WHERE ${where}`);
    for (const row of rows) {
      const values = decodeColumnValues(row.vals as Buffer);
      const kept = new Map([...values].filter(([name]) => name.toLowerCase() !== lower));
      if (kept.size === values.size) continue;
      const { vals: _old, ...keyParams } = row;
      update.run({ ...keyParams, vals: encodeColumnValues(kept) });
    }
  }
}
