/**
 * Mutations committed through the real commit pipeline (a read-write transaction, its WriteSet,
 * the group commit) into a real database file, and the stored rows read back by column name, for
 * the table-driven tests of the mutation checks. Values are engine values (bigint INT64,
 * timestampValue TIMESTAMP...), as convert/ hands them over.
 */
import type { Database } from '../../../src/engine/database/database';
import { layoutsOf } from '../../../src/engine/layout/catalog-layouts';
import { applyMutations } from '../../../src/engine/mutation/apply-mutations';
import {
  COMMIT_TIMESTAMP,
  type Mutation,
  type MutationKey,
  type WriteKind,
  type WriteValue,
} from '../../../src/engine/mutation/mutation';
import { beginReadWrite } from '../../../src/engine/transaction/begin-read-write';
import { commitReadWrite, type CommitResult } from '../../../src/engine/transaction/commit-pipeline';
import { ALL_KEYS } from '../../../src/engine/storage/key-range';
import { SpannerError } from '../../../src/errors/spanner-error';
import type { SpannerValue } from '../../../src/types/spanner-value';
import { TestDatabase } from '../../support/test-database';

export { COMMIT_TIMESTAMP };

let sequence = 0;

/** Commits `mutations` in one read-write transaction; resolves with the commit's result. */
export async function commit(db: Database, mutations: readonly Mutation[]): Promise<CommitResult> {
  const mode = {
    kind: 'readWrite' as const,
    isolation: 'SERIALIZABLE' as const,
    requestedLockMode: null,
    previousTransactionId: null,
    excludeFromChangeStreams: false,
  };
  const id = `t${++sequence}`;
  const txn = beginReadWrite(db, mode, id, { startMicros: Date.now() * 1000, sequence }, () => undefined);
  try {
    const catalog = txn.catalog;
    return await commitReadWrite(db, txn, (writes, commitTimestamp) =>
      applyMutations({ catalog, writes, commitTimestamp, sequences: db.sequences }, mutations),
    );
  } finally {
    txn.finish();
  }
}

/** The code and message the commit fails with (a SpannerError), or null when it commits. */
export async function failure(
  db: Database,
  mutations: readonly Mutation[],
): Promise<{ code: number; message: string } | null> {
  try {
    await commit(db, mutations);
    return null;
  } catch (e) {
    if (e instanceof SpannerError) return { code: e.code, message: e.message };
    throw e;
  }
}

export function write(kind: WriteKind, table: string, columns: string[], ...rows: WriteValue[][]): Mutation {
  return { kind, table, columns, rows };
}

export const insert = (table: string, columns: string[], ...rows: WriteValue[][]) =>
  write('insert', table, columns, ...rows);
export const update = (table: string, columns: string[], ...rows: WriteValue[][]) =>
  write('update', table, columns, ...rows);
export const upsert = (table: string, columns: string[], ...rows: WriteValue[][]) =>
  write('insertOrUpdate', table, columns, ...rows);
export const replace = (table: string, columns: string[], ...rows: WriteValue[][]) =>
  write('replace', table, columns, ...rows);

export function deleteKeys(table: string, ...keys: MutationKey[]): Mutation {
  return { kind: 'delete', table, keySet: { all: false, keys, ranges: [] } };
}

export function deleteRange(
  table: string,
  start: MutationKey,
  end: MutationKey,
  closed: { start: boolean; end: boolean } = { start: true, end: true },
): Mutation {
  return {
    kind: 'delete',
    table,
    keySet: { all: false, keys: [], ranges: [{ start, startClosed: closed.start, end, endClosed: closed.end }] },
  };
}

export function deleteAll(table: string): Mutation {
  return { kind: 'delete', table, keySet: { all: true, keys: [], ranges: [] } };
}

/** Every stored row of `table` in key order, as objects by column name (all columns). */
export function rows(db: Database, table: string): Record<string, SpannerValue>[] {
  const layout = layoutsOf(db.catalog, table).table;
  return [...db.rows.scanRows(layout, ALL_KEYS)].map(({ row }) =>
    Object.fromEntries(layout.columns.map((c, i) => [c, row[i]])),
  );
}

/** The given columns of every stored row of `table`, in key order, as value lists. */
export function values(db: Database, table: string, columns: string[]): SpannerValue[][] {
  return rows(db, table).map((r) => columns.map((c) => r[c]));
}

/** A database file per test, with the statements as its schema. */
export class Databases {
  private files: TestDatabase[] = [];

  create(statements: string[]): Database {
    const file = new TestDatabase();
    this.files.push(file);
    return file.create(statements);
  }

  /** The last created database, opened again from its file (a restart). */
  reopen(): Database {
    return this.files[this.files.length - 1].reopen();
  }

  cleanup(): void {
    this.files.forEach((f) => f.cleanup());
    this.files = [];
  }
}
