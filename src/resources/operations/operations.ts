/**
 * Long-running operations over the admin plane: record one (every admin operation completes before
 * its RPC answers, so records are born done), get, list with Spanner's filter, delete. Names are
 * `<instance or database>/operations/<id>`; ids the caller did not choose are `_auto<n>`.
 */
import { invalidOperationId, operationAlreadyExists, operationNotFound } from '../../errors';
import type { AdminPlane } from '../admin-plane';
import { compileListFilter } from '../list-filter';
import { operationName, parseOperationName, parseOperationsCollection } from '../resource-names';
import { DoneOperation, recordDoneOperation } from './operation-recording';
import type { OperationRecord } from './operation-store';

const OPERATION_ID = /^[a-z][a-z0-9_]*$/;

/** A caller-chosen operation id (UpdateDatabaseDdl's operation_id), as Spanner restricts it. */
export function validateOperationId(id: string): void {
  if (id.length < 2 || id.length > 128 || !OPERATION_ID.test(id)) throw invalidOperationId(id);
}

/** Refuses an id already used under `parent` (a replayed request). */
export function checkOperationIdFree(plane: AdminPlane, parent: string, id: string): void {
  const name = operationName(parent, id);
  if (plane.operations.get(name)) throw operationAlreadyExists(name);
}

export type { DoneOperation };

/** Stores a completed operation; call inside the transaction that made the change it reports. */
export function recordOperation(plane: AdminPlane, op: DoneOperation): OperationRecord {
  return recordDoneOperation(plane.operations, op);
}

export function requireOperation(plane: AdminPlane, name: string): OperationRecord {
  parseOperationName(name);
  const record = plane.operations.get(name);
  if (!record) throw operationNotFound(name);
  return record;
}

const FILTER_FIELDS = new Set(['name', 'done', 'metadata.@type', 'error', 'error.code', 'error.message']);

function operationField(op: OperationRecord, field: string): string | undefined {
  const error = op.result?.kind === 'error' ? op.result : undefined;
  switch (field) {
    case 'name':
      return op.name;
    case 'done':
      return String(op.done);
    case 'metadata.@type':
      return op.metadata?.typeUrl;
    case 'error':
      return error ? String(error.code) : undefined;
    case 'error.code':
      return error ? String(error.code) : undefined;
    case 'error.message':
      return error?.message;
    default:
      return undefined;
  }
}

function filtered(records: OperationRecord[], filter: string): OperationRecord[] {
  return records.filter(compileListFilter(filter, (f) => FILTER_FIELDS.has(f), operationField));
}

/** google.longrunning ListOperations: `name` is `<instance or database>/operations`. */
export function listOperations(plane: AdminPlane, collection: string, filter: string): OperationRecord[] {
  const parent = parseOperationsCollection(collection);
  return filtered(plane.operations.listByParent(parent), filter);
}

/** DatabaseAdmin ListDatabaseOperations: the operations of every database of an instance. */
export function listDatabaseOperations(plane: AdminPlane, instance: string, filter: string): OperationRecord[] {
  return filtered(plane.operations.listOfInstanceDatabases(instance), filter);
}

export function deleteOperation(plane: AdminPlane, name: string): void {
  requireOperation(plane, name);
  plane.operations.delete(name);
}
