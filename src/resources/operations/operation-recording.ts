/**
 * Recording a completed operation in the operation store: the id (the caller's, or the next
 * `_auto<n>`), the refusal of one already used, the insert. Apart from operations.ts so that code
 * the admin plane itself runs while it opens (schema-receipts.ts) can record operations too.
 */
import type { Micros } from '../../common/clock';
import { operationAlreadyExists } from '../../errors';
import { operationName } from '../resource-names';
import type { OperationRecord, OperationResult, OperationStore, PackedMessage } from './operation-store';

export interface DoneOperation {
  readonly parent: string;
  /** Empty for an auto-generated id. */
  readonly id: string;
  readonly metadata: PackedMessage;
  readonly result: OperationResult;
  readonly createTime: Micros;
}

/** Stores a completed operation; call inside the transaction that made the change it reports. */
export function recordDoneOperation(operations: OperationStore, op: DoneOperation): OperationRecord {
  const id = op.id === '' ? operations.nextAutoId() : op.id;
  const name = operationName(op.parent, id);
  if (operations.get(name)) throw operationAlreadyExists(name);
  const record: OperationRecord = {
    name,
    parent: op.parent,
    done: true,
    metadata: op.metadata,
    result: op.result,
    createTime: op.createTime,
  };
  operations.insert(record);
  return record;
}
