/**
 * InstanceAdmin RPCs on instances: CreateInstance, GetInstance, ListInstances, UpdateInstance,
 * DeleteInstance. Create and Update answer long-running operations that are already done, with
 * CreateInstanceMetadata / UpdateInstanceMetadata and the Instance as response; the operation is
 * recorded in the same metadata transaction as the change.
 */
import { Operation } from '../../generated/google/longrunning/operations';
import { Empty } from '../../generated/google/protobuf/empty';
import {
  CreateInstanceMetadata,
  CreateInstanceRequest,
  DeleteInstanceRequest,
  GetInstanceRequest,
  Instance,
  Instance_Edition,
  Instance_State,
  ListInstancesRequest,
  ListInstancesResponse,
  UpdateInstanceMetadata,
  UpdateInstanceRequest,
} from '../../generated/google/spanner/admin/instance/v1/spanner_instance_admin';
import type { Micros } from '../common/clock';
import type { AdminPlane } from '../resources/admin-plane';
import type { InstanceRecord } from '../resources/instances/instance-store';
import {
  createInstance as createInstanceRecord,
  deleteInstance as deleteInstanceRecord,
  InstanceSpec,
  listInstances as listInstanceRecords,
  requireInstance,
  updateInstance as updateInstanceRecord,
} from '../resources/instances/instances';
import { recordOperation } from '../resources/operations/operations';
import { paginateByKey } from '../resources/pagination';
import { timestampFromMicros } from '../convert/proto-time';
import { operationToProto, pack } from './admin-protos';
import type { UnaryHandler } from './handler-types';

const PACKAGE = 'google.spanner.admin.instance.v1';

export function instanceToProto(r: InstanceRecord): Instance {
  const edition = Object.values(Instance_Edition).includes(r.edition as Instance_Edition)
    ? (r.edition as Instance_Edition)
    : Instance_Edition.EDITION_UNSPECIFIED;
  return Instance.fromPartial({
    name: r.name,
    config: r.config,
    displayName: r.displayName,
    nodeCount: r.nodeCount,
    processingUnits: r.processingUnits,
    state: Instance_State.READY,
    labels: { ...r.labels },
    createTime: timestampFromMicros(r.createTime),
    updateTime: timestampFromMicros(r.updateTime),
    edition,
  });
}

function specOf(instance: Instance | undefined): InstanceSpec {
  return {
    name: instance?.name ?? '',
    config: instance?.config ?? '',
    displayName: instance?.displayName ?? '',
    nodeCount: instance?.nodeCount ?? 0,
    processingUnits: instance?.processingUnits ?? 0,
    labels: instance?.labels ?? {},
    edition: instance?.edition ?? Instance_Edition.EDITION_UNSPECIFIED,
  };
}

/** Records the done operation of a create or update, under the instance. */
function instanceOperation(
  admin: AdminPlane,
  record: InstanceRecord,
  kind: 'Create' | 'Update',
  start: Micros,
): Operation {
  const instance = instanceToProto(record);
  const fields = {
    instance,
    startTime: timestampFromMicros(start),
    endTime: timestampFromMicros(admin.clock.nowMicros()),
  };
  const metadata =
    kind === 'Create'
      ? pack(`${PACKAGE}.CreateInstanceMetadata`, CreateInstanceMetadata, CreateInstanceMetadata.fromPartial(fields))
      : pack(`${PACKAGE}.UpdateInstanceMetadata`, UpdateInstanceMetadata, UpdateInstanceMetadata.fromPartial(fields));
  const op = recordOperation(admin, {
    parent: record.name,
    id: '',
    metadata,
    result: { kind: 'response', response: pack(`${PACKAGE}.Instance`, Instance, instance) },
    createTime: start,
  });
  return operationToProto(op);
}

export function createInstance(admin: AdminPlane): UnaryHandler<CreateInstanceRequest, Operation> {
  return async (request) => {
    const start = admin.clock.nowMicros();
    return admin.transaction(() => {
      const record = createInstanceRecord(admin, request.parent, request.instanceId, specOf(request.instance));
      return instanceOperation(admin, record, 'Create', start);
    });
  };
}

export function getInstance(admin: AdminPlane): UnaryHandler<GetInstanceRequest, Instance> {
  return async (request) => instanceToProto(requireInstance(admin, request.name));
}

export function listInstances(admin: AdminPlane): UnaryHandler<ListInstancesRequest, ListInstancesResponse> {
  return async (request) => {
    const all = listInstanceRecords(admin, request.parent, request.filter);
    const page = paginateByKey(all, (r) => r.name, request.pageSize, request.pageToken);
    return { instances: page.items.map(instanceToProto), nextPageToken: page.nextPageToken, unreachable: [] };
  };
}

export function updateInstance(admin: AdminPlane): UnaryHandler<UpdateInstanceRequest, Operation> {
  return async (request) => {
    const start = admin.clock.nowMicros();
    return admin.transaction(() => {
      const record = updateInstanceRecord(admin, specOf(request.instance), request.fieldMask ?? []);
      return instanceOperation(admin, record, 'Update', start);
    });
  };
}

export function deleteInstance(admin: AdminPlane): UnaryHandler<DeleteInstanceRequest, Empty> {
  return async (request) => {
    deleteInstanceRecord(admin, request.name);
    return {};
  };
}
