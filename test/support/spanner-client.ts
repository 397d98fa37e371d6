/**
 * The official Node client (@google-cloud/spanner) on a fresh database of an end-to-end target, in
 * one of its two session modes. The client reads the mode from the environment when a Database
 * object is constructed (SessionFactory), so the variables are set here before anything is created,
 * and each suite opens its own client per mode. Nothing here asserts.
 */
import { Database, Instance, Spanner } from '@google-cloud/spanner';
import type { E2eTarget } from './e2e-target';
import { uniqueId } from './unique-id';

/** `multiplexed`: the client's default. `regular`: a session pool, as with the three variables `false`. */
export type SessionMode = 'multiplexed' | 'regular';

export const SESSION_MODES: readonly SessionMode[] = ['multiplexed', 'regular'];

const MODE_VARIABLES = [
  'GOOGLE_CLOUD_SPANNER_MULTIPLEXED_SESSIONS',
  'GOOGLE_CLOUD_SPANNER_MULTIPLEXED_SESSIONS_FOR_RW',
  'GOOGLE_CLOUD_SPANNER_MULTIPLEXED_SESSIONS_PARTITIONED_OPS',
];

export const E2E_PROJECT = 'e2e-project';
export const E2E_INSTANCE = 'e2e-instance';

const ALREADY_EXISTS = 6;

export function applySessionMode(mode: SessionMode): void {
  for (const name of MODE_VARIABLES) {
    if (mode === 'regular') process.env[name] = 'false';
    else delete process.env[name];
  }
}

export interface ClientDatabase {
  readonly spanner: Spanner;
  readonly instance: Instance;
  readonly database: Database;
  /** Every error the client emitted in the background (e.g. a session pool that failed to fill). */
  readonly backgroundErrors: Error[];
  close(): Promise<void>;
}

/** A client pointed at the target, in the given mode; no resource is created. */
export function newClient(target: Pick<E2eTarget, 'grpcHost'>, mode: SessionMode): Spanner {
  process.env.SPANNER_EMULATOR_HOST = target.grpcHost;
  process.env.METADATA_SERVER_DETECTION = 'none';
  applySessionMode(mode);
  return new Spanner({ projectId: E2E_PROJECT });
}

export async function ensureInstance(spanner: Spanner): Promise<Instance> {
  const instance = spanner.instance(E2E_INSTANCE);
  try {
    const [, operation] = await instance.create({
      config: 'emulator-config',
      nodes: 1,
      displayName: 'e2e',
    });
    await operation.promise();
  } catch (error) {
    if ((error as { code?: number }).code !== ALREADY_EXISTS) throw error;
  }
  return instance;
}

/** A new database (unique id) with the schema, opened through a new client in the given mode. */
export async function openClientDatabase(
  target: Pick<E2eTarget, 'grpcHost'>,
  mode: SessionMode,
  schema: readonly string[],
): Promise<ClientDatabase> {
  const spanner = newClient(target, mode);
  const instance = await ensureInstance(spanner);
  const databaseId = uniqueId(`e2e-${mode.slice(0, 3)}`);
  const [, operation] = await instance.createDatabase(databaseId, { schema: [...schema] });
  await operation.promise();
  return clientDatabase(spanner, instance, databaseId);
}

/** The Database object of an existing database, watched for background errors. */
export function clientDatabase(spanner: Spanner, instance: Instance, databaseId: string): ClientDatabase {
  const database = instance.database(databaseId);
  const backgroundErrors: Error[] = [];
  // A session pool that cannot fill emits 'error' on the database; unheard, it would crash the run.
  database.on('error', (error: Error) => backgroundErrors.push(error));
  return {
    spanner,
    instance,
    database,
    backgroundErrors,
    close: async () => {
      // A pool still holding a session (a test's abandoned transaction) rejects with "leaked"; fine here.
      await database.close().catch(() => undefined);
      await spanner.close();
    },
  };
}

/** The gRPC status code of a client error, if it carries one. */
export function grpcCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}
