/**
 * The schema change log of a database file: every applied DDL statement, in order, with the commit
 * timestamp of the batch it belonged to, and the proto descriptors sent with the batch, if any (the
 * proto bundle is built from them). It is the only persisted form of the schema: the catalog
 * is rebuilt from it on open (deterministic apply), never serialized. Callers write a batch and the
 * advanced commit clock inside one SQLite transaction, so a crash keeps a batch whole or drops it.
 */
import type { Statement } from 'better-sqlite3';
import type { Micros } from '../../common/clock';
import type { SqliteDatabase } from '../storage/sqlite-file';

export interface SchemaBatch {
  readonly commitTimestamp: Micros;
  readonly statements: readonly string[];
  /** The serialized FileDescriptorSet sent with the batch; empty when none was. */
  readonly protoDescriptors: Uint8Array;
}

/** The log as batches in application order (statements sharing a commit timestamp form a batch). */
export function readSchemaLog(db: SqliteDatabase): SchemaBatch[] {
  const rows = db.prepare('SELECT commit_timestamp AS t, statement AS s FROM schema_changes ORDER BY seq').all() as {
    t: number;
    s: string;
  }[];
  const descriptors = readBatchDescriptors(db);
  const batches: { commitTimestamp: Micros; statements: string[]; protoDescriptors: Uint8Array }[] = [];
  for (const row of rows) {
    const last = batches[batches.length - 1];
    if (last && last.commitTimestamp === row.t) last.statements.push(row.s);
    else
      batches.push({ commitTimestamp: row.t, statements: [row.s], protoDescriptors: descriptors.get(row.t) ?? NONE });
  }
  return batches;
}

const NONE = new Uint8Array(0);

function readBatchDescriptors(db: SqliteDatabase): Map<Micros, Uint8Array> {
  const rows = db
    .prepare('SELECT commit_timestamp AS t, proto_descriptors AS d FROM schema_change_descriptors')
    .all() as { t: number; d: Buffer }[];
  return new Map(rows.map((r) => [r.t, new Uint8Array(r.d)]));
}

/** Appends a batch; run inside the caller's transaction together with recordCommitTimestamp. */
export function appendSchemaBatch(db: SqliteDatabase, batch: SchemaBatch): void {
  const insert = db.prepare('INSERT INTO schema_changes (commit_timestamp, statement) VALUES (?, ?)');
  for (const statement of batch.statements) insert.run(batch.commitTimestamp, statement);
  if (batch.protoDescriptors.length === 0) return;
  db.prepare('INSERT INTO schema_change_descriptors (commit_timestamp, proto_descriptors) VALUES (?, ?)').run(
    batch.commitTimestamp,
    Buffer.from(batch.protoDescriptors),
  );
}

export function readLastCommitTimestamp(db: SqliteDatabase): Micros {
  const row = db.prepare('SELECT last_commit_timestamp AS t FROM commit_clock WHERE id = 0').get() as
    { t: number } | undefined;
  return row?.t ?? 0;
}

const recordStatements = new WeakMap<SqliteDatabase, Statement>();

/** Every commit records its timestamp: the statement is prepared once per connection. */
export function recordCommitTimestamp(db: SqliteDatabase, t: Micros): void {
  let statement = recordStatements.get(db);
  if (statement === undefined) {
    statement = db.prepare(
      `INSERT INTO commit_clock (id, last_commit_timestamp) VALUES (0, ?)
       ON CONFLICT (id) DO UPDATE SET last_commit_timestamp = MAX(last_commit_timestamp, excluded.last_commit_timestamp)`,
    );
    recordStatements.set(db, statement);
  }
  statement.run(t);
}

export function readDatabaseInfo(db: SqliteDatabase, key: string): string | undefined {
  return (db.prepare('SELECT value FROM database_info WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

export function writeDatabaseInfo(db: SqliteDatabase, key: string, value: string): void {
  db.prepare(
    'INSERT INTO database_info (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
