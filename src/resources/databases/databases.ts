/**
 * Database lifecycle over the admin plane: create (with its initial schema), look up, list, drop,
 * set drop protection, change the schema. Each change lands atomically: the database file first
 * (a crash there leaves an orphan file, set aside at the next startup, or a schema change whose
 * operation schema-receipts.ts recovers), then one metadata transaction with the database row or
 * the operation that reports the change. Protos are the handlers' business: for a create the
 * caller passes `report`, which records the operation inside that transaction; for a schema
 * change, `describe`, which makes it.
 */
import type { AppliedSchemaUpdate, Database } from '../../engine/database/database';
import { initialSchema } from '../../engine/schema/schema-change';
import { databaseFileOf } from '../../engine/database/database-file';
import { removalBlocker } from '../../engine/database/database-file-removal';
import {
  databaseAlreadyExists,
  databaseDropProtected,
  databaseFileNotCreatable,
  databaseNotDroppable,
  databaseNotFound,
  databaseUnavailable,
  missingCreateStatement,
  missingDdlStatements,
  postgresqlDialectUnsupported,
  tooManyDatabasesPerInstance,
} from '../../errors';
import type { AdminPlane } from '../admin-plane';
import { requireInstance } from '../instances/instances';
import { encodeOperationReceipt } from '../operations/operation-receipt';
import type { OperationRecord } from '../operations/operation-store';
import { checkOperationIdFree, DoneOperation, validateOperationId } from '../operations/operations';
import { databaseName, parseDatabaseName, parseInstanceName } from '../resource-names';
import { databaseIdOfCreateStatement, MAX_DATABASES_PER_INSTANCE, validateDatabaseId } from './database-rules';
import type { DatabaseRecord } from './database-store';
import { recordSchemaOperation, recoverSchemaOperation } from './schema-receipts';

export interface LiveDatabase {
  readonly record: DatabaseRecord;
  readonly database: Database;
}

export interface CreateDatabaseInput {
  readonly parent: string;
  readonly createStatement: string;
  readonly extraStatements: readonly string[];
  /** The serialized FileDescriptorSet for the proto bundle the statements may create. */
  readonly protoDescriptors?: Uint8Array;
  readonly dialect: 'UNSPECIFIED' | 'GOOGLE_STANDARD_SQL' | 'POSTGRESQL';
}

function newDatabaseName(plane: AdminPlane, input: CreateDatabaseInput): { name: string; id: string } {
  const { project, instance } = parseInstanceName(input.parent);
  requireInstance(plane, input.parent);
  if (input.createStatement === '') throw missingCreateStatement();
  // Before parsing: a PostgreSQL create statement quotes the name in a way GoogleSQL does not.
  if (input.dialect === 'POSTGRESQL') throw postgresqlDialectUnsupported();
  const id = databaseIdOfCreateStatement(input.createStatement);
  validateDatabaseId(id);
  const name = databaseName({ project, instance, database: id });
  if (plane.databases.get(name)) throw databaseAlreadyExists(name);
  if (plane.databases.listByInstance(input.parent).length >= MAX_DATABASES_PER_INSTANCE) {
    throw tooManyDatabasesPerInstance(input.parent);
  }
  return { name, id };
}

/** Any statement error is the RPC's error and nothing is created (the official emulator's way). */
export function createDatabase(
  plane: AdminPlane,
  input: CreateDatabaseInput,
  report: (created: LiveDatabase) => void,
): LiveDatabase {
  const { name, id } = newDatabaseName(plane, input);
  const { catalog, statements } = initialSchema(id, input.extraStatements, input.protoDescriptors);
  const parts = parseDatabaseName(name);
  const file = plane.dataDir === undefined ? null : databaseFileOf(parts);
  try {
    return plane.transaction(() => {
      const { protoDescriptors } = input;
      const database = plane.registry.create({ name, databaseId: id, file, statements, protoDescriptors, catalog });
      const record: DatabaseRecord = {
        name,
        instance: input.parent,
        dialect: 'GOOGLE_STANDARD_SQL',
        createTime: database.createTime,
        enableDropProtection: false,
        file,
      };
      plane.databases.insert(record);
      report({ record, database });
      return { record, database };
    });
  } catch (e) {
    if (plane.registry.get(name) && !plane.databases.get(name)) plane.registry.drop(name, file);
    const code = (e as { code?: unknown }).code;
    // A file system or SQLite failure on the new file (a read-only directory, a full disk).
    if (typeof code === 'string' && file !== null) throw databaseFileNotCreatable(name, file, (e as Error).message);
    throw e;
  }
}

export function requireDatabase(plane: AdminPlane, name: string): LiveDatabase {
  parseDatabaseName(name);
  const record = plane.databases.get(name);
  const database = plane.registry.get(name);
  if (record && !database) {
    const reason = plane.registry.unavailableReason(name);
    if (reason !== undefined) throw databaseUnavailable(name, reason);
  }
  if (!record || !database) throw databaseNotFound(name);
  return { record, database };
}

/** The instance's databases that are open (one that could not be opened is left out). */
export function listDatabases(plane: AdminPlane, parent: string): DatabaseRecord[] {
  requireInstance(plane, parent);
  return plane.databases.listByInstance(parent).filter((r) => plane.registry.get(r.name) !== undefined);
}

/**
 * Drops a database with its operations; refused under drop protection, and refused with nothing
 * changed when its file could not be removed afterwards (database-file-removal.ts). A missing
 * database is not an error when its instance exists (the official emulator's behaviour).
 */
export function dropDatabase(plane: AdminPlane, name: string): void {
  const { project, instance } = parseDatabaseName(name);
  requireInstance(plane, `projects/${project}/instances/${instance}`);
  const record = plane.databases.get(name);
  if (!record) return;
  if (record.enableDropProtection) throw databaseDropProtected(name);
  const blocker = removalBlocker(plane.dataDir, record.file);
  if (blocker !== null) throw databaseNotDroppable(name, blocker.directory, blocker.code);
  plane.transaction(() => {
    plane.databases.delete(name);
    plane.operations.deleteUnder(name);
  });
  plane.registry.drop(name, record.file);
}

export function setDropProtection(plane: AdminPlane, name: string, enabled: boolean): LiveDatabase {
  const live = requireDatabase(plane, name);
  plane.databases.setDropProtection(name, enabled);
  return { record: { ...live.record, enableDropProtection: enabled }, database: live.database };
}

/**
 * UpdateDatabaseDdl (with the request's proto descriptors, if any): a statement invalid for the
 * schema is the RPC's error with nothing applied. Otherwise `describe` makes the operation that
 * reports the outcome (carrying a failure against existing rows, if any); it goes into the
 * database file with the applied statements and is then recorded in the metadata
 * (schema-receipts.ts says why both). An operation an earlier change lost to a crash is recorded
 * first, so a retry of that change with its operation_id is refused as a duplicate operation.
 */
export function updateDatabaseDdl(
  plane: AdminPlane,
  name: string,
  statements: readonly string[],
  operationId: string,
  describe: (outcome: AppliedSchemaUpdate) => DoneOperation,
  protoDescriptors?: Uint8Array,
): OperationRecord {
  parseDatabaseName(name);
  if (operationId !== '') validateOperationId(operationId);
  const { database } = requireDatabase(plane, name);
  recoverSchemaOperation(plane, name, database);
  if (operationId !== '') checkOperationIdFree(plane, name, operationId);
  if (statements.length === 0) throw missingDdlStatements();
  let operation: DoneOperation | undefined;
  const receiptOf = (outcome: AppliedSchemaUpdate) => encodeOperationReceipt((operation = describe(outcome)));
  const outcome = database.updateSchema(statements, protoDescriptors, receiptOf);
  if (outcome.kind === 'rejected') throw outcome.error;
  return recordSchemaOperation(plane, name, operation ?? describe(outcome), outcome.commitTimestamp);
}
