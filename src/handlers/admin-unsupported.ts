/**
 * Admin RPCs for features the emulator does not have (backups, backup schedules, restores, custom
 * instance configs, instance partitions, IAM...): each answers UNIMPLEMENTED naming the method and
 * the missing feature, instead of the generic "not implemented" of unbuilt methods.
 */
import { DatabaseAdminService } from '../../generated/google/spanner/admin/database/v1/spanner_database_admin';
import { InstanceAdminService } from '../../generated/google/spanner/admin/instance/v1/spanner_instance_admin';
import { adminFeatureNotSupported, iamPoliciesNotSupported, SpannerError } from '../errors';
import type { MethodDefinition, ServiceDefinitionLike, ServiceHandlers } from './handler-types';

function refusing<Def extends ServiceDefinitionLike>(
  definition: Def,
  methods: readonly (keyof Def & string)[],
  error: (method: string) => SpannerError,
): Partial<ServiceHandlers<Def>> {
  const handlers: Record<string, () => Promise<never>> = {};
  for (const key of methods) {
    const path = (definition[key] as unknown as MethodDefinition).path;
    const method = path.split('.').pop()!.replace('/', '.');
    handlers[key] = async () => {
      throw error(method);
    };
  }
  return handlers as unknown as Partial<ServiceHandlers<Def>>;
}

const iam = () => iamPoliciesNotSupported();

export function unsupportedInstanceAdmin(): Partial<ServiceHandlers<typeof InstanceAdminService>> {
  const s = InstanceAdminService;
  return {
    ...refusing(
      s,
      ['createInstanceConfig', 'updateInstanceConfig', 'deleteInstanceConfig', 'listInstanceConfigOperations'],
      (m) => adminFeatureNotSupported(m, 'user-managed instance configurations'),
    ),
    ...refusing(
      s,
      [
        'listInstancePartitions',
        'getInstancePartition',
        'createInstancePartition',
        'deleteInstancePartition',
        'updateInstancePartition',
        'listInstancePartitionOperations',
      ],
      (m) => adminFeatureNotSupported(m, 'instance partitions'),
    ),
    ...refusing(s, ['moveInstance'], (m) => adminFeatureNotSupported(m, 'moving instances between configurations')),
    ...refusing(s, ['setIamPolicy', 'getIamPolicy', 'testIamPermissions'], iam),
  };
}

export function unsupportedDatabaseAdmin(): Partial<ServiceHandlers<typeof DatabaseAdminService>> {
  const s = DatabaseAdminService;
  return {
    ...refusing(
      s,
      [
        'createBackup',
        'copyBackup',
        'getBackup',
        'updateBackup',
        'deleteBackup',
        'listBackups',
        'listBackupOperations',
      ],
      (m) => adminFeatureNotSupported(m, 'backups'),
    ),
    ...refusing(s, ['restoreDatabase'], (m) => adminFeatureNotSupported(m, 'backups, so databases cannot be restored')),
    ...refusing(
      s,
      [
        'createBackupSchedule',
        'getBackupSchedule',
        'updateBackupSchedule',
        'deleteBackupSchedule',
        'listBackupSchedules',
      ],
      (m) => adminFeatureNotSupported(m, 'backup schedules'),
    ),
    ...refusing(s, ['addSplitPoints'], (m) => adminFeatureNotSupported(m, 'split points')),
    ...refusing(s, ['internalUpdateGraphOperation'], (m) => adminFeatureNotSupported(m, 'internal graph operations')),
    ...refusing(s, ['setIamPolicy', 'getIamPolicy', 'testIamPermissions'], iam),
  };
}
