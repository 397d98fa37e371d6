/**
 * Long-running operations as rows of the metadata database (table `operations`). Every admin
 * operation of this emulator completes before its RPC returns, so a record is written once, done,
 * with its metadata and result as already-encoded messages (type URL + bytes): this layer stores
 * them without knowing their types. Names are `<instance or database>/operations/<id>`.
 */
import type { Micros } from '../../common/clock';
import type { SqliteDatabase } from '../../engine/storage/sqlite-file';

/** A protobuf message in its binary encoding with its type URL: what google.protobuf.Any holds. */
export interface PackedMessage {
  readonly typeUrl: string;
  readonly value: Buffer;
}

export type OperationResult =
  | { readonly kind: 'response'; readonly response: PackedMessage }
  | { readonly kind: 'error'; readonly code: number; readonly message: string };

export interface OperationRecord {
  readonly name: string;
  /** The instance or database whose `operations` collection holds it. */
  readonly parent: string;
  readonly done: boolean;
  readonly metadata: PackedMessage | null;
  readonly result: OperationResult | null;
  readonly createTime: Micros;
}

interface OperationRow {
  name: string;
  parent: string;
  done: number;
  metadata_type: string | null;
  metadata: Buffer | null;
  response_type: string | null;
  response: Buffer | null;
  error_code: number | null;
  error_message: string | null;
  create_time: number;
}

const AUTO_ID_KEY = 'next_auto_operation_number';

function fromRow(row: OperationRow): OperationRecord {
  let result: OperationResult | null = null;
  if (row.response_type !== null) {
    result = { kind: 'response', response: { typeUrl: row.response_type, value: row.response ?? Buffer.alloc(0) } };
  } else if (row.error_code !== null) {
    result = { kind: 'error', code: row.error_code, message: row.error_message ?? '' };
  }
  return {
    name: row.name,
    parent: row.parent,
    done: row.done !== 0,
    metadata:
      row.metadata_type === null ? null : { typeUrl: row.metadata_type, value: row.metadata ?? Buffer.alloc(0) },
    result,
    createTime: row.create_time,
  };
}

export class OperationStore {
  constructor(private readonly db: SqliteDatabase) {}

  get(name: string): OperationRecord | undefined {
    const row = this.db.prepare('SELECT * FROM operations WHERE name = ?').get(name) as OperationRow | undefined;
    return row && fromRow(row);
  }

  /** The operations of one instance or database, sorted by name. */
  listByParent(parent: string): OperationRecord[] {
    const rows = this.db
      .prepare('SELECT * FROM operations WHERE parent = ? ORDER BY name')
      .all(parent) as OperationRow[];
    return rows.map(fromRow);
  }

  /** The operations of every database of an instance (ListDatabaseOperations), sorted by name. */
  listOfInstanceDatabases(instance: string): OperationRecord[] {
    const prefix = `${instance}/databases/`;
    const rows = this.db
      .prepare('SELECT * FROM operations WHERE substr(parent, 1, length(@prefix)) = @prefix ORDER BY name')
      .all({ prefix }) as OperationRow[];
    return rows.map(fromRow);
  }

  insert(r: OperationRecord): void {
    const response = r.result?.kind === 'response' ? r.result.response : null;
    const error = r.result?.kind === 'error' ? r.result : null;
    this.db
      .prepare(
        `INSERT INTO operations (name, parent, done, metadata_type, metadata, response_type, response,
           error_code, error_message, create_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        r.name,
        r.parent,
        r.done ? 1 : 0,
        r.metadata?.typeUrl ?? null,
        r.metadata?.value ?? null,
        response?.typeUrl ?? null,
        response?.value ?? null,
        error?.code ?? null,
        error?.message ?? null,
        r.createTime,
      );
  }

  delete(name: string): void {
    this.db.prepare('DELETE FROM operations WHERE name = ?').run(name);
  }

  /** Removes the operations of a resource and of everything under it (an instance's databases). */
  deleteUnder(resource: string): void {
    const rows = this.db.prepare('SELECT name, parent FROM operations').all() as { name: string; parent: string }[];
    const remove = this.db.prepare('DELETE FROM operations WHERE name = ?');
    for (const row of rows) {
      if (row.parent === resource || row.parent.startsWith(`${resource}/`)) remove.run(row.name);
    }
  }

  /**
   * Removes up to `limit` done operations created before `cutoff` (records are born done, so
   * their creation is their completion); returns how many.
   */
  deleteDoneBefore(cutoff: Micros, limit: number): number {
    const sql =
      'DELETE FROM operations WHERE name IN ' +
      '(SELECT name FROM operations WHERE done = 1 AND create_time < ? ORDER BY create_time LIMIT ?)';
    return this.db.prepare(sql).run(cutoff, limit).changes;
  }

  /** A fresh id for an operation the caller did not name: `_auto<n>`, as the official emulator. */
  nextAutoId(): string {
    const row = this.db.prepare('SELECT value FROM emulator_info WHERE key = ?').get(AUTO_ID_KEY) as
      { value: string } | undefined;
    const n = row ? Number(row.value) : 0;
    this.db
      .prepare(
        'INSERT INTO emulator_info (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      )
      .run(AUTO_ID_KEY, String(n + 1));
    return `_auto${n}`;
  }
}
