/**
 * Keeps a schema change and its long-running operation together across the two files they live
 * in. The rule, for UpdateDatabaseDdl and any later write that spans the metadata file and a
 * database file: the database file is the source of truth for what was applied. The operation's
 * record travels into the database file as the batch's receipt, in the batch's own transaction
 * (engine/database/schema-receipt.ts); the metadata transaction that records the operation also
 * records the change's commit timestamp (recorded-schema-change-store.ts). A database whose
 * receipt is newer than that timestamp lost its operation to a crash (or a failed metadata write)
 * between the two commits: the operation is recorded from the receipt, at startup and before the
 * database's next schema change, so a retry with the same operation_id finds it (ALREADY_EXISTS)
 * instead of failing on the change it already applied. Comparing timestamps, rather than looking
 * the operation up, keeps an operation deleted later (DeleteOperation, retention) deleted.
 */
import type { Micros } from '../../common/clock';
import type { Logger } from '../../common/logger';
import type { Database } from '../../engine/database/database';
import type { DatabaseRegistry } from '../../engine/database/database-registry';
import { operationName } from '../resource-names';
import { decodeOperationReceipt } from '../operations/operation-receipt';
import { DoneOperation, recordDoneOperation } from '../operations/operation-recording';
import type { OperationRecord, OperationStore } from '../operations/operation-store';
import type { RecordedSchemaChangeStore } from './recorded-schema-change-store';

/** What this needs of the admin plane (which runs it while it opens). */
export interface SchemaReceiptScope {
  readonly operations: OperationStore;
  readonly recordedSchemaChanges: RecordedSchemaChangeStore;
  readonly registry: Pick<DatabaseRegistry, 'names' | 'get'>;
  transaction<T>(fn: () => T): T;
}

/**
 * Records a schema change's operation and marks the change recorded, in one metadata transaction.
 * `commitTimestamp` is null when nothing was applied (then no receipt was written either).
 */
export function recordSchemaOperation(
  scope: SchemaReceiptScope,
  database: string,
  op: DoneOperation,
  commitTimestamp: Micros | null,
): OperationRecord {
  return scope.transaction(() => {
    const record = recordDoneOperation(scope.operations, op);
    if (commitTimestamp !== null) scope.recordedSchemaChanges.set(database, commitTimestamp);
    return record;
  });
}

/**
 * Records the operation of the database's latest schema change when the metadata lacks it; returns
 * the operation's name, or null when there was nothing to record.
 */
export function recoverSchemaOperation(scope: SchemaReceiptScope, name: string, database: Database): string | null {
  const receipt = database.lastSchemaReceipt();
  if (receipt === null || receipt.commitTimestamp <= scope.recordedSchemaChanges.get(name)) return null;
  const op = decodeOperationReceipt(receipt.payload);
  return scope.transaction(() => {
    scope.recordedSchemaChanges.set(name, receipt.commitTimestamp);
    // Unreadable (a newer emulator's) or another database's (a copied file): nothing to recreate.
    if (op === null || op.parent !== name) return null;
    if (op.id !== '' && scope.operations.get(operationName(name, op.id))) return null;
    return recordDoneOperation(scope.operations, op).name;
  });
}

/** At startup: recovers the lost operations of every open database, with a log line each. */
export function recoverSchemaOperations(scope: SchemaReceiptScope, logger: Logger): void {
  for (const name of scope.registry.names()) {
    const recovered = recoverSchemaOperation(scope, name, scope.registry.get(name)!);
    if (recovered === null) continue;
    logger.warn(
      `Recorded operation ${recovered} from the file of ${name}: its schema change was applied, ` +
        'but the emulator stopped before recording the operation.',
    );
  }
}
