/**
 * The admin plane's state: instances, databases and long-running operations in the metadata
 * database, and the open databases. Opening it opens every database (replaying its schema log), so
 * a restarted emulator serves exactly what it had (leftovers of a crash: database-recovery.ts;
 * schema changes whose operation a crash lost: schema-receipts.ts).
 * Changes that touch several rows go through transaction(), one metadata SQLite transaction, so
 * they land whole or not at all.
 */
import { Clock, systemClock } from '../common/clock';
import type { Logger } from '../common/logger';
import { DatabaseRegistry } from '../engine/database/database-registry';
import type { Storage } from './data-directory';
import { openRegisteredDatabases } from './databases/database-recovery';
import { DatabaseStore } from './databases/database-store';
import { RecordedSchemaChangeStore } from './databases/recorded-schema-change-store';
import { recoverSchemaOperations } from './databases/schema-receipts';
import { InstanceStore } from './instances/instance-store';
import { OperationStore } from './operations/operation-store';

export class AdminPlane {
  readonly instances: InstanceStore;
  readonly databases: DatabaseStore;
  readonly operations: OperationStore;
  readonly recordedSchemaChanges: RecordedSchemaChangeStore;
  readonly registry: DatabaseRegistry;

  private constructor(
    private readonly storage: Storage,
    readonly clock: Clock,
    logger: Logger,
  ) {
    this.instances = new InstanceStore(storage.metadata);
    this.databases = new DatabaseStore(storage.metadata);
    this.operations = new OperationStore(storage.metadata);
    this.recordedSchemaChanges = new RecordedSchemaChangeStore(storage.metadata);
    this.registry = new DatabaseRegistry(storage.dataDir, clock, (message) => logger.warn(message));
  }

  static open(storage: Storage, logger: Logger, clock: Clock = systemClock): AdminPlane {
    const plane = new AdminPlane(storage, clock, logger);
    const started = performance.now();
    let opened: number;
    try {
      opened = openRegisteredDatabases(plane, logger);
      recoverSchemaOperations(plane, logger);
    } catch (e) {
      plane.registry.closeAll();
      throw e;
    }
    if (opened > 0) logger.info(`Opened ${opened} database(s) in ${Math.round(performance.now() - started)} ms.`);
    return plane;
  }

  get dataDir(): string | undefined {
    return this.storage.dataDir;
  }

  /** Runs `fn` in one metadata transaction; an exception rolls every row change back. */
  transaction<T>(fn: () => T): T {
    return this.storage.metadata.transaction(fn)();
  }

  close(): void {
    this.registry.closeAll();
  }
}
