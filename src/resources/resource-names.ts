/**
 * Parsing and formatting of Spanner resource names (`projects/p/instances/i/databases/d/...`).
 * Only the shape is checked here; whether a resource exists is the registry's business.
 */
import { invalidResourceName } from '../errors';

const SEGMENT = '([^/]+)';

function parser<T>(kind: string, pattern: string, build: (m: RegExpExecArray) => T): (name: string) => T {
  const regex = new RegExp(`^${pattern}$`);
  return (name: string) => {
    const m = regex.exec(name);
    if (!m) throw invalidResourceName(kind, name);
    return build(m);
  };
}

export interface ProjectName {
  project: string;
}

export interface InstanceConfigName extends ProjectName {
  config: string;
}

export const parseProjectName = parser<ProjectName>('project', `projects/${SEGMENT}`, (m) => ({ project: m[1] }));

export const parseInstanceConfigName = parser<InstanceConfigName>(
  'instance config',
  `projects/${SEGMENT}/instanceConfigs/${SEGMENT}`,
  (m) => ({ project: m[1], config: m[2] }),
);

export function instanceConfigName(n: InstanceConfigName): string {
  return `projects/${n.project}/instanceConfigs/${n.config}`;
}
