/**
 * The row store of one database file: the one object that owns the SQLite handle of its rows. It
 * reads (RowReader: point lookups and paged key-ordered scans of tables and indexes, at a timestamp
 * or the latest state), writes mutations at a commit timestamp with their index upkeep
 * (row-writes.ts), and creates, drops and renames storage for the DDL path. Storage ids and
 * prepared statements are cached per table and index (a read costs no directory query and no
 * prepare); every directory change, and invalidate() after a schema transaction (whose rollback
 * may undo directory changes), drops the cache. Does not validate writes (the transaction layer
 * does), check read timestamps against retention (Database.assertReadableAt does) or know the
 * catalog (shapes come from engine/layout).
 */

import type { Micros } from '../../common/clock';
import type { SpannerValue } from '../../types/spanner-value';
import { ALL_KEYS, EncodedBounds, keySuccessor } from './key-range';
import { rebuildIndexEntries } from './index-writes';
import { decodeIndexEntry, decodeRow } from './row-codec';
import type { IndexEntry, ReadTime, RowEntry, RowReader, ScanOptions } from './row-reader';
import type { IndexShape, TableShape } from './row-shape';
import {
  createStorage,
  dropStorage,
  isLive,
  namesOf,
  renameStorage,
  storageIdExists,
  storageIdOf,
  storedTableNames,
} from './row-tables';
import { loadRetiredNames, RetiredNames, retiredStorageAt } from './retired-storage';
import { applyMutations, applyRowChanges, Mutation, RowChange, ShapesOf } from './row-writes';
import type { SqliteDatabase } from './sqlite-file';
import type { StorageKind } from './storage-kind';
import { collectGarbage, GarbageStep } from './version-gc';
import { RawEntry, StorageTables, VersionedTable } from './versioned-table';

/**
 * Entries fetched per SQLite query of a scan: large enough that per-query overhead vanishes, small
 * enough that a paused scan holds little and a LIMIT 1 check reads little.
 */
export const DEFAULT_PAGE_SIZE = 256;

export class RowStore implements RowReader, StorageTables {
  /** By kind and name as asked (names are case-insensitive: several spellings may share one). */
  private readonly byName = new Map<string, VersionedTable | null>();
  private readonly byId = new Map<string, VersionedTable>();
  /** Names schema changes took from storage, loaded on the first read at a timestamp. */
  private retired: Record<StorageKind, RetiredNames> | undefined;

  constructor(
    readonly sqlite: SqliteDatabase,
    private readonly pageSize = DEFAULT_PAGE_SIZE,
  ) {
    if (!(pageSize >= 1)) throw new Error(`Bad page size ${pageSize}`);
  }

  readRow(table: TableShape, key: Buffer, at: ReadTime = null): SpannerValue[] | null {
    const vals = this.storageAt(table.table, 'rows', at)?.read(key, at) ?? null;
    return vals === null ? null : decodeRow(table, key, vals);
  }

  *scanRows(table: TableShape, bounds: EncodedBounds = ALL_KEYS, options: ScanOptions = {}): Generator<RowEntry> {
    for (const page of this.pages(table.table, 'rows', bounds, options)) {
      for (const [key, vals] of page) yield { key, row: decodeRow(table, key, vals) };
    }
  }

  *scanIndex(index: IndexShape, bounds: EncodedBounds = ALL_KEYS, options: ScanOptions = {}): Generator<IndexEntry> {
    for (const page of this.pages(index.index, 'index', bounds, options)) {
      for (const [key, vals] of page) yield { key, ...decodeIndexEntry(index, key, vals) };
    }
  }

  /** True when `table` has a current row (its latest state is not empty). */
  hasRows(table: string): boolean {
    return this.storage(table, 'rows')?.hasRows() ?? false;
  }

  /** True when any table has a current row. */
  hasAnyRows(): boolean {
    return storedTableNames(this.sqlite).some((name) => this.hasRows(name));
  }

  /** Applies `mutations` in order at `ts`, atomically, index entries included; no validation. */
  applyMutations(shapesOf: ShapesOf, mutations: readonly Mutation[], ts: Micros): void {
    this.sqlite.transaction(() => applyMutations(this, shapesOf, mutations, ts))();
  }

  /** Writes rows a transaction computed (old and new states known) at `ts`, inside the caller's transaction. */
  applyRowChanges(changes: readonly RowChange[], ts: Micros): void {
    applyRowChanges(this, changes, ts);
  }

  /** When the row `key` of `table` last changed (commit timestamp), or null when never. */
  lastChangeOf(table: TableShape, key: Buffer): Micros | null {
    return this.storage(table.table, 'rows')?.lastChange(key) ?? null;
  }

  /** Makes the index's entries those of its table's current rows, as versions at `ts`. */
  rebuildIndex(index: IndexShape, ts: Micros): void {
    rebuildIndexEntries(this, index, ts);
  }

  /**
   * Gives each current row's value BLOB to `rewrite` and writes what it returns (null: keep the
   * row as it is) as the row's version at `ts`. For schema changes that work on stored names.
   */
  rewriteCurrentValues(table: string, ts: Micros, rewrite: (vals: Buffer) => Buffer | null): void {
    const rows = this.storage(table, 'rows');
    if (rows === null) return;
    for (const page of this.pages(table, 'rows', ALL_KEYS, {})) {
      for (const [key, vals] of page) {
        const next = rewrite(vals);
        if (next !== null) rows.write(key, rows.currentVersion(key), next, ts);
      }
    }
  }

  /** Creates empty storage for `name` unless it has some; true when it created it. */
  createStorage(name: string, kind: StorageKind = 'rows'): boolean {
    const created = createStorage(this.sqlite, name, kind);
    if (created) this.invalidate();
    return created;
  }

  /** `name` loses its storage at `at`; reads before `at` still find the rows. */
  dropStorage(name: string, kind: StorageKind, at: Micros): void {
    this.invalidate();
    dropStorage(this.sqlite, name, kind, at);
  }

  /** `from`'s storage is named `to` from `at` on; reads before `at` still find it as `from`. */
  renameStorage(from: string, to: string, kind: StorageKind, at: Micros): void {
    this.invalidate();
    renameStorage(this.sqlite, from, to, kind, at);
  }

  storedNames(kind: StorageKind = 'rows'): string[] {
    return storedTableNames(this.sqlite, kind);
  }

  /** One bounded step of version garbage collection (version-gc.ts). */
  collectGarbage(oldest: Micros, limit?: number, run?: (removed: number) => void): GarbageStep {
    const step = collectGarbage(this.sqlite, oldest, limit, run);
    // A step may have dropped the storage of a dropped table, whose statements are cached.
    if (step.removed > 0) this.invalidate();
    return step;
  }

  /** Forgets cached ids and statements: the storage directory may have changed or been rolled back. */
  invalidate(): void {
    for (const table of this.byId.values()) table.alive = false;
    this.byName.clear();
    this.byId.clear();
    this.retired = undefined;
  }

  /**
   * The storage `name` had at `at` (a dropped or renamed table's for a read before the change),
   * or its live storage for the latest state.
   */
  storageAt(name: string, kind: StorageKind, at: ReadTime): VersionedTable | null {
    if (at === null) return this.storage(name, kind);
    this.retired ??= { rows: loadRetiredNames(this.sqlite, 'rows'), index: loadRetiredNames(this.sqlite, 'index') };
    const id = retiredStorageAt(this.retired[kind], name, at);
    return id === undefined ? this.storage(name, kind) : this.withId(kind, id);
  }

  /** The storage of `name`, or null when it has none. */
  storage(name: string, kind: StorageKind): VersionedTable | null {
    const cacheKey = kind === 'rows' ? `r:${name}` : `x:${name}`;
    let table = this.byName.get(cacheKey);
    if (table === undefined) {
      const id = storageIdOf(this.sqlite, name, kind);
      table = id === null ? null : this.withId(kind, id);
      this.byName.set(cacheKey, table);
    }
    return table;
  }

  /**
   * Whether a scan paused across a schema change goes on: the latest state of a dropped table has
   * no rows, while a read at a timestamp still sees the rows of the storage it started on.
   */
  private stillThere(kind: StorageKind, id: number, at: ReadTime): boolean {
    return at === null ? isLive(this.sqlite, kind, id) : storageIdExists(this.sqlite, kind, id);
  }

  private withId(kind: StorageKind, id: number): VersionedTable {
    const cacheKey = `${kind}:${id}`;
    let table = this.byId.get(cacheKey);
    if (table === undefined) {
      table = new VersionedTable(this.sqlite, kind, id, namesOf(kind, id));
      this.byId.set(cacheKey, table);
    }
    return table;
  }

  /**
   * Pages of at most pageSize entries, each fetched whole with no statement left open, so the
   * consumer may pause between entries while other statements run. The next page starts after the
   * last key given. A storage changed between pages is found again by id (a rename keeps it); a
   * storage dropped meanwhile has nothing more to give to a read of the latest state. (Pages, not
   * entries, so that a scan is one generator per entry, not two.)
   */
  private *pages(name: string, kind: StorageKind, bounds: EncodedBounds, options: ScanOptions): Generator<RawEntry[]> {
    const at = options.at ?? null;
    let remaining = options.limit ?? Number.POSITIVE_INFINITY;
    if (!(remaining >= 0)) throw new Error(`Bad scan limit ${remaining}`);
    let table = this.storageAt(name, kind, at);
    let lower = bounds.lower;
    while (table !== null && remaining > 0) {
      const size = Math.min(this.pageSize, remaining);
      const page = table.page(lower, bounds.upper, at, size);
      yield page;
      if (page.length < size) return;
      remaining -= size;
      lower = keySuccessor(page[size - 1][0]);
      if (!table.alive) table = this.stillThere(kind, table.id, at) ? this.withId(kind, table.id) : null;
    }
  }
}
