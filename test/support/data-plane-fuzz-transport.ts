/**
 * Sends one data-plane request, given as proto3 JSON, over gRPC (converted to the generated
 * message, raw doubles kept) or over REST (the route of its google.api.http rule), and answers
 * what came back as proto3 JSON, or the error's code name and message. `problemsOf` says what in
 * an answer breaks the fuzz's rules. Nothing here knows about the fuzz's schema or world.
 */
import * as grpc from '@grpc/grpc-js';
import { Status } from '../../generated/google/rpc/status';
import * as v1 from '../../generated/google/spanner/v1/spanner';
import { CommitResponse } from '../../generated/google/spanner/v1/commit_response';
import { PartialResultSet, ResultSet } from '../../generated/google/spanner/v1/result_set';
import { Transaction } from '../../generated/google/spanner/v1/transaction';
import { Empty } from '../../generated/google/protobuf/empty';
import { toJsonValue, WireValue } from './data-plane-fuzz-values';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

interface Codec {
  fromJSON(object: Json): unknown;
  toJSON(message: never): unknown;
}

interface RpcInfo {
  readonly request: Codec;
  readonly response: Codec;
  readonly verb: 'GET' | 'POST' | 'DELETE';
  /** The request field the REST path carries, and what follows it. */
  readonly field: string;
  readonly suffix: string;
}

const RPCS = {
  createSession: {
    request: v1.CreateSessionRequest,
    response: v1.Session,
    verb: 'POST',
    field: 'database',
    suffix: '/sessions',
  },
  batchCreateSessions: {
    request: v1.BatchCreateSessionsRequest,
    response: v1.BatchCreateSessionsResponse,
    verb: 'POST',
    field: 'database',
    suffix: '/sessions:batchCreate',
  },
  getSession: { request: v1.GetSessionRequest, response: v1.Session, verb: 'GET', field: 'name', suffix: '' },
  listSessions: {
    request: v1.ListSessionsRequest,
    response: v1.ListSessionsResponse,
    verb: 'GET',
    field: 'database',
    suffix: '/sessions',
  },
  deleteSession: { request: v1.DeleteSessionRequest, response: Empty, verb: 'DELETE', field: 'name', suffix: '' },
  executeSql: {
    request: v1.ExecuteSqlRequest,
    response: ResultSet,
    verb: 'POST',
    field: 'session',
    suffix: ':executeSql',
  },
  executeStreamingSql: {
    request: v1.ExecuteSqlRequest,
    response: PartialResultSet,
    verb: 'POST',
    field: 'session',
    suffix: ':executeStreamingSql',
  },
  executeBatchDml: {
    request: v1.ExecuteBatchDmlRequest,
    response: v1.ExecuteBatchDmlResponse,
    verb: 'POST',
    field: 'session',
    suffix: ':executeBatchDml',
  },
  read: { request: v1.ReadRequest, response: ResultSet, verb: 'POST', field: 'session', suffix: ':read' },
  streamingRead: {
    request: v1.ReadRequest,
    response: PartialResultSet,
    verb: 'POST',
    field: 'session',
    suffix: ':streamingRead',
  },
  beginTransaction: {
    request: v1.BeginTransactionRequest,
    response: Transaction,
    verb: 'POST',
    field: 'session',
    suffix: ':beginTransaction',
  },
  commit: { request: v1.CommitRequest, response: CommitResponse, verb: 'POST', field: 'session', suffix: ':commit' },
  rollback: { request: v1.RollbackRequest, response: Empty, verb: 'POST', field: 'session', suffix: ':rollback' },
  partitionQuery: {
    request: v1.PartitionQueryRequest,
    response: v1.PartitionResponse,
    verb: 'POST',
    field: 'session',
    suffix: ':partitionQuery',
  },
  partitionRead: {
    request: v1.PartitionReadRequest,
    response: v1.PartitionResponse,
    verb: 'POST',
    field: 'session',
    suffix: ':partitionRead',
  },
  batchWrite: {
    request: v1.BatchWriteRequest,
    response: v1.BatchWriteResponse,
    verb: 'POST',
    field: 'session',
    suffix: ':batchWrite',
  },
} satisfies Record<string, RpcInfo>;

export type Rpc = keyof typeof RPCS;
export type Transport = 'grpc' | 'rest';

export interface FuzzRequest {
  readonly rpc: Rpc;
  readonly body: Record<string, WireValue | undefined>;
}

/** The answer: every response message (one for a unary call), or the error. */
export type FuzzAnswer =
  | { readonly ok: true; readonly responses: Json[] }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly detailBytes: number };

/** Only a guard against a wedged server: nothing here measures speed. */
const HANG_GUARD_MS = 20_000;

/** Thrown when the request cannot become a gRPC message (e.g. an int64 field of "x"); REST can carry it. */
export class NotEncodable extends Error {}

function encodeForGrpc(request: FuzzRequest): Buffer {
  const info: RpcInfo = RPCS[request.rpc];
  const serialize = v1.SpannerService[request.rpc].requestSerialize as (value: unknown) => Buffer;
  try {
    return serialize(info.request.fromJSON(request.body));
  } catch (e) {
    throw new NotEncodable(e instanceof Error ? e.message : String(e));
  }
}

/** The error as the server gave it; a call the guard cut short is a hang, whatever grpc-js calls it. */
function grpcError(error: grpc.ServiceError, deadline: number): FuzzAnswer {
  if (error.code === grpc.status.DEADLINE_EXCEEDED && Date.now() >= deadline)
    return { ok: false, code: 'HANG', message: error.details, detailBytes: 0 };
  const details = error.metadata?.get('grpc-status-details-bin')[0] as Buffer | undefined;
  if (details !== undefined) Status.decode(details);
  return { ok: false, code: grpc.status[error.code], message: error.details, detailBytes: details?.length ?? 0 };
}

export function sendGrpc(client: grpc.Client, request: FuzzRequest): Promise<FuzzAnswer> {
  const info: RpcInfo = RPCS[request.rpc];
  const def = v1.SpannerService[request.rpc];
  const bytes = encodeForGrpc(request);
  const raw = (b: Buffer): Buffer => b;
  const deserialize = (b: Buffer): Json => info.response.toJSON(def.responseDeserialize(b) as never);
  const deadline = Date.now() + HANG_GUARD_MS;
  if (!def.responseStream) {
    return new Promise((resolve) =>
      client.makeUnaryRequest(def.path, raw, deserialize, bytes, new grpc.Metadata(), { deadline }, (e, v) =>
        resolve(e ? grpcError(e, deadline) : { ok: true, responses: [v] }),
      ),
    );
  }
  return new Promise((resolve) => {
    const responses: Json[] = [];
    const call = client.makeServerStreamRequest(def.path, raw, deserialize, bytes, new grpc.Metadata(), { deadline });
    call.on('data', (v) => responses.push(v));
    call.on('error', (e: grpc.ServiceError) => resolve(grpcError(e, deadline)));
    call.on('end', () => resolve({ ok: true, responses }));
  });
}

function restTarget(request: FuzzRequest): { path: string; body: Json } {
  const info: RpcInfo = RPCS[request.rpc];
  const { [info.field]: name, ...rest } = toJsonValue(request.body as WireValue) as Json;
  const path = `/v1/${encodeURI(String(name ?? ''))}${info.suffix}`;
  if (info.verb === 'POST') return { path, body: rest };
  const query = new URLSearchParams(Object.entries(rest).map(([k, v]): [string, string] => [k, String(v)])).toString();
  return { path: query === '' ? path : `${path}?${query}`, body: undefined };
}

/** The REST answer; a problem with its form (not JSON, no error body) is thrown. */
export async function sendRest(baseUrl: string, request: FuzzRequest): Promise<FuzzAnswer> {
  const info: RpcInfo = RPCS[request.rpc];
  const { path, body } = restTarget(request);
  const response = await fetch(`${baseUrl}${path}`, {
    method: info.verb,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(HANG_GUARD_MS),
  });
  const text = await response.text();
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (response.status === 200) {
    const all: Json[] = Array.isArray(json) ? json : [json];
    const failed = all.find((item) => item?.error !== undefined);
    if (failed !== undefined) return restError(response.status, failed.error, true);
    return { ok: true, responses: all };
  }
  return restError(response.status, json?.error, false);
}

/** UNIMPLEMENTED, and a deadline Spanner itself refuses to meet (a read timestamp hours ahead). */
const ALLOWED_5XX: readonly [number, string][] = [
  [501, 'UNIMPLEMENTED'],
  [504, 'DEADLINE_EXCEEDED'],
];

function restError(status: number, error: Json, inStream: boolean): FuzzAnswer {
  const form = typeof error?.message === 'string' && typeof error?.status === 'string';
  if (!form || (!inStream && error.code !== status))
    throw new Error(`HTTP ${status} without a Google error body: ${JSON.stringify(error)?.slice(0, 300)}`);
  if (status >= 500 && !ALLOWED_5XX.some(([s, name]) => s === status && error.status === name))
    throw new Error(`HTTP ${status}: ${error.status} ${error.message}`);
  return {
    ok: false,
    code: error.status,
    message: error.message,
    detailBytes: JSON.stringify(error.details ?? []).length,
  };
}

const MAX_MESSAGE_BYTES = 1024;
const BAD_CODES = ['UNKNOWN', 'INTERNAL', 'HANG', 'UNAVAILABLE'];

/** What in the answer breaks the rules: a code that means a crash or a hang, an unbounded message. */
export function problemOf(answer: FuzzAnswer): string | undefined {
  if (answer.ok) return undefined;
  if (BAD_CODES.includes(answer.code)) return `${answer.code}: ${answer.message.slice(0, 500)}`;
  if (Buffer.byteLength(answer.message) > MAX_MESSAGE_BYTES)
    return `${answer.code} with a message of ${answer.message.length}`;
  if (answer.detailBytes > 4096) return `${answer.code} with ${answer.detailBytes} bytes of details`;
  return undefined;
}
