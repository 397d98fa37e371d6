/**
 * Storage that a schema change took a name away from (DROP TABLE, DROP INDEX, a table rename),
 * remembered with the name it had and the change's timestamp, so that a read at an earlier
 * timestamp (whose schema still has that name) finds the rows it must see. A dropped table's
 * storage tables stay until no read can reach back before the drop, then garbage collection drops
 * them; a renamed table's storage stays live under its new name, and only the old name is
 * forgotten. Runs inside the caller's transaction and caches nothing (the row store does).
 */

import type { Micros } from '../../common/clock';
import type { SqliteDatabase } from './sqlite-file';
import type { StorageKind } from './storage-kind';

export interface RetiredName {
  readonly id: number;
  /** The timestamp of the change that took the name away: reads before it use this storage. */
  readonly retiredAt: Micros;
}

/** Retired names of one kind of storage, by lower-cased name, oldest retirement first. */
export type RetiredNames = ReadonlyMap<string, readonly RetiredName[]>;

export function retireName(db: SqliteDatabase, kind: StorageKind, id: number, name: string, at: Micros): void {
  db.prepare('INSERT OR IGNORE INTO retired_storage (kind, id, name, retired_at) VALUES (?, ?, ?, ?)').run(
    kind,
    id,
    name,
    at,
  );
}

export function loadRetiredNames(db: SqliteDatabase, kind: StorageKind): RetiredNames {
  const rows = db
    .prepare('SELECT id, name, retired_at FROM retired_storage WHERE kind = ? ORDER BY retired_at, id')
    .all(kind) as { id: number; name: string; retired_at: number }[];
  const byName = new Map<string, RetiredName[]>();
  for (const row of rows) {
    const key = row.name.toLowerCase();
    const list = byName.get(key) ?? [];
    list.push({ id: row.id, retiredAt: row.retired_at });
    byName.set(key, list);
  }
  return byName;
}

/**
 * The storage that held `name` at `at`, when a later change took the name from it; undefined when
 * the name's storage at `at` is still the one named so now. A name held by several storages over
 * time retired them in order, so the first retired after `at` is the one.
 */
export function retiredStorageAt(names: RetiredNames, name: string, at: Micros): number | undefined {
  return names.get(name.toLowerCase())?.find((retired) => retired.retiredAt > at)?.id;
}

/** True when `id` is still reachable through a retired name. */
export function isRetired(db: SqliteDatabase, kind: StorageKind, id: number): boolean {
  return db.prepare('SELECT 1 FROM retired_storage WHERE kind = ? AND id = ?').get(kind, id) !== undefined;
}

/** The highest id any retired name refers to (0 when none): new storage must not reuse it. */
export function highestRetiredId(db: SqliteDatabase, kind: StorageKind): number {
  const row = db.prepare('SELECT MAX(id) AS id FROM retired_storage WHERE kind = ?').get(kind) as {
    id: number | null;
  };
  return row.id ?? 0;
}

/**
 * Forgets retired names no read can use any more (retired at or before `oldest`, the oldest
 * readable timestamp), and answers the storage ids left with no name at all, live or retired,
 * whose tables the caller drops.
 */
export function forgetUnreachable(
  db: SqliteDatabase,
  kind: StorageKind,
  oldest: Micros,
  isLive: (id: number) => boolean,
): number[] {
  const expired = db
    .prepare('SELECT DISTINCT id FROM retired_storage WHERE kind = ? AND retired_at <= ?')
    .pluck()
    .all(kind, oldest) as number[];
  if (expired.length === 0) return [];
  db.prepare('DELETE FROM retired_storage WHERE kind = ? AND retired_at <= ?').run(kind, oldest);
  return expired.filter((id) => !isLive(id) && !isRetired(db, kind, id));
}
