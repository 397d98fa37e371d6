/**
 * What schema changes do to sequence counters (engine/mutation/sequence-counters.ts), inside the
 * change's SQLite transaction, as the official emulator does to its in-memory ones: setting START
 * COUNTER WITH (ALTER SEQUENCE, ALTER IDENTITY RESTART COUNTER WITH, an identity column redefined
 * with a START COUNTER WITH) restarts a counter already in use from the new start; renaming a
 * table carries its identity columns' counters along; and a sequence that no longer exists
 * (dropped, or the identity column or its table dropped) loses its counter, so one created again
 * under the same name starts afresh. Replay at startup does not run this: counters are stored.
 */
import { assertNever } from '../../errors/assert-never';
import type { DdlStatement } from '../../sql/ast/ddl-statement';
import type { DdlAlterSequence } from '../../sql/ast/ddl-sequence';
import type { DdlAlterTable } from '../../sql/ast/ddl-table';
import type { Catalog } from '../schema/catalog/catalog';
import { findColumn, findTable } from '../schema/catalog/catalog-lookup';
import { lookupNamed, nameKey } from '../schema/catalog/named-map';
import type { SequenceParams } from '../schema/catalog/sequence-params';
import { identitySequenceName } from '../schema/ddl/identity-columns';
import { START_WITH_COUNTER_OPTION } from '../schema/objects/sequence-options';
import {
  forgetSequenceCountersExcept,
  renameSequenceCounter,
  restartSequenceCounter,
} from '../mutation/sequence-counters';
import type { SqliteDatabase } from '../storage/sqlite-file';

/** Applies the counter effects of `statements`, already applied to produce `catalog`. */
export function resetSequenceCounters(sqlite: SqliteDatabase, statements: readonly DdlStatement[], catalog: Catalog) {
  for (const stmt of statements) {
    if (stmt.kind === 'alterSequence') alterSequenceEffect(sqlite, stmt, catalog);
    else if (stmt.kind === 'alterTable') alterTableEffect(sqlite, stmt, catalog);
    else if (stmt.kind === 'renameTable') {
      for (const { from, to } of stmt.renames) moveIdentityCounters(sqlite, catalog, from.name, to.name);
    }
  }
  forgetSequenceCountersExcept(sqlite, liveSequences(catalog));
}

function alterSequenceEffect(sqlite: SqliteDatabase, stmt: DdlAlterSequence, catalog: Catalog): void {
  const sequence = lookupNamed(catalog.sequences, stmt.name.name);
  if (sequence === undefined) return;
  const { action } = stmt;
  switch (action.kind) {
    case 'setOptions':
      if (!action.options.some((o) => nameKey(o.name) === START_WITH_COUNTER_OPTION)) return;
      return restartSequenceCounter(sqlite, sequence.name, startOf(sequence.params));
    case 'restartCounter':
      return restartSequenceCounter(sqlite, sequence.name, startOf(sequence.params));
    case 'skipRange':
    case 'noSkipRange':
      return;
    default:
      return assertNever(action, 'ALTER SEQUENCE action');
  }
}

function alterTableEffect(sqlite: SqliteDatabase, stmt: DdlAlterTable, catalog: Catalog): void {
  const { action } = stmt;
  if (action.kind === 'renameTo') return moveIdentityCounters(sqlite, catalog, stmt.name.name, action.newName.name);
  if (action.kind !== 'alterColumn') return;
  const restarts =
    (action.alteration.kind === 'alterIdentity' && action.alteration.alteration.kind === 'restartCounter') ||
    (action.alteration.kind === 'redefine' && action.alteration.definition.identity?.startCounterWith != null);
  const table = findTable(catalog, stmt.name.name);
  const column = table === undefined ? undefined : findColumn(table, action.column.name);
  if (!restarts || table === undefined || column?.identity == null) return;
  restartSequenceCounter(sqlite, identitySequenceName(table.name, column.name), startOf(column.identity));
}

function moveIdentityCounters(sqlite: SqliteDatabase, catalog: Catalog, from: string, to: string): void {
  const table = findTable(catalog, to);
  for (const column of table?.columns ?? []) {
    if (column.identity === null) continue;
    renameSequenceCounter(sqlite, identitySequenceName(from, column.name), identitySequenceName(to, column.name));
  }
}

function startOf(params: SequenceParams): bigint {
  return params.startCounterWith === null ? 1n : BigInt(params.startCounterWith);
}

/** Lower-cased names of the catalog's sequences, identity columns' internal ones included. */
function liveSequences(catalog: Catalog): Set<string> {
  const live = new Set([...catalog.sequences.values()].map((s) => nameKey(s.name)));
  for (const table of catalog.tables.values()) {
    for (const column of table.columns) {
      if (column.identity !== null) live.add(nameKey(identitySequenceName(table.name, column.name)));
    }
  }
  return live;
}
