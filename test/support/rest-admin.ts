/**
 * Admin calls over REST with plain fetch against a test emulator, for the tests that restart or
 * damage a data directory between calls: one call helper and the setup most of them share (an
 * instance and a database with a schema).
 */
import { Emulator } from '../../src/emulator';
import { restUrl } from './emulator';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface RestAnswer {
  readonly status: number;
  readonly json: Json;
}

export async function restCall(emulator: Emulator, method: string, route: string, body?: unknown): Promise<RestAnswer> {
  const response = await fetch(restUrl(emulator, `/v1/${route}`), {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

/** Creates `projects/<project>/instances/<instance>` and a database in it with the given schema. */
export async function createInstanceAndDatabase(
  emulator: Emulator,
  database: string,
  schema: readonly string[] = [],
): Promise<void> {
  const [, project, , instance, , id] = database.split('/');
  const parent = `projects/${project}`;
  const created = await restCall(emulator, 'POST', `${parent}/instances`, {
    instanceId: instance,
    instance: { config: `${parent}/instanceConfigs/emulator-config`, displayName: instance, nodeCount: 1 },
  });
  if (created.status !== 200 && created.status !== 409) throw new Error(JSON.stringify(created.json));
  const db = await restCall(emulator, 'POST', `${parent}/instances/${instance}/databases`, {
    createStatement: `CREATE DATABASE \`${id}\``,
    extraStatements: schema,
  });
  if (db.status !== 200) throw new Error(JSON.stringify(db.json));
}
