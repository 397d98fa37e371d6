/**
 * Keeps the row store's tables in step with the catalog when DDL is applied, inside the same
 * SQLite transaction as the schema log write: CREATE TABLE creates storage, DROP TABLE retires it
 * (kept for reads before the drop until garbage collection), a rename moves it (data kept), ALTER TABLE DROP COLUMN writes a new version of every row that
 * held the column, without it, at the change's timestamp (older versions keep the values for reads
 * before the drop until garbage collection; a column added later under the same name starts as
 * NULL, since no version at or after the drop holds the old values). Statements are replayed in
 * order so that "drop t; create t" empties t; a final pass matches storage to the catalog's
 * table and index lists. Index storage made by that pass is built from the current rows at the
 * change's timestamp (backfill), and ALTER INDEX ADD/DROP STORED COLUMN rebuilds stored values.
 * Sequence counters follow the schema too (sequence-resets.ts). Validation is not done here:
 * statements were already applied (a UNIQUE index over duplicates never gets here).
 */

import type { Micros } from '../../common/clock';
import { assertNever } from '../../errors/assert-never';
import type { DdlAlterIndex } from '../../sql/ast/ddl-index';
import type { DdlStatement } from '../../sql/ast/ddl-statement';
import type { DdlAlterTable } from '../../sql/ast/ddl-table';
import type { Catalog } from '../schema/catalog/catalog';
import { findIndex, findTable, requireTable } from '../schema/catalog/catalog-lookup';
import { namedValues, sameName } from '../schema/catalog/named-map';
import type { Index } from '../schema/catalog/schema-objects';
import { convertAlteredColumn, fillAddedColumn } from './column-backfill';
import { resetSequenceCounters } from './sequence-resets';
import { hasIndexStorage, indexLayout, type IndexLayout } from '../layout/index-layout';
import { indexKeySize, MAX_KEY_BYTES } from '../mutation/key-size';
import { indexKeyTooLargeForBackfill } from '../../errors/row-write-errors';
import { ALL_KEYS } from '../storage/key-range';
import { tableLayout } from '../layout/table-layout';
import type { RowStore } from '../storage/row-store';
import { decodeColumnValues, encodeColumnValues } from '../storage/value-codec';

/**
 * Applies the storage effects of `statements` (already applied, in their parsed form, to produce
 * `catalog`) at the schema change's commit timestamp `ts`. `before` is the catalog the one
 * statement was applied to when rows exist (their values may need rewriting); null when the
 * database holds no rows.
 */
export function syncRowTables(
  db: RowStore,
  statements: readonly DdlStatement[],
  catalog: Catalog,
  ts: Micros,
  before: Catalog | null = null,
): void {
  const followUps = statements.flatMap((stmt) => applyStorageEffect(db, stmt, ts));
  matchCatalog(db, catalog, ts);
  for (const followUp of followUps) runFollowUp(db, followUp, before, catalog, ts);
  resetSequenceCounters(db.sqlite, statements, catalog);
}

/** What a statement leaves to do once storage matches the new catalog. */
type FollowUp =
  /** ALTER INDEX ADD / DROP STORED COLUMN: the entries' stored values change. */
  | { readonly kind: 'rebuildIndex'; readonly index: string }
  /** ADD COLUMN, which may compute values for existing rows. */
  | { readonly kind: 'fillColumn'; readonly table: string; readonly column: string }
  /** ALTER COLUMN with a new definition, which may change the stored form of values. */
  | { readonly kind: 'convertColumn'; readonly table: string; readonly column: string };

/** The immediate storage effect of one statement; what must wait for the catalog's storage. */
function applyStorageEffect(db: RowStore, stmt: DdlStatement, ts: Micros): FollowUp[] {
  switch (stmt.kind) {
    case 'createTable':
      db.createStorage(stmt.name.name);
      return [];
    case 'dropTable':
      db.dropStorage(stmt.name.name, 'rows', ts);
      return [];
    case 'renameTable':
      for (const { from, to } of stmt.renames) db.renameStorage(from.name, to.name, 'rows', ts);
      return [];
    case 'alterTable':
      return alterTableEffect(db, stmt, ts);
    case 'dropIndex':
      db.dropStorage(stmt.name.name, 'index', ts);
      return [];
    case 'alterIndex':
      return alterIndexEffect(stmt);
    case 'createIndex':
    case 'createSearchIndex':
    case 'createVectorIndex':
      return []; // storage made, and built from the rows, by matchCatalog's pass
    case 'createDatabase':
    case 'alterDatabase':
    case 'createView':
    case 'dropView':
    case 'createFunction':
    case 'dropFunction':
    case 'createSequence':
    case 'alterSequence':
    case 'dropSequence':
    case 'createChangeStream':
    case 'alterChangeStream':
    case 'dropChangeStream':
    case 'createRole':
    case 'dropRole':
    case 'grant':
    case 'revoke':
    case 'createSchema':
    case 'alterSchema':
    case 'dropSchema':
    case 'createModel':
    case 'alterModel':
    case 'dropModel':
    case 'createPropertyGraph':
    case 'dropPropertyGraph':
    case 'createPlacement':
    case 'alterPlacement':
    case 'dropPlacement':
    case 'createLocalityGroup':
    case 'alterLocalityGroup':
    case 'dropLocalityGroup':
    case 'alterStatistics':
    case 'createProtoBundle':
    case 'alterProtoBundle':
    case 'dropProtoBundle':
    case 'analyze':
      return []; // no effect on stored rows
    default:
      return assertNever(stmt, 'DDL statement');
  }
}

function alterTableEffect(db: RowStore, stmt: DdlAlterTable, ts: Micros): FollowUp[] {
  const table = stmt.name.name;
  const action = stmt.action;
  switch (action.kind) {
    case 'renameTo':
      db.renameStorage(table, action.newName.name, 'rows', ts);
      return [];
    case 'dropColumn':
      dropColumnValues(db, table, action.column.name, ts);
      return [];
    case 'addColumn':
      return [{ kind: 'fillColumn', table, column: action.column.name.name }];
    case 'alterColumn':
      return action.alteration.kind === 'redefine'
        ? [{ kind: 'convertColumn', table, column: action.column.name }]
        : [];
    case 'addConstraint':
    case 'dropConstraint':
    case 'addRowDeletionPolicy':
    case 'replaceRowDeletionPolicy':
    case 'dropRowDeletionPolicy':
    case 'setOnDelete':
    case 'setInterleave':
    case 'setOptions':
    case 'addSynonym':
    case 'dropSynonym':
      return [];
    default:
      return assertNever(action, 'ALTER TABLE action');
  }
}

function alterIndexEffect(stmt: DdlAlterIndex): FollowUp[] {
  switch (stmt.action.kind) {
    case 'addStoredColumn':
    case 'dropStoredColumn':
      return [{ kind: 'rebuildIndex', index: stmt.name.name }];
    case 'alterStoredColumn':
    case 'setOptions':
      return [];
    default:
      return assertNever(stmt.action, 'ALTER INDEX action');
  }
}

/** Column values are rewritten only over existing rows (`before` is null when there are none). */
function runFollowUp(db: RowStore, followUp: FollowUp, before: Catalog | null, catalog: Catalog, ts: Micros) {
  switch (followUp.kind) {
    case 'rebuildIndex': {
      const index = findIndex(catalog, followUp.index);
      if (index !== undefined && hasIndexStorage(index)) rebuild(db, catalog, index, ts);
      return;
    }
    case 'fillColumn':
      if (before !== null) fillAddedColumn(db, before, catalog, followUp.table, followUp.column, ts);
      return;
    case 'convertColumn':
      if (before !== null) convertAlteredColumn(db, before, catalog, followUp.table, followUp.column, ts);
      return;
    default:
      return assertNever(followUp, 'storage follow-up');
  }
}

/**
 * Storage for every catalog table and index, none for those the catalog no longer has; index
 * storage created here is filled from the current rows at `ts`. A schema change (`dropUnknown`)
 * refuses an index an existing row would give a key over Spanner's limit; opening a file does not.
 */
export function matchCatalog(db: RowStore, catalog: Catalog, ts: Micros, dropUnknown = true): void {
  if (dropUnknown) dropStorageNotIn(db, catalog, ts);
  for (const table of namedValues(catalog.tables)) db.createStorage(table.name);
  for (const index of namedValues(catalog.indexes)) {
    if (!hasIndexStorage(index) || !db.createStorage(index.name, 'index')) continue;
    const layout = indexLayout(index, tableLayout(requireTable(catalog, index.table)));
    if (dropUnknown) checkBackfillKeySizes(db, layout);
    db.rebuildIndex(layout, ts);
  }
}

/** An existing row whose key in a new index exceeds Spanner's limit fails the statement. */
function checkBackfillKeySizes(db: RowStore, index: IndexLayout): void {
  for (const { row } of db.scanRows(index.table, ALL_KEYS)) {
    const size = indexKeySize(index, row);
    if (size > MAX_KEY_BYTES) throw indexKeyTooLargeForBackfill(index.index, size, MAX_KEY_BYTES);
  }
}

function dropStorageNotIn(db: RowStore, catalog: Catalog, ts: Micros): void {
  for (const name of db.storedNames()) if (findTable(catalog, name) === undefined) db.dropStorage(name, 'rows', ts);
  for (const name of db.storedNames('index')) {
    const index = findIndex(catalog, name);
    if (index === undefined || !hasIndexStorage(index)) db.dropStorage(name, 'index', ts);
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
