/**
 * Partition tokens of PartitionRead: opaque bytes naming the read they were made for (session,
 * transaction, table, index, columns, key set) and their slice of the scanned key space. A Read or
 * StreamingRead that carries one must repeat that read in that transaction, as Spanner requires;
 * it then reads the request's key set clipped to the slice. Tokens are not signed: a forged one
 * could only read, inside the caller's own read-only transaction, what the caller may read anyway.
 */
import { KeySet } from '../../generated/google/spanner/v1/keys';
import type { PartitionReadRequest, ReadRequest } from '../../generated/google/spanner/v1/spanner';
import type { KeySlice } from '../engine/read/read-partitions';
import {
  invalidPartitionToken,
  partitionOfAnotherRead,
  partitionOfAnotherSession,
  partitionOfAnotherTransaction,
} from '../errors/read-errors';

export interface PartitionToken {
  readonly session: string;
  readonly transactionId: Buffer;
  readonly table: string;
  readonly index: string;
  readonly columns: readonly string[];
  /** The request's KeySet, protobuf encoded (compared as bytes, as the official emulator does). */
  readonly keySet: Buffer;
  readonly slice: KeySlice;
}

/** Marks the bytes as a partition token of this emulator (and its format's version). */
const MAGIC = Buffer.from('SPR1', 'latin1');

export function keySetBytes(keySet: KeySet | undefined): Buffer {
  return Buffer.from(KeySet.encode(keySet ?? { keys: [], ranges: [], all: false }).finish());
}

export function partitionTokenOf(request: PartitionReadRequest, transactionId: Buffer, slice: KeySlice): Buffer {
  const body = {
    session: request.session,
    transactionId: transactionId.toString('base64'),
    table: request.table,
    index: request.index,
    columns: request.columns,
    keySet: keySetBytes(request.keySet).toString('base64'),
    lower: slice.lower.toString('base64'),
    upper: slice.upper.toString('base64'),
  };
  return Buffer.concat([MAGIC, Buffer.from(JSON.stringify(body), 'utf8')]);
}

export function parsePartitionToken(bytes: Uint8Array): PartitionToken {
  const token = Buffer.from(bytes);
  if (!token.subarray(0, MAGIC.length).equals(MAGIC)) throw invalidPartitionToken();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(token.subarray(MAGIC.length).toString('utf8')) as Record<string, unknown>;
  } catch {
    throw invalidPartitionToken();
  }
  const text = (key: string): string => {
    const value = body?.[key];
    if (typeof value !== 'string') throw invalidPartitionToken();
    return value;
  };
  const columns = body?.columns;
  if (!Array.isArray(columns) || !columns.every((c) => typeof c === 'string')) throw invalidPartitionToken();
  return {
    session: text('session'),
    transactionId: Buffer.from(text('transactionId'), 'base64'),
    table: text('table'),
    index: text('index'),
    columns,
    keySet: Buffer.from(text('keySet'), 'base64'),
    slice: { lower: Buffer.from(text('lower'), 'base64'), upper: Buffer.from(text('upper'), 'base64') },
  };
}

/** A read carrying `token` must be the read it was made for, in its session and transaction. */
export function assertPartitionOf(token: PartitionToken, request: ReadRequest): void {
  if (token.session !== request.session) throw partitionOfAnotherSession();
  const selector = request.transaction?.selector;
  if (selector?.$case !== 'id' || !token.transactionId.equals(Buffer.from(selector.value))) {
    throw partitionOfAnotherTransaction();
  }
  const sameColumns =
    token.columns.length === request.columns.length && token.columns.every((c, i) => c === request.columns[i]);
  if (
    token.table !== request.table ||
    token.index !== request.index ||
    !sameColumns ||
    !token.keySet.equals(keySetBytes(request.keySet))
  ) {
    throw partitionOfAnotherRead();
  }
}
