/**
 * google.longrunning.Operations for instance and database operations: Get, List, Wait, Cancel,
 * Delete, over gRPC and the REST operation paths. Every operation of this emulator is done when
 * its RPC returns, so Wait answers at once and Cancel has nothing left to stop.
 */
import {
  CancelOperationRequest,
  DeleteOperationRequest,
  GetOperationRequest,
  ListOperationsRequest,
  ListOperationsResponse,
  Operation,
  WaitOperationRequest,
} from '../../generated/google/longrunning/operations';
import { Empty } from '../../generated/google/protobuf/empty';
import type { AdminPlane } from '../resources/admin-plane';
import {
  deleteOperation as deleteOperationRecord,
  listOperations as listOperationRecords,
  requireOperation,
} from '../resources/operations/operations';
import { paginateByKey } from '../resources/pagination';
import { operationToProto } from './admin-protos';
import type { UnaryHandler } from './handler-types';

export function getOperation(admin: AdminPlane): UnaryHandler<GetOperationRequest, Operation> {
  return async (request) => operationToProto(requireOperation(admin, request.name));
}

export function listOperations(admin: AdminPlane): UnaryHandler<ListOperationsRequest, ListOperationsResponse> {
  return async (request) => {
    const records = listOperationRecords(admin, request.name, request.filter);
    const page = paginateByKey(records, (r) => r.name, request.pageSize, request.pageToken);
    return { operations: page.items.map(operationToProto), nextPageToken: page.nextPageToken, unreachable: [] };
  };
}

export function waitOperation(admin: AdminPlane): UnaryHandler<WaitOperationRequest, Operation> {
  return async (request) => operationToProto(requireOperation(admin, request.name));
}

/** Operations complete before their RPC answers; cancelling one that is done changes nothing. */
export function cancelOperation(admin: AdminPlane): UnaryHandler<CancelOperationRequest, Empty> {
  return async (request) => {
    requireOperation(admin, request.name);
    return {};
  };
}

export function deleteOperation(admin: AdminPlane): UnaryHandler<DeleteOperationRequest, Empty> {
  return async (request) => {
    deleteOperationRecord(admin, request.name);
    return {};
  };
}
