/**
 * The read API: Read (one ResultSet, at most 10 MiB of values), StreamingRead (PartialResultSets
 * through the chunker, a resume token at each row boundary a message ends on, `last` on the final
 * message only) and PartitionRead (partition tokens over slices of the key space, in a read-only
 * transaction). The first result of a read that began a transaction carries it; results of a
 * multiplexed read-write transaction carry a precommit token (a stream: its last message). Rules
 * live in engine/read and resources/transactions; this file converts. Queries are not here.
 */
import type { PartialResultSet, ResultSet, ResultSetMetadata } from '../../generated/google/spanner/v1/result_set';
import type {
  PartitionOptions,
  PartitionReadRequest,
  PartitionResponse,
  ReadRequest,
} from '../../generated/google/spanner/v1/spanner';
import type { Transaction, TransactionSelector } from '../../generated/google/spanner/v1/transaction';
import { elementSize } from '../convert/chunk-cuts';
import { PartialResultSetChunker } from '../convert/chunking';
import { timestampFromMicros } from '../convert/proto-time';
import { resultSetMetadata, rowToProto } from '../convert/result-sets';
import { partitionSlices, type PartitionSizing } from '../engine/read/read-partitions';
import { planRead } from '../engine/read/read-plan';
import { assertNever } from '../errors/assert-never';
import { missingRequiredField } from '../errors/general-errors';
import {
  maxPartitionsNotPositive,
  partitionReadInSingleUse,
  partitionReadNeedsReadOnly,
  partitionSizeNotPositive,
  resultSetTooLarge,
} from '../errors/read-errors';
import { transactionModeFromProto } from '../convert/transaction-options';
import type { DataPlane } from '../resources/data-plane';
import type { FrontTransaction, SessionRef } from '../resources/transactions/front-transaction';
import type { TransactionRegistry } from '../resources/transactions/transaction-registry';
import { afterFailedRead, assertStillReading, openRead } from '../resources/transactions/transaction-reads';
import { assertUsableForStatements } from '../resources/transactions/transaction-selector';
import type { Database } from '../engine/database/database';
import type { CallContext, StreamingHandler, UnaryHandler } from './handler-types';
import { partitionTokenOf } from './partition-tokens';
import { checkReadTarget, requestSpans, startRead, type StartedRead } from './read-start';
import { resumeToken } from './resume-tokens';
import { transactionToProto } from './transaction-protos';

/** Spanner's bound on a non-streaming result. */
const MAX_RESULT_BYTES = 10 * 1024 * 1024;

export function read(plane: DataPlane): UnaryHandler<ReadRequest, ResultSet> {
  return async (request, ctx) => {
    const started = await startRead(plane, request, ctx);
    try {
      const rows: unknown[][] = [];
      let bytes = 0;
      for (const row of started.rows) {
        const wire = rowToProto(row.values, started.columns);
        bytes += wire.reduce((n: number, v) => n + elementSize(v), 0);
        if (bytes > MAX_RESULT_BYTES) throw resultSetTooLarge('StreamingRead');
        rows.push(wire);
      }
      return { metadata: metadataOf(started), rows, stats: undefined, precommitToken: started.txn.tokens?.next() };
    } catch (e) {
      afterFailedRead(plane.transactions, started.txn, !started.begun, e);
      throw e;
    } finally {
      started.leave();
    }
  };
}

export function streamingRead(plane: DataPlane): StreamingHandler<ReadRequest, PartialResultSet> {
  return (request, ctx) => streamRead(plane, request, ctx);
}

async function* streamRead(plane: DataPlane, request: ReadRequest, ctx: CallContext): AsyncGenerator<PartialResultSet> {
  const started = await startRead(plane, request, ctx);
  let delivered = false;
  try {
    const chunker = new PartialResultSetChunker(metadataOf(started));
    let given = started.rowsGiven;
    for (const row of started.rows) {
      const token = resumeToken(started.digest, {
        position: row.key,
        rowsGiven: ++given,
        readTimestamp: started.singleUse ? started.readTimestamp : null,
      });
      for (const message of chunker.addRow(rowToProto(row.values, started.columns), token)) {
        yield message;
        delivered = true;
        assertStillReading(started.txn);
      }
    }
    yield { ...chunker.finish(), last: true, precommitToken: started.txn.tokens?.next() };
  } catch (e) {
    afterFailedRead(plane.transactions, started.txn, !started.begun || delivered, e);
    throw e;
  } finally {
    started.leave();
  }
}

/** The row type, and the transaction when the read began one or a single use asked for its timestamp. */
function metadataOf(started: StartedRead): ResultSetMetadata {
  return { ...resultSetMetadata(started.columns), transaction: transactionOf(started) };
}

function transactionOf(started: StartedRead): Transaction | undefined {
  const { txn } = started;
  if (started.begun) return transactionToProto(txn, false);
  if (!started.singleUse || txn.mode.kind !== 'readOnly' || !txn.mode.returnReadTimestamp) return undefined;
  const readTimestamp = started.readTimestamp === null ? undefined : timestampFromMicros(started.readTimestamp);
  return { id: Buffer.alloc(0), readTimestamp, precommitToken: undefined, cacheUpdate: undefined };
}

export function partitionRead(plane: DataPlane): UnaryHandler<PartitionReadRequest, PartitionResponse> {
  return async (request, ctx) => {
    const { session, database } = plane.liveSession(request.session);
    const { txn, begun } = selectForPartition(plane.transactions, session, database, request.transaction);
    const leave = txn.enter();
    try {
      const sizing = partitionSizing(request.partitionOptions);
      checkReadTarget(request);
      const view = await openRead(txn, plane.clock, null, ctx.signal);
      const plan = planRead(view.catalog, request);
      const slices = partitionSlices(view.reader, plan, requestSpans(plan, request.keySet), view.at, sizing);
      return {
        partitions: slices.map((slice) => ({ partitionToken: partitionTokenOf(request, txn.id, slice) })),
        transaction: begun ? transactionToProto(txn, false) : undefined,
      };
    } catch (e) {
      afterFailedRead(plane.transactions, txn, !begun, e);
      throw e;
    } finally {
      leave();
    }
  };
}

/** Partitions are read in a read-only transaction begun earlier or by this call, never a single use. */
function selectForPartition(
  registry: TransactionRegistry,
  session: SessionRef,
  database: Database,
  selector: TransactionSelector | undefined,
): { readonly txn: FrontTransaction; readonly begun: boolean } {
  const choice = selector?.selector;
  if (choice === undefined) throw missingRequiredField('TransactionSelector.selector');
  switch (choice.$case) {
    case 'singleUse':
      throw partitionReadInSingleUse();
    case 'begin': {
      if (choice.value.mode?.$case !== 'readOnly') throw partitionReadNeedsReadOnly();
      return {
        txn: registry.begin(session, database, transactionModeFromProto(choice.value, 'multiUse')),
        begun: true,
      };
    }
    case 'id': {
      const txn = registry.find(session, choice.value);
      assertUsableForStatements(txn);
      if (txn.mode.kind !== 'readOnly') throw partitionReadNeedsReadOnly();
      return { txn, begun: false };
    }
    default:
      return assertNever(choice, 'transaction selector');
  }
}

function partitionSizing(options: PartitionOptions | undefined): PartitionSizing {
  const partitionSizeBytes = Number(options?.partitionSizeBytes ?? 0);
  const maxPartitions = Number(options?.maxPartitions ?? 0);
  if (partitionSizeBytes < 0) throw partitionSizeNotPositive('partition_options');
  if (maxPartitions < 0) throw maxPartitionsNotPositive('partition_options');
  return { partitionSizeBytes, maxPartitions };
}
