/**
 * What Read and StreamingRead share up to their first row: the session and the transaction the
 * selector names (begun here for an inline begin), the request's checks in the official emulator's
 * order (key set and table present, limit, a partition token's match with the request, a resume
 * token's), the view of the database the transaction gives (waiting for a future read timestamp),
 * the plan and key spans from the schema of that view, the read-write locks, and the lazy rows.
 * Also the key spans of a request, which PartitionRead shares. A failure before the first row
 * rolls back a transaction this read began (its client never saw the id).
 */
import type { KeySet } from '../../generated/google/spanner/v1/keys';
import { ReadRequest_LockHint, type ReadRequest } from '../../generated/google/spanner/v1/spanner';
import type { Micros } from '../common/clock';
import { keySetFromProto } from '../convert/keys';
import type { ResultColumn } from '../convert/result-sets';
import type { LockMode } from '../engine/locking/lock-request';
import { executeRead, type ReadRow } from '../engine/read/read-executor';
import { readLockRequests } from '../engine/read/read-locks';
import { planRead, type ReadPlan } from '../engine/read/read-plan';
import { clipSpans, keySetSpans, type ReadSpan } from '../engine/read/read-spans';
import { missingRequiredField } from '../errors/general-errors';
import { mutationTableRequired } from '../errors/mutation-errors';
import { directedReadNeedsReadOnly, limitWithPartitionToken, negativeReadLimit } from '../errors/read-errors';
import type { DataPlane } from '../resources/data-plane';
import type { FrontTransaction } from '../resources/transactions/front-transaction';
import { afterFailedRead, lockForRead, openRead } from '../resources/transactions/transaction-reads';
import { selectForRead } from '../resources/transactions/transaction-selector';
import type { CallContext } from './handler-types';
import { assertPartitionOf, parsePartitionToken } from './partition-tokens';
import { parseResumeToken, readDigest } from './resume-tokens';

export interface StartedRead {
  readonly txn: FrontTransaction;
  /** Begun by this read: its first result carries the transaction. */
  readonly begun: boolean;
  readonly singleUse: boolean;
  readonly columns: readonly ResultColumn[];
  readonly rows: Iterable<ReadRow>;
  /** The timestamp a read-only read reads at; null in a read-write transaction. */
  readonly readTimestamp: Micros | null;
  /** Rows earlier attempts gave (a resumed read continues the count). */
  readonly rowsGiven: number;
  /** What this read's resume tokens are bound to. */
  readonly digest: Buffer;
  /** Ends the call's use of the transaction (it counts as in flight until then). */
  readonly leave: () => void;
}

export async function startRead(plane: DataPlane, request: ReadRequest, ctx: CallContext): Promise<StartedRead> {
  const { session, database } = plane.liveSession(request.session);
  const selected = selectForRead(plane.transactions, session, database, request.transaction);
  const leave = selected.txn.enter();
  try {
    return { ...selected, ...(await readIn(plane, selected.txn, selected.singleUse, request, ctx)), leave };
  } catch (e) {
    leave();
    afterFailedRead(plane.transactions, selected.txn, !selected.begun, e);
    throw e;
  }
}

type ReadPart = Omit<StartedRead, 'txn' | 'begun' | 'singleUse' | 'leave'>;

async function readIn(
  plane: DataPlane,
  txn: FrontTransaction,
  singleUse: boolean,
  request: ReadRequest,
  ctx: CallContext,
): Promise<ReadPart> {
  if (request.directedReadOptions?.replicas !== undefined && txn.mode.kind !== 'readOnly') {
    throw directedReadNeedsReadOnly();
  }
  const limit = checkReadRequest(request);
  const partition = request.partitionToken.length > 0 ? parsePartitionToken(request.partitionToken) : null;
  if (partition !== null) assertPartitionOf(partition, request);
  const digest = readDigest(request);
  const resume = request.resumeToken.length > 0 ? parseResumeToken(request.resumeToken, digest) : null;
  const resumedAt = singleUse ? (resume?.readTimestamp ?? null) : null;
  const view = await openRead(txn, plane.clock, resumedAt, ctx.signal);
  const plan = planRead(view.catalog, request);
  const all = requestSpans(plan, request.keySet);
  const spans = partition === null ? all : clipSpans(all, partition.slice);
  await lockForRead(txn, readLockRequests(plan, spans, lockModeOf(request.lockHint)), ctx.signal);
  const rowsGiven = resume?.rowsGiven ?? 0;
  const left = limit === 0 ? 0 : limit - rowsGiven;
  const rows =
    limit !== 0 && left <= 0
      ? []
      : executeRead(view.reader, plan, spans, { at: view.at, limit: left, after: resume?.position ?? null });
  const readTimestamp = txn.mode.kind === 'readOnly' ? view.at : null;
  return { columns: plan.columns, rows, readTimestamp, rowsGiven, digest };
}

/** The emulator's checks of a ReadRequest before it looks at the schema; answers the limit (0: none). */
function checkReadRequest(request: ReadRequest): number {
  checkReadTarget(request);
  const limit = BigInt(request.limit || '0');
  if (limit < 0n) throw negativeReadLimit();
  if (limit > 0n && request.partitionToken.length > 0) throw limitWithPartitionToken();
  return Number(limit);
}

/** A read (or a partitioned one) names its table and gives a key set. */
export function checkReadTarget(request: { readonly keySet?: KeySet; readonly table: string }): void {
  if (request.keySet === undefined) throw missingRequiredField('ReadRequest.key_set');
  if (request.table === '') throw mutationTableRequired();
}

/** The key set of a request as spans of the plan's key space. */
export function requestSpans(plan: ReadPlan, keySet: KeySet | undefined): ReadSpan[] {
  const keys = keySetFromProto(keySet, { name: plan.keyName, parts: plan.keyColumns });
  return keySetSpans(plan.keyParts, keys, plan.target.kind === 'table' ? 'point' : 'prefix');
}

function lockModeOf(hint: ReadRequest_LockHint): LockMode {
  return hint === ReadRequest_LockHint.LOCK_HINT_EXCLUSIVE ? 'exclusive' : 'shared';
}
