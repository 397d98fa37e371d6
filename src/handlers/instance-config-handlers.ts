/**
 * InstanceAdmin RPCs on instance configurations: ListInstanceConfigs and GetInstanceConfig.
 */
import {
  GetInstanceConfigRequest,
  InstanceConfig,
  InstanceConfig_State,
  InstanceConfig_Type,
  ListInstanceConfigsRequest,
  ListInstanceConfigsResponse,
} from '../../generated/google/spanner/admin/instance/v1/spanner_instance_admin';
import { instanceConfigNotFound } from '../errors';
import { findInstanceConfigInfo, InstanceConfigInfo, listInstanceConfigInfos } from '../resources/instance-configs';
import { paginate } from '../resources/pagination';
import { instanceConfigName, parseInstanceConfigName, parseProjectName } from '../resources/resource-names';

function toProto(project: string, info: InstanceConfigInfo): InstanceConfig {
  return InstanceConfig.fromPartial({
    name: instanceConfigName({ project, config: info.id }),
    displayName: info.displayName,
    configType: InstanceConfig_Type.GOOGLE_MANAGED,
    state: InstanceConfig_State.READY,
  });
}

export async function listInstanceConfigs(request: ListInstanceConfigsRequest): Promise<ListInstanceConfigsResponse> {
  const { project } = parseProjectName(request.parent);
  const page = paginate(listInstanceConfigInfos(), request.pageSize, request.pageToken);
  return { instanceConfigs: page.items.map((c) => toProto(project, c)), nextPageToken: page.nextPageToken };
}

export async function getInstanceConfig(request: GetInstanceConfigRequest): Promise<InstanceConfig> {
  const name = parseInstanceConfigName(request.name);
  const info = findInstanceConfigInfo(name.config);
  if (!info) throw instanceConfigNotFound(request.name);
  return toProto(name.project, info);
}
