/**
 * The open databases of one emulator, by full name: every database is opened (its schema log
 * replayed) when the emulator starts, created here, found here by every RPC that uses it, and
 * dropped here, which closes it and deletes its file. Which databases exist is recorded by the
 * caller (the admin metadata); this registry holds the live objects.
 *
 * Dropping a database is the one place where state that lives on it (sessions, transactions,
 * locks) must go too: those subscribe with onDrop().
 *
 * A registered database that could not be opened at startup (missing or unreadable file) is held
 * as unavailable with the reason, so its RPCs can say why; dropping it removes what is left.
 */
import type { Clock } from '../../common/clock';
import type { Catalog } from '../schema/catalog/catalog';
import type { SchemaStatement } from '../schema/schema-statement';
import { Database } from './database';
import { openDatabaseFile, removeDatabaseFile } from './database-file';

export type DropListener = (name: string) => void;

export interface NewDatabase {
  readonly name: string;
  readonly databaseId: string;
  /** Relative to the data directory; null in memory. */
  readonly file: string | null;
  /** The statements that made `catalog`, as initialSchema() parsed them. */
  readonly statements: readonly SchemaStatement[];
  /** The proto descriptors sent with the statements, if any. */
  readonly protoDescriptors?: Uint8Array;
  readonly catalog: Catalog;
}

export class DatabaseRegistry {
  private readonly databases = new Map<string, Database>();
  private readonly unavailable = new Map<string, string>();
  private readonly dropListeners: DropListener[] = [];

  constructor(
    private readonly dataDir: string | undefined,
    private readonly clock: Clock,
    private readonly warn: (message: string) => void,
  ) {}

  /** Opens an existing database at startup; its file must exist (checked by the caller). */
  open(name: string, file: string | null): Database {
    const sqlite = openDatabaseFile(this.dataDir, file);
    try {
      const db = Database.open({ name, sqlite, clock: this.clock, warn: this.warn });
      this.databases.set(name, db);
      return db;
    } catch (e) {
      sqlite.close();
      throw e;
    }
  }

  /**
   * Creates a database in a fresh file. A file left at that path by a drop interrupted by a crash
   * belongs to no database and is replaced.
   */
  create(spec: NewDatabase): Database {
    if (this.databases.has(spec.name)) throw new Error(`Database ${spec.name} is already open.`);
    removeDatabaseFile(this.dataDir, spec.file);
    const sqlite = openDatabaseFile(this.dataDir, spec.file);
    try {
      const db = Database.create({ ...spec, sqlite, clock: this.clock });
      this.databases.set(spec.name, db);
      return db;
    } catch (e) {
      sqlite.close();
      removeDatabaseFile(this.dataDir, spec.file);
      throw e;
    }
  }

  get(name: string): Database | undefined {
    return this.databases.get(name);
  }

  /** The names of the open databases. */
  names(): string[] {
    return [...this.databases.keys()];
  }

  /** Records that a registered database could not be opened, and why. */
  markUnavailable(name: string, reason: string): void {
    this.unavailable.set(name, reason);
  }

  /** Why a registered database is not open, or undefined when it is not known to be unavailable. */
  unavailableReason(name: string): string | undefined {
    return this.unavailable.get(name);
  }

  /** Hooks state that lives on a database (sessions, transactions) into its drop. */
  onDrop(listener: DropListener): void {
    this.dropListeners.push(listener);
  }

  /**
   * Closes the database, tells the listeners, and deletes its file. Called once the drop is
   * committed, so it does not throw for a file it cannot delete (the caller checked beforehand
   * with removalBlocker()): that file belongs to no database and is set aside at the next start.
   */
  drop(name: string, file: string | null): void {
    const db = this.databases.get(name);
    this.databases.delete(name);
    this.unavailable.delete(name);
    for (const listener of this.dropListeners) listener(name);
    db?.close();
    try {
      removeDatabaseFile(this.dataDir, file);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      this.warn(
        `The file ${file} of dropped database ${name} could not be removed (${detail}); it is set aside at the next start.`,
      );
    }
  }

  closeAll(): void {
    for (const db of this.databases.values()) db.close();
    this.databases.clear();
  }
}
