/**
 * Plain-HTTP calls to an emulator's REST port for end-to-end suites: every request has a timeout,
 * answers carry the HTTP status and, for errors, the code name and message (Google's
 * `{"error": {...}}` body, or the `{"code": n}` body of the official emulator's gateway). `ok()`
 * throws on an error answer with everything in the message, so a failure (and a crash: INTERNAL)
 * is legible in the test output. No Spanner semantics here beyond resource creation.
 */
import { errorOf, type RestError } from '../conformance/sql-conformance-rest';
import { E2E_INSTANCE, E2E_PROJECT } from './spanner-client';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface RestAnswer {
  status: number;
  body: Json;
  /** Set when the answer is an error. */
  error?: RestError;
}

/**
 * One REST request as the suites that check raw answers make it: the HTTP status and the parsed
 * JSON body, whatever the status.
 */
export async function callJson(url: string, method: string, body?: unknown): Promise<{ status: number; json: Json }> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

const REQUEST_TIMEOUT_MS = 20_000;
const OPERATION_POLL_MS = 25;

export const INSTANCE_PATH = `projects/${E2E_PROJECT}/instances/${E2E_INSTANCE}`;

export class RestClient {
  constructor(readonly baseUrl: string) {}

  async call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<RestAnswer> {
    const response = await fetch(`${this.baseUrl}/v1/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    let parsed: Json;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error(`${method} ${path}: HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
    }
    if (response.ok) return { status: response.status, body: parsed };
    const error = errorOf(parsed) ?? { code: `HTTP ${response.status}`, message: text.slice(0, 300) };
    return { status: response.status, body: parsed, error };
  }

  /** The body of a successful answer; an error answer throws with its code and message. */
  async ok(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<Json> {
    const answer = await this.call(method, path, body);
    if (answer.error !== undefined) {
      throw new Error(`${method} ${path}: HTTP ${answer.status} ${answer.error.code}: ${answer.error.message}`);
    }
    return answer.body;
  }

  async ensureInstance(): Promise<void> {
    const created = await this.call('POST', `projects/${E2E_PROJECT}/instances`, {
      instanceId: E2E_INSTANCE,
      instance: {
        config: `projects/${E2E_PROJECT}/instanceConfigs/emulator-config`,
        displayName: 'e2e',
        nodeCount: 1,
      },
    });
    if (created.error !== undefined && created.error.code !== 'ALREADY_EXISTS') {
      throw new Error(`CreateInstance: ${created.error.code}: ${created.error.message}`);
    }
    if (created.error === undefined) await this.awaitOperation(created.body);
  }

  /** Creates the database with the schema and answers its name. */
  async createDatabase(databaseId: string, schema: readonly string[]): Promise<string> {
    const operation = await this.ok('POST', `${INSTANCE_PATH}/databases`, {
      createStatement: `CREATE DATABASE \`${databaseId}\``,
      extraStatements: schema,
    });
    await this.awaitOperation(operation);
    return `${INSTANCE_PATH}/databases/${databaseId}`;
  }

  private async awaitOperation(operation: Json): Promise<void> {
    let current = operation;
    const deadline = Date.now() + REQUEST_TIMEOUT_MS;
    while (current.done !== true) {
      if (Date.now() > deadline) throw new Error(`operation ${operation.name} not done in time`);
      await new Promise((resolve) => setTimeout(resolve, OPERATION_POLL_MS));
      current = await this.ok('GET', operation.name);
    }
    if (current.error !== undefined) throw new Error(`operation ${operation.name}: ${JSON.stringify(current.error)}`);
  }
}
