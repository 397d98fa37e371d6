/**
 * One database: its SQLite file, its row store (the one owner of that file's rows), its catalog
 * with the versions of earlier timestamps, and its commit timestamps. Schema changes are
 * validated, applied to the catalog, and persisted as one batch of the schema log in one SQLite
 * transaction; opening a database replays that log. Transactions will hang off this object and
 * share its row store and timestamps. Nothing here knows resource names' syntax, admin metadata
 * or protos.
 */
import { Clock, CommitTimestamps, Micros, parseDurationMicros } from '../../common/clock';
import { readTimestampPastVersionGcLimit, SpannerError } from '../../errors';
import type { DdlStatement } from '../../sql/ast/ddl-statement';
import { Catalog, emptyCatalog } from '../schema/catalog/catalog';
import {
  applyParsedStatements,
  applySchemaChange,
  databaseOptionsOf,
  SchemaChangeResult,
  type SchemaStatement,
} from '../schema/schema-change';
import { noRowsDataAccess } from '../schema/schema-data-access';
import { shapesIn } from '../layout/catalog-layouts';
import type { SqliteDatabase } from '../storage/sqlite-file';
import { RowStore } from '../storage/row-store';
import type { RowChange } from '../storage/row-writes';
import { LockManager } from '../locking/lock-manager';
import { describeSpace } from '../locking/lock-spaces';
import type { Mutation } from '../storage/row-writes';
import type { GarbageStep } from '../storage/version-gc';
import { SequenceCounters } from '../mutation/sequence-counters';
import { CommitQueue } from './commit-queue';
import { DatabaseRows } from './database-rows';
import { matchCatalog, syncRowTables } from './row-tables-sync';
import { SchemaHistory } from './schema-history';
import { readSchemaReceipt, SchemaReceipt, writeSchemaReceipt } from './schema-receipt';
import {
  appendSchemaBatch,
  readDatabaseInfo,
  readLastCommitTimestamp,
  readSchemaLog,
  recordCommitTimestamp,
  writeDatabaseInfo,
} from './schema-log';

/**
 * How a schema change ended. `rejected`: a statement is invalid whatever the data, so nothing was
 * applied (Spanner validates the whole batch before running it). `applied`: every statement was
 * valid (`statements`, parsed, all of them); the first `applied` took effect at `commitTimestamp`
 * (null when none did); `error` is the failure of the next one against the existing rows, which
 * ends the batch.
 */
export type SchemaUpdateOutcome =
  | { readonly kind: 'rejected'; readonly error: SpannerError }
  | {
      readonly kind: 'applied';
      readonly statements: readonly SchemaStatement[];
      readonly applied: number;
      readonly commitTimestamp: Micros | null;
      readonly error: SpannerError | null;
    };

export type AppliedSchemaUpdate = Extract<SchemaUpdateOutcome, { kind: 'applied' }>;

/** Makes the receipt of a batch that applied something, inside its transaction (schema-receipt.ts). */
export type SchemaReceiptMaker = (outcome: AppliedSchemaUpdate) => Uint8Array;

function appliedOutcome(
  statements: readonly SchemaStatement[],
  result: SchemaChangeResult,
  commitTimestamp: Micros | null,
): AppliedSchemaUpdate {
  return { kind: 'applied', statements, applied: result.applied, commitTimestamp, error: result.error };
}

export interface CreateDatabaseInit {
  readonly name: string;
  readonly databaseId: string;
  readonly sqlite: SqliteDatabase;
  readonly clock: Clock;
  /** Already validated by initialSchema(), which produced `catalog` from them. */
  readonly statements: readonly SchemaStatement[];
  /** The proto descriptors sent with them (empty or absent when none were). */
  readonly protoDescriptors?: Uint8Array;
  readonly catalog: Catalog;
}

export interface OpenDatabaseInit {
  readonly name: string;
  readonly sqlite: SqliteDatabase;
  readonly clock: Clock;
  /** Told when the stored log no longer applies cleanly (the database opens with what did). */
  readonly warn: (message: string) => void;
}

const NO_DESCRIPTORS = new Uint8Array(0);

/** Spanner's default version_retention_period. */
const DEFAULT_RETENTION_MICROS: Micros = 3_600_000_000;

/** database_info key of the newest cutoff at which row versions were actually collected. */
const GC_HORIZON_KEY = 'gc_horizon';

export class Database {
  /**
   * Versions superseded before this were collected: reads before it would miss them even when a
   * longer retention period is set later (Spanner does not bring collected versions back).
   */
  private gcHorizon: Micros = 0;

  /** The counters of its sequences and identity columns, kept in its file. */
  readonly sequences: SequenceCounters;

  private constructor(
    readonly name: string,
    readonly databaseId: string,
    readonly rows: RowStore,
    readonly createTime: Micros,
    readonly commitTimestamps: CommitTimestamps,
    private readonly history: SchemaHistory,
    private readonly clock: Clock,
  ) {
    this.sequences = new SequenceCounters(rows.sqlite);
    this.commits = new CommitQueue(rows.sqlite);
  }

  /** The locks of this database's read-write transactions. */
  readonly locks = new LockManager({ describeSpace });

  /** Commits of the same moment share one SQLite transaction. */
  readonly commits: CommitQueue;

  /** Writes a new database's identity and initial schema into its (empty) file, atomically. */
  static create(init: CreateDatabaseInit): Database {
    const timestamps = new CommitTimestamps(init.clock, readLastCommitTimestamp(init.sqlite));
    const createTime = timestamps.next();
    const rows = new RowStore(init.sqlite);
    init.sqlite.transaction(() => {
      writeDatabaseInfo(init.sqlite, 'name', init.name);
      writeDatabaseInfo(init.sqlite, 'database_id', init.databaseId);
      writeDatabaseInfo(init.sqlite, 'create_time', String(createTime));
      if (init.statements.length > 0) {
        const protoDescriptors = init.protoDescriptors ?? NO_DESCRIPTORS;
        const statements = init.statements.map((s) => s.text);
        appendSchemaBatch(init.sqlite, { commitTimestamp: createTime, statements, protoDescriptors });
      }
      syncRowTables(rows, parsedForms(init.statements), init.catalog, createTime);
      recordCommitTimestamp(init.sqlite, createTime);
    })();
    rows.invalidate();
    const history = new SchemaHistory(createTime, init.catalog);
    return new Database(init.name, init.databaseId, rows, createTime, timestamps, history, init.clock);
  }

  /** Opens an existing database file and rebuilds its catalog by replaying the schema log. */
  static open(init: OpenDatabaseInit): Database {
    const { sqlite } = init;
    const storedName = readDatabaseInfo(sqlite, 'name');
    if (storedName !== init.name) init.warn(`Database file of ${init.name} names ${storedName ?? 'no database'}.`);
    const databaseId = readDatabaseInfo(sqlite, 'database_id') ?? init.name.split('/').pop()!;
    const createTime = Number(readDatabaseInfo(sqlite, 'create_time') ?? 0);
    const history = new SchemaHistory(createTime, emptyCatalog(databaseId));
    for (const batch of readSchemaLog(sqlite)) {
      const result = applySchemaChange(history.latest, batch.statements, noRowsDataAccess, batch.protoDescriptors);
      if (result.error) {
        init.warn(
          `Replaying the schema of ${init.name} failed at "${batch.statements[result.applied]}": ` +
            `${result.error.message}; that statement and the rest of its batch are skipped.`,
        );
      }
      history.add(batch.commitTimestamp, result.catalog);
    }
    const timestamps = new CommitTimestamps(init.clock, readLastCommitTimestamp(sqlite));
    // Files written before the row store (or index storage) existed lack some storage; indexes
    // built now are built at the last commit timestamp (older reads of them see no entries).
    // Opening never drops storage: should replay fail part way, the rows of tables the partial
    // schema lacks are kept for a later, fixed replay.
    const last = Math.max(readLastCommitTimestamp(sqlite), createTime);
    const rows = new RowStore(sqlite);
    sqlite.transaction(() => matchCatalog(rows, history.latest, last, false))();
    rows.invalidate();
    const db = new Database(init.name, databaseId, rows, createTime, timestamps, history, init.clock);
    db.gcHorizon = Number(readDatabaseInfo(sqlite, GC_HORIZON_KEY) ?? 0);
    db.pruneHistory();
    return db;
  }

  /** The database file's SQLite handle (its rows are read and written through `rows`). */
  get sqlite(): SqliteDatabase {
    return this.rows.sqlite;
  }

  get catalog(): Catalog {
    return this.history.latest;
  }

  /** The schema in force at `t` (microseconds), or null when `t` is before what is kept. */
  schemaAt(t: Micros): Catalog | null {
    return this.history.at(t);
  }

  /** The database's version retention period in microseconds (its option, else Spanner's 1h). */
  get versionRetentionMicros(): Micros {
    return parseDurationMicros(databaseOptionsOf(this.catalog).versionRetentionPeriod) ?? DEFAULT_RETENTION_MICROS;
  }

  /**
   * The oldest timestamp a read may use (GetDatabase's earliest_version_time): the retention period
   * back, but not before creation, nor before versions or schemas already collected.
   */
  earliestVersionTime(): Micros {
    const retained = this.clock.nowMicros() - this.versionRetentionMicros;
    return Math.max(this.createTime, retained, this.gcHorizon, this.history.earliest);
  }

  /**
   * Refuses a read at `t` older than earliestVersionTime() (FAILED_PRECONDITION, Spanner's
   * message). A read exactly at the earliest version time is allowed: that is what the field
   * promises (the official emulator also refuses that one microsecond).
   */
  assertReadableAt(t: Micros): void {
    if (t < this.earliestVersionTime()) throw readTimestampPastVersionGcLimit(t);
  }

  /**
   * UpdateDatabaseDdl (with the proto descriptors sent along, persisted with the applied part):
   * validates every statement against the schema alone (an invalid one rejects
   * the whole batch), then applies them against the existing rows, where a statement the data
   * violates ends the batch with the earlier ones kept. The applied part is persisted atomically,
   * with the receipt `receiptOf` makes for it when given.
   */
  updateSchema(
    statements: readonly string[],
    protoDescriptors: Uint8Array = NO_DESCRIPTORS,
    receiptOf?: SchemaReceiptMaker,
  ): SchemaUpdateOutcome {
    const validated = applySchemaChange(this.catalog, statements, noRowsDataAccess, protoDescriptors);
    if (validated.error) return { kind: 'rejected', error: validated.error };
    let result: SchemaChangeResult = validated;
    let commitTimestamp: Micros | null = null;
    try {
      this.sqlite.transaction(() => {
        // Taken first: index backfill writes entries at it. Unused when nothing applies, which
        // leaves a gap in the (still increasing) timestamps and nothing else.
        const ts = this.commitTimestamps.next();
        result = this.rows.hasAnyRows()
          ? this.applyAgainstRows(validated.statements, ts, protoDescriptors)
          : this.applyToEmpty(validated, ts);
        if (result.applied === 0) return;
        commitTimestamp = ts;
        const applied = statements.slice(0, result.applied);
        appendSchemaBatch(this.sqlite, { commitTimestamp, statements: applied, protoDescriptors });
        recordCommitTimestamp(this.sqlite, commitTimestamp);
        if (receiptOf) {
          const payload = receiptOf(appliedOutcome(validated.statements, result, commitTimestamp));
          writeSchemaReceipt(this.sqlite, { commitTimestamp, payload });
        }
      })();
    } finally {
      // A rollback (of the batch or of one statement's savepoint) may undo storage changes.
      this.rows.invalidate();
    }
    if (commitTimestamp !== null) {
      this.history.add(commitTimestamp, result.catalog);
      this.pruneHistory();
    }
    return appliedOutcome(validated.statements, result, commitTimestamp);
  }

  /** The receipt of the latest schema batch given one, or null. */
  lastSchemaReceipt(): SchemaReceipt | null {
    return readSchemaReceipt(this.sqlite);
  }

  /**
   * Writes a committing transaction's rows (checked, with the states they replace) at
   * `commitTimestamp`; inside the commit queue this is a savepoint of the group's transaction,
   * durable when the group commits.
   */
  writeRowChanges(changes: readonly RowChange[], commitTimestamp: Micros): void {
    this.sqlite.transaction(() => {
      this.rows.applyRowChanges(changes, commitTimestamp);
      recordCommitTimestamp(this.sqlite, commitTimestamp);
    })();
  }

  /**
   * Applies a batch of mutations at a fresh commit timestamp in one SQLite transaction and returns
   * that timestamp, with no checks and no locks: rows seeded directly into storage, as the schema
   * engine's data tests do. Clients' writes go through the commit pipeline.
   */
  writeMutations(mutations: readonly Mutation[]): Micros {
    const commitTimestamp = this.commitTimestamps.next();
    const shapes = shapesIn(this.catalog);
    this.sqlite.transaction(() => {
      this.rows.applyMutations(shapes, mutations, commitTimestamp);
      recordCommitTimestamp(this.sqlite, commitTimestamp);
    })();
    return commitTimestamp;
  }

  /**
   * One bounded step of garbage collection: drops up to `limit` row and index versions no read at
   * or after earliestVersionTime() can see, and the schema versions before it. The cutoff is
   * recorded with the deletions when any happened, so it survives a restart.
   */
  collectVersions(limit = Number.POSITIVE_INFINITY): GarbageStep {
    const cutoff = this.earliestVersionTime();
    this.history.prune(cutoff);
    return this.rows.collectGarbage(cutoff, limit, (removed) => {
      if (removed === 0 || cutoff <= this.gcHorizon) return;
      writeDatabaseInfo(this.sqlite, GC_HORIZON_KEY, String(cutoff));
      this.gcHorizon = cutoff;
    });
  }

  /** Without rows there is nothing to check: the storage effects of the validated batch. */
  private applyToEmpty(validated: SchemaChangeResult, ts: Micros): SchemaChangeResult {
    syncRowTables(this.rows, parsedForms(validated.statements), validated.catalog, ts);
    return validated;
  }

  /**
   * Applies statements one at a time inside the caller's SQLite transaction, each checked against
   * the rows as the schema before it describes them (a column added earlier in the batch reads as
   * NULL, a table created earlier is empty, a renamed one keeps its rows) and each followed by its
   * storage effects. A statement the rows violate ends the batch; the earlier ones stay.
   */
  private applyAgainstRows(
    statements: readonly SchemaStatement[],
    ts: Micros,
    protoDescriptors: Uint8Array,
  ): SchemaChangeResult {
    let catalog = this.catalog;
    for (let i = 0; i < statements.length; i++) {
      const rows = new DatabaseRows(this.rows, catalog);
      const step = applyParsedStatements(catalog, [statements[i]], rows, protoDescriptors);
      const error = step.error ?? this.syncStatement(statements[i], catalog, step.catalog, ts);
      if (error !== null) return { catalog, applied: i, statements: statements.slice(0, i), error };
      catalog = step.catalog;
    }
    return { catalog, applied: statements.length, statements, error: null };
  }

  /**
   * One statement's storage effects in a savepoint: a backfill the rows reject (a NOT NULL column
   * computed as NULL, an evaluation error) undoes that statement's writes only.
   */
  private syncStatement(
    statement: SchemaStatement,
    before: Catalog,
    catalog: Catalog,
    ts: Micros,
  ): SpannerError | null {
    try {
      this.sqlite.transaction(() => syncRowTables(this.rows, [statement.ast], catalog, ts, before))();
      return null;
    } catch (e) {
      this.rows.invalidate();
      if (e instanceof SpannerError) return e;
      throw e;
    }
  }

  close(): void {
    if (this.sqlite.open) this.sqlite.close();
  }

  private pruneHistory(): void {
    this.history.prune(this.earliestVersionTime());
  }
}

function parsedForms(statements: readonly SchemaStatement[]): DdlStatement[] {
  return statements.map((s) => s.ast);
}
