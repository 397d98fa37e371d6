/**
 * The live sessions of one emulator, loaded from the metadata database at startup and kept in
 * memory; every data-plane RPC finds its session here with get(), which also records the use.
 *
 * A session ends when it is deleted, when it has been idle longer than its kind allows (regular
 * 1 hour, multiplexed 28 days by default, as Spanner), or when its database is dropped; whatever
 * lives on a session (transactions, their locks) subscribes with onEnded() to be released then.
 * Idleness is checked on every access and swept in the background (the garbage collector calls
 * endExpired()), so an idle session is gone whether or not anyone asks for it.
 *
 * Creation and ending are written to the metadata file at once; the last-use time is kept in
 * memory and written in batches every few seconds and at close(), since a write per RPC would
 * cost an fsync per call. After a crash a session's last-use time may be a few seconds older
 * than its last use, which only brings its expiry forward by as much.
 *
 * It does not check what requests ask (sessions.ts does) nor know any proto.
 */
import type { Clock, Micros } from '../../common/clock';
import type { Logger } from '../../common/logger';
import type { Database } from '../../engine/database/database';
import type { SqliteDatabase } from '../../engine/storage/sqlite-file';
import { databaseUnavailable, multiplexedSessionNotDeletable, sessionNotFound } from '../../errors';
import type { AdminPlane } from '../admin-plane';
import { parseSessionName, sessionName } from '../resource-names';
import { newSessionId, type SessionTemplate } from './session-rules';
import { type SessionRecord, SessionStore } from './session-store';

export type SessionEndReason = 'deleted' | 'expired' | 'databaseDropped';

export type SessionEndedListener = (session: SessionRecord, reason: SessionEndReason) => void;

/** How long a session may stay idle before it ends. */
export interface SessionTimeouts {
  readonly idleMicros: Micros;
  readonly multiplexedIdleMicros: Micros;
}

/** Spanner's: a regular session ends after 1 hour idle, a multiplexed one after 28 days. */
export const SPANNER_SESSION_TIMEOUTS: SessionTimeouts = {
  idleMicros: 3_600_000_000,
  multiplexedIdleMicros: 28 * 86_400_000_000,
};

export interface SessionRegistryOptions {
  /** Spanner's when not given. */
  readonly timeouts?: SessionTimeouts;
  /** Milliseconds between writes of last-use times; 0 writes them only at flush() and close(). */
  readonly flushIntervalMs?: number;
}

/** A session found by a data-plane RPC, with the open database it belongs to. */
export interface LiveSession {
  readonly session: SessionRecord;
  readonly database: Database;
}

const DEFAULT_FLUSH_INTERVAL_MS = 5000;

export class SessionRegistry {
  private readonly sessions = new Map<string, SessionRecord>();
  private readonly byDatabase = new Map<string, Set<string>>();
  /** Sessions whose last-use time changed since the last flush. */
  private readonly dirty = new Set<string>();
  private readonly listeners: SessionEndedListener[] = [];
  private readonly clock: Clock;
  private timer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly plane: AdminPlane,
    private readonly store: SessionStore,
    private readonly timeouts: SessionTimeouts,
    private readonly logger: Logger,
  ) {
    this.clock = plane.clock;
  }

  /**
   * Loads the stored sessions, removing those that expired while the emulator was stopped and
   * those of databases no longer registered (a drop interrupted by a crash), and hooks the drop
   * of a database.
   */
  static open(
    plane: AdminPlane,
    metadata: SqliteDatabase,
    options: SessionRegistryOptions,
    logger: Logger,
  ): SessionRegistry {
    const timeouts = options.timeouts ?? SPANNER_SESSION_TIMEOUTS;
    const registry = new SessionRegistry(plane, new SessionStore(metadata), timeouts, logger);
    registry.load();
    plane.registry.onDrop((database) => registry.endDatabase(database));
    const interval = options.flushIntervalMs ?? DEFAULT_FLUSH_INTERVAL_MS;
    if (interval > 0) {
      registry.timer = setInterval(() => registry.flush(), interval);
      registry.timer.unref();
    }
    return registry;
  }

  private load(): void {
    const now = this.clock.nowMicros();
    const stale: string[] = [];
    for (const record of this.store.all()) {
      const registered = this.plane.databases.get(record.database) !== undefined;
      if (registered && !this.isExpired(record, now)) this.add(record);
      else stale.push(record.name);
    }
    if (stale.length > 0) this.store.deleteAll(stale);
  }

  /** Hooks state that lives on sessions (transactions, locks) into their end. */
  onEnded(listener: SessionEndedListener): void {
    this.listeners.push(listener);
  }

  /** Creates `count` sessions of `database` (which the caller has checked) in one write. */
  create(database: string, template: SessionTemplate, count: number): SessionRecord[] {
    const now = this.clock.nowMicros();
    const records: SessionRecord[] = [];
    for (let i = 0; i < count; i++) {
      records.push({
        name: sessionName(database, newSessionId()),
        database,
        labels: { ...template.labels },
        creatorRole: template.creatorRole,
        multiplexed: template.multiplexed,
        createTime: now,
        lastUseTime: now,
      });
    }
    this.store.insertAll(records);
    for (const record of records) this.add(record);
    return records;
  }

  /**
   * The live session named `name`, its use recorded. A malformed name is INVALID_ARGUMENT; a
   * session that does not exist, was deleted, has expired or whose database was dropped is
   * NOT_FOUND `Session not found`; one whose database could not be opened at startup is
   * FAILED_PRECONDITION saying why.
   */
  get(name: string): LiveSession {
    parseSessionName(name);
    const session = this.sessions.get(name);
    if (session === undefined) throw sessionNotFound(name);
    const now = this.clock.nowMicros();
    if (this.isExpired(session, now)) {
      this.end([session], 'expired');
      throw sessionNotFound(name);
    }
    const database = this.plane.registry.get(session.database);
    if (database === undefined) {
      const reason = this.plane.registry.unavailableReason(session.database);
      throw reason === undefined ? sessionNotFound(name) : databaseUnavailable(session.database, reason);
    }
    const used = { ...session, lastUseTime: Math.max(session.lastUseTime, now) };
    this.sessions.set(name, used);
    this.dirty.add(name);
    return { session: used, database };
  }

  /** The database's live sessions that ListSessions shows (not multiplexed ones), sorted by name. */
  listed(database: string): SessionRecord[] {
    const now = this.clock.nowMicros();
    const names = [...(this.byDatabase.get(database) ?? [])].sort();
    return names.map((name) => this.sessions.get(name)!).filter((s) => !s.multiplexed && !this.isExpired(s, now));
  }

  /**
   * Ends a session; one that does not exist (or no longer does) is not an error, as in the
   * official emulator. Multiplexed sessions cannot be deleted (they end by idling or with their
   * database).
   */
  delete(name: string): void {
    parseSessionName(name);
    const session = this.sessions.get(name);
    if (session === undefined) return;
    if (this.isExpired(session, this.clock.nowMicros())) {
      this.end([session], 'expired');
      return;
    }
    if (session.multiplexed) throw multiplexedSessionNotDeletable();
    this.end([session], 'deleted');
  }

  /** Ends up to `limit` idle sessions; returns how many (the collector calls it until fewer). */
  endExpired(limit: number): number {
    const now = this.clock.nowMicros();
    const expired: SessionRecord[] = [];
    for (const session of this.sessions.values()) {
      if (expired.length >= limit) break;
      if (this.isExpired(session, now)) expired.push(session);
    }
    if (expired.length > 0) this.end(expired, 'expired');
    return expired.length;
  }

  /** Writes the last-use times changed since the previous flush; a failure is retried next time. */
  flush(): void {
    if (this.dirty.size === 0) return;
    const times = new Map<string, Micros>();
    for (const name of this.dirty) {
      const session = this.sessions.get(name);
      if (session !== undefined) times.set(name, session.lastUseTime);
    }
    try {
      this.store.updateLastUse(times);
      this.dirty.clear();
    } catch (e) {
      this.logger.warn(`Writing session last-use times failed (retried later): ${messageOf(e)}`);
    }
  }

  /** Stops the periodic flush and writes what is pending; call before the metadata closes. */
  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.flush();
  }

  private isExpired(session: SessionRecord, now: Micros): boolean {
    const limit = session.multiplexed ? this.timeouts.multiplexedIdleMicros : this.timeouts.idleMicros;
    return now - session.lastUseTime > limit;
  }

  private add(record: SessionRecord): void {
    this.sessions.set(record.name, record);
    let names = this.byDatabase.get(record.database);
    if (names === undefined) this.byDatabase.set(record.database, (names = new Set()));
    names.add(record.name);
  }

  private forget(session: SessionRecord): void {
    this.sessions.delete(session.name);
    this.dirty.delete(session.name);
    const names = this.byDatabase.get(session.database);
    names?.delete(session.name);
    if (names?.size === 0) this.byDatabase.delete(session.database);
  }

  /** Removes the sessions from the metadata first, so a failed write leaves them live. */
  private end(sessions: readonly SessionRecord[], reason: SessionEndReason): void {
    this.store.deleteAll(sessions.map((s) => s.name));
    for (const session of sessions) this.forget(session);
    this.notify(sessions, reason);
  }

  /**
   * A dropped database's sessions end even when their rows cannot be removed now (they are
   * removed at the next startup): the drop itself must not fail.
   */
  private endDatabase(database: string): void {
    const sessions = [...(this.byDatabase.get(database) ?? [])].map((name) => this.sessions.get(name)!);
    try {
      this.store.deleteByDatabase(database);
    } catch (e) {
      this.logger.warn(`Removing the sessions of ${database} failed (removed at next startup): ${messageOf(e)}`);
    }
    for (const session of sessions) this.forget(session);
    this.notify(sessions, 'databaseDropped');
  }

  /** A failing listener is logged; it never keeps a session alive or the others from hearing. */
  private notify(sessions: readonly SessionRecord[], reason: SessionEndReason): void {
    for (const session of sessions) {
      for (const listener of this.listeners) {
        try {
          listener(session, reason);
        } catch (e) {
          this.logger.error(`Ending session ${session.name} failed`, e);
        }
      }
    }
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
