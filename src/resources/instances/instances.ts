/**
 * Instance lifecycle over the admin plane: create, look up, list (with Spanner's filter), update
 * by field mask, delete (with its databases). Transport-free: callers pass plain values and get
 * records; operations and protos are the handlers' business.
 */
import { databaseDirectoryOf } from '../../engine/database/database-file';
import { removalBlocker, removeEmptyDirectories } from '../../engine/database/database-file-removal';
import {
  emptyFieldMask,
  instanceAlreadyExists,
  instanceHasProtectedDatabases,
  instanceNameMismatch,
  instanceNotDeletable,
  instanceNotFound,
  instanceUnitsNotBoth,
  unsupportedFieldMaskPath,
} from '../../errors';
import type { AdminPlane } from '../admin-plane';
import { compileListFilter, filterFieldKey } from '../list-filter';
import { instanceName, parseInstanceName, parseProjectUri } from '../resource-names';
import { resolveCapacity, validateInstanceId, validateLabels } from './instance-rules';
import type { InstanceRecord } from './instance-store';

export interface InstanceSpec {
  /** The name the request's instance carries, if any; must match parent + id. */
  readonly name: string;
  readonly config: string;
  readonly displayName: string;
  readonly nodeCount: number;
  readonly processingUnits: number;
  readonly labels: Readonly<Record<string, string>>;
  readonly edition: string;
}

export function createInstance(
  plane: AdminPlane,
  parent: string,
  instanceId: string,
  spec: InstanceSpec,
): InstanceRecord {
  const { project } = parseProjectUri(parent);
  const name = instanceName({ project, instance: instanceId });
  if (spec.name !== '' && spec.name !== name) throw instanceNameMismatch(spec.name);
  validateInstanceId(instanceId);
  validateLabels(spec.labels);
  const capacity = resolveCapacity(spec, 'CreateInstance');
  if (plane.instances.get(name)) throw instanceAlreadyExists(name);
  const now = plane.clock.nowMicros();
  const record: InstanceRecord = {
    name,
    config: spec.config,
    displayName: spec.displayName,
    ...capacity,
    labels: { ...spec.labels },
    edition: spec.edition,
    createTime: now,
    updateTime: now,
  };
  plane.instances.insert(record);
  return record;
}

export function requireInstance(plane: AdminPlane, name: string): InstanceRecord {
  parseInstanceName(name);
  const record = plane.instances.get(name);
  if (!record) throw instanceNotFound(name);
  return record;
}

const FILTER_FIELDS = new Set(['name', 'displayname', 'config', 'state']);

function instanceField(record: InstanceRecord, field: string): string | undefined {
  if (field.startsWith('labels.')) return record.labels[field.slice('labels.'.length)];
  switch (field) {
    case 'name':
      return record.name;
    case 'displayname':
      return record.displayName;
    case 'config':
      return record.config;
    case 'state':
      return 'READY';
    default:
      return undefined;
  }
}

export function listInstances(plane: AdminPlane, parent: string, filter: string): InstanceRecord[] {
  const { project } = parseProjectUri(parent);
  const keep = compileListFilter(filter, (f) => FILTER_FIELDS.has(f) || f.startsWith('labels.'), instanceField);
  return plane.instances.list(project).filter(keep);
}

const UPDATABLE = ['display_name', 'node_count', 'processing_units', 'labels', 'edition'] as const;
type UpdatableField = (typeof UPDATABLE)[number];

function maskFields(paths: readonly string[]): Set<UpdatableField> {
  if (paths.length === 0) throw emptyFieldMask('UpdateInstance');
  const fields = new Set<UpdatableField>();
  for (const path of paths) {
    const field = UPDATABLE.find((f) => filterFieldKey(f) === filterFieldKey(path));
    if (!field) throw unsupportedFieldMaskPath('UpdateInstance', path, UPDATABLE);
    fields.add(field);
  }
  return fields;
}

function updatedCapacity(current: InstanceRecord, spec: InstanceSpec, fields: Set<UpdatableField>) {
  const nodes = fields.has('node_count');
  const units = fields.has('processing_units');
  if (nodes && units) {
    if (spec.nodeCount * 1000 !== spec.processingUnits) throw instanceUnitsNotBoth('UpdateInstance');
    return resolveCapacity({ nodeCount: 0, processingUnits: spec.processingUnits }, 'UpdateInstance');
  }
  if (nodes) return resolveCapacity({ nodeCount: spec.nodeCount, processingUnits: 0 }, 'UpdateInstance');
  if (units) return resolveCapacity({ nodeCount: 0, processingUnits: spec.processingUnits }, 'UpdateInstance');
  return { nodeCount: current.nodeCount, processingUnits: current.processingUnits };
}

/** Applies the fields named by the mask (snake_case or camelCase paths) and bumps update_time. */
export function updateInstance(plane: AdminPlane, spec: InstanceSpec, maskPaths: readonly string[]): InstanceRecord {
  const current = requireInstance(plane, spec.name);
  const fields = maskFields(maskPaths);
  if (fields.has('labels')) validateLabels(spec.labels);
  const record: InstanceRecord = {
    ...current,
    displayName: fields.has('display_name') ? spec.displayName : current.displayName,
    ...updatedCapacity(current, spec, fields),
    labels: fields.has('labels') ? { ...spec.labels } : current.labels,
    edition: fields.has('edition') ? spec.edition : current.edition,
    updateTime: Math.max(plane.clock.nowMicros(), current.updateTime),
  };
  plane.instances.update(record);
  return record;
}

/**
 * Deletes an instance with its databases and operations, as Spanner does, unless a database has
 * drop protection or a database file could not be removed afterwards (then nothing changes). A
 * missing instance is not an error (the official emulator's behaviour). Database files are
 * removed after the metadata transaction commits, then the directories left empty.
 */
export function deleteInstance(plane: AdminPlane, name: string): void {
  const parts = parseInstanceName(name);
  const databases = plane.databases.listByInstance(name);
  if (databases.some((d) => d.enableDropProtection)) throw instanceHasProtectedDatabases(name);
  for (const db of databases) {
    const blocker = removalBlocker(plane.dataDir, db.file);
    if (blocker !== null) throw instanceNotDeletable(name, db.name, blocker.directory, blocker.code);
  }
  plane.transaction(() => {
    for (const db of databases) plane.databases.delete(db.name);
    plane.operations.deleteUnder(name);
    plane.instances.delete(name);
  });
  for (const db of databases) plane.registry.drop(db.name, db.file);
  removeEmptyDirectories(plane.dataDir, databaseDirectoryOf(parts));
}
