/**
 * Parsing and formatting of Spanner resource names (`projects/p/instances/i/databases/d/...`).
 * Only the shape is checked here; whether a resource exists is the registry's business.
 */
import {
  invalidDatabaseUri,
  invalidInstanceUri,
  invalidOperationUri,
  invalidProjectUri,
  invalidResourceName,
  invalidSessionUri,
} from '../errors';

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

export interface InstanceName extends ProjectName {
  instance: string;
}

export interface DatabaseName extends InstanceName {
  database: string;
}

/** An operation under an instance or a database: `<parent>/operations/<id>`. */
export interface OperationName {
  /** The instance or database the operation belongs to. */
  parent: string;
  id: string;
}

const PROJECT_PREFIX = /^projects\/([^/]+)(?:\/|$)/;
const INSTANCE = /^projects\/([^/]+)\/instances\/([^/]+)$/;
const DATABASE = /^projects\/([^/]+)\/instances\/([^/]+)\/databases\/([^/]+)$/;
const OPERATION = /^(projects\/[^/]+\/instances\/[^/]+(?:\/databases\/[^/]+)?)\/operations\/([^/]+)$/;
const OPERATIONS_PARENT = /^(projects\/[^/]+\/instances\/[^/]+(?:\/databases\/[^/]+)?)\/operations$/;

/** `projects/p`, reported as the official emulator words it. */
export function parseProjectUri(name: string): ProjectName {
  const m = /^projects\/([^/]+)$/.exec(name);
  if (!m) throw invalidProjectUri(name);
  return { project: m[1] };
}

export function parseInstanceName(name: string): InstanceName {
  if (!PROJECT_PREFIX.test(name)) throw invalidProjectUri(name);
  const m = INSTANCE.exec(name);
  if (!m) throw invalidInstanceUri(name);
  return { project: m[1], instance: m[2] };
}

export function parseDatabaseName(name: string): DatabaseName {
  if (!PROJECT_PREFIX.test(name)) throw invalidProjectUri(name);
  const m = DATABASE.exec(name);
  if (!m) {
    if (!/^projects\/[^/]+\/instances\/[^/]+\//.test(name)) throw invalidInstanceUri(name);
    throw invalidDatabaseUri(name);
  }
  return { project: m[1], instance: m[2], database: m[3] };
}

export interface SessionName extends DatabaseName {
  session: string;
}

const SESSION = /^(projects\/[^/]+\/instances\/[^/]+\/databases\/[^/]+)\/sessions\/([^/]+)$/;

/** `<database>/sessions/<id>`; each malformed part is reported as the official emulator does. */
export function parseSessionName(name: string): SessionName {
  const m = SESSION.exec(name);
  if (!m) {
    if (!/^projects\/[^/]+\/instances\/[^/]+\/databases\/[^/]+\//.test(name)) parseDatabaseName(name);
    throw invalidSessionUri(name);
  }
  return { ...parseDatabaseName(m[1]), session: m[2] };
}

export function parseOperationName(name: string): OperationName {
  const m = OPERATION.exec(name);
  if (!m) throw invalidOperationUri(name);
  return { parent: m[1], id: m[2] };
}

/** The `name` of ListOperations: `<instance or database>/operations`; returns the parent. */
export function parseOperationsCollection(name: string): string {
  const m = OPERATIONS_PARENT.exec(name);
  if (!m) throw invalidOperationUri(name);
  return m[1];
}

export function projectName(n: ProjectName): string {
  return `projects/${n.project}`;
}

export function instanceName(n: InstanceName): string {
  return `projects/${n.project}/instances/${n.instance}`;
}

export function databaseName(n: DatabaseName): string {
  return `${instanceName(n)}/databases/${n.database}`;
}

export function sessionName(database: string, id: string): string {
  return `${database}/sessions/${id}`;
}

export function operationName(parent: string, id: string): string {
  return `${parent}/operations/${id}`;
}

/** The instance a database belongs to. */
export function instanceOfDatabase(database: string): string {
  return instanceName(parseDatabaseName(database));
}
