/**
 * The same read-then-write transactions as the client workloads, sent by a thin grpc-js client
 * (the generated stubs, no client library): a StreamingRead that begins the transaction, then a
 * Commit with the row's new value and the precommit token; and single-row commits of one RPC. It
 * shows what the server itself sustains when the client costs little, beside what the official
 * client reaches (whose own CPU per call is several times the server's). Measures only.
 */
import * as grpc from '@grpc/grpc-js';
import type { PartialResultSet } from '../../generated/google/spanner/v1/result_set';
import type { Session } from '../../generated/google/spanner/v1/spanner';
import {
  CommitRequest,
  CreateSessionRequest,
  ReadRequest,
  SpannerClient,
} from '../../generated/google/spanner/v1/spanner';
import { LatencyStats, runWorkers, timeSequential, WorkerRun } from './latency';

type Unary<Req, Res> = (request: Req, callback: (error: grpc.ServiceError | null, value: Res) => void) => unknown;

function call<Req, Res>(client: SpannerClient, method: Unary<Req, Res>, request: Req): Promise<Res> {
  return new Promise((resolve, reject) =>
    method.call(client, request, (error, value) => (error ? reject(error) : resolve(value))),
  );
}

function streamingRead(client: SpannerClient, request: ReadRequest): Promise<PartialResultSet[]> {
  return new Promise((resolve, reject) => {
    const parts: PartialResultSet[] = [];
    client
      .streamingRead(request)
      .on('data', (part: PartialResultSet) => parts.push(part))
      .on('error', reject)
      .on('end', () => resolve(parts));
  });
}

/** One read-then-increment transaction on `id` of the benchmark table; resolves when committed. */
async function increment(client: SpannerClient, session: string, id: number): Promise<void> {
  const parts = await streamingRead(
    client,
    ReadRequest.fromPartial({
      session,
      table: 'Bench',
      columns: ['Value'],
      keySet: { keys: [[String(id)]] },
      transaction: { selector: { $case: 'begin', value: { mode: { $case: 'readWrite', value: {} } } } },
    }),
  );
  const transaction = parts[0].metadata!.transaction!;
  const value = Number(parts[0].values[0]);
  await call(
    client,
    client.commit,
    CommitRequest.fromPartial({
      session,
      transaction: { $case: 'transactionId', value: transaction.id },
      precommitToken: parts[parts.length - 1].precommitToken,
      mutations: [
        {
          operation: {
            $case: 'update',
            value: { table: 'Bench', columns: ['Id', 'Value'], values: [[String(id), String(value + 1)]] },
          },
        },
      ],
    }),
  );
}

/** A single-use commit writing one row, as one RPC. */
function commitOneRow(client: SpannerClient, session: string, id: number): Promise<unknown> {
  return call(
    client,
    client.commit,
    CommitRequest.fromPartial({
      session,
      transaction: { $case: 'singleUseTransaction', value: { mode: { $case: 'readWrite', value: {} } } },
      mutations: [
        {
          operation: {
            $case: 'insertOrUpdate',
            value: { table: 'Bench', columns: ['Id', 'Value', 'Payload'], values: [[String(id), '0', 'x']] },
          },
        },
      ],
    }),
  );
}

/** Runs `body` with a thin client and a multiplexed session of `database`. */
async function withThinClient<T>(
  grpcHost: string,
  database: string,
  body: (client: SpannerClient, session: string) => Promise<T>,
): Promise<T> {
  const client = new SpannerClient(grpcHost, grpc.credentials.createInsecure());
  try {
    const session = await call<CreateSessionRequest, Session>(
      client,
      client.createSession,
      CreateSessionRequest.fromPartial({ database, session: { multiplexed: true } }),
    );
    return await body(client, session.name);
  } finally {
    client.close();
  }
}

/** `workers` concurrent loops of increments, each on a row of its own, on one multiplexed session. */
export function rawReadWriteWriters(
  grpcHost: string,
  database: string,
  workers: number,
  durationMs: number,
  rowOf: (worker: number) => number,
): Promise<WorkerRun> {
  return withThinClient(grpcHost, database, (client, session) =>
    runWorkers(workers, durationMs, async (worker) => {
      await increment(client, session, rowOf(worker));
      return { retries: 0 };
    }),
  );
}

/** Single-row commits one after another (one RPC each), rows above `firstId`. */
export function rawSingleRowCommits(
  grpcHost: string,
  database: string,
  durationMs: number,
  firstId: number,
): Promise<LatencyStats> {
  let id = firstId;
  return withThinClient(grpcHost, database, (client, session) =>
    timeSequential(() => commitOneRow(client, session, id++), durationMs),
  );
}
