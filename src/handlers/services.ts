/**
 * The four services as handler maps: every method of every service is present, built ones from
 * their handler files and the rest answering UNIMPLEMENTED. Both transports serve this list.
 * To add an RPC: write the function in the handler file of its family, then list it here.
 */
import { OperationsService } from '../../generated/google/longrunning/operations';
import { DatabaseAdminService } from '../../generated/google/spanner/admin/database/v1/spanner_database_admin';
import { InstanceAdminService } from '../../generated/google/spanner/admin/instance/v1/spanner_instance_admin';
import { SpannerService } from '../../generated/google/spanner/v1/spanner';
import { Logger } from '../common/logger';
import { Storage } from '../engine/storage/data-directory';
import { getInstanceConfig, listInstanceConfigs } from './instance-config-handlers';
import { bindService, ServiceBinding } from './service-binding';
import { unimplementedService } from './unimplemented';

export interface HandlerDependencies {
  readonly storage: Storage;
  readonly logger: Logger;
}

export function createServices(_deps: HandlerDependencies): ServiceBinding[] {
  return [
    bindService(SpannerService, unimplementedService(SpannerService)),
    bindService(DatabaseAdminService, unimplementedService(DatabaseAdminService)),
    bindService(InstanceAdminService, {
      ...unimplementedService(InstanceAdminService),
      listInstanceConfigs,
      getInstanceConfig,
    }),
    bindService(OperationsService, unimplementedService(OperationsService)),
  ];
}
