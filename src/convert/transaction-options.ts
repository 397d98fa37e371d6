/**
 * google.spanner.v1.TransactionOptions to the engine's TransactionMode, refusing what the API
 * forbids for the way the transaction is used: a single-use transaction (a selector's singleUse,
 * Commit's singleUseTransaction) or a multi-use one (BeginTransaction, a selector's begin).
 * Whether a mode suits the RPC (a read-write single-use read, say) is the caller's question.
 */

import type { TransactionOptions, TransactionOptions_ReadOnly } from '../../generated/google/spanner/v1/transaction';
import {
  TransactionOptions_IsolationLevel as Isolation,
  TransactionOptions_ReadWrite_ReadLockMode as LockMode,
} from '../../generated/google/spanner/v1/transaction';
import type {
  IsolationLevel,
  ReadLockMode,
  TimestampBound,
  TransactionMode,
} from '../engine/transaction/transaction-options';
import { assertNever } from '../errors/assert-never';
import { missingRequiredField } from '../errors/general-errors';
import {
  boundOnlyForSingleUse,
  excludeFromChangeStreamsOnReadOnly,
  invalidExactReadTimestamp,
  invalidMinReadTimestamp,
  partitionedDmlSingleUse,
  repeatableReadInPartitionedDml,
  stalenessMustBeNonNegative,
  strongReadOptionShouldBeTrue,
  unrecognizedEnumValue,
} from '../errors/transaction-errors';
import { microsFromDuration, microsFromTimestamp } from './proto-time';

export type TransactionUse = 'singleUse' | 'multiUse';

export function transactionModeFromProto(options: TransactionOptions, use: TransactionUse): TransactionMode {
  const mode = options.mode;
  if (mode === undefined) throw missingRequiredField('TransactionOptions.mode');
  const isolation = isolationOf(options.isolationLevel);
  switch (mode.$case) {
    case 'readOnly':
      if (options.excludeTxnFromChangeStreams) throw excludeFromChangeStreamsOnReadOnly();
      return {
        kind: 'readOnly',
        bound: timestampBoundOf(mode.value, use),
        returnReadTimestamp: mode.value.returnReadTimestamp,
      };
    case 'readWrite': {
      const previous = mode.value.multiplexedSessionPreviousTransactionId;
      return {
        kind: 'readWrite',
        isolation,
        requestedLockMode: lockModeOf(mode.value.readLockMode),
        previousTransactionId: previous.length > 0 ? previous : null,
        excludeFromChangeStreams: options.excludeTxnFromChangeStreams,
      };
    }
    case 'partitionedDml':
      if (use === 'singleUse') throw partitionedDmlSingleUse();
      if (isolation === 'REPEATABLE_READ') throw repeatableReadInPartitionedDml();
      return { kind: 'partitionedDml', excludeFromChangeStreams: options.excludeTxnFromChangeStreams };
    default:
      return assertNever(mode, 'transaction mode');
  }
}

function isolationOf(level: Isolation): IsolationLevel {
  switch (level) {
    case Isolation.ISOLATION_LEVEL_UNSPECIFIED:
    case Isolation.SERIALIZABLE:
      return 'SERIALIZABLE';
    case Isolation.REPEATABLE_READ:
      return 'REPEATABLE_READ';
    case Isolation.UNRECOGNIZED:
      throw unrecognizedEnumValue('TransactionOptions.isolation_level');
    default:
      return assertNever(level, 'isolation level');
  }
}

function lockModeOf(mode: LockMode): ReadLockMode | null {
  switch (mode) {
    case LockMode.READ_LOCK_MODE_UNSPECIFIED:
      return null;
    case LockMode.PESSIMISTIC:
      return 'PESSIMISTIC';
    case LockMode.OPTIMISTIC:
      return 'OPTIMISTIC';
    case LockMode.UNRECOGNIZED:
      throw unrecognizedEnumValue('TransactionOptions.ReadWrite.read_lock_mode');
    default:
      return assertNever(mode, 'read lock mode');
  }
}

function timestampBoundOf(readOnly: TransactionOptions_ReadOnly, use: TransactionUse): TimestampBound {
  const bound = readOnly.timestampBound;
  if (bound === undefined) return { kind: 'strong' };
  switch (bound.$case) {
    case 'strong':
      if (!bound.value) throw strongReadOptionShouldBeTrue();
      return { kind: 'strong' };
    case 'readTimestamp': {
      const at = microsFromTimestamp(bound.value);
      if (at < 0) throw invalidExactReadTimestamp(at);
      return { kind: 'readTimestamp', at };
    }
    case 'minReadTimestamp': {
      if (use === 'multiUse') throw boundOnlyForSingleUse('min_read_timestamp');
      const at = microsFromTimestamp(bound.value);
      if (at < 0) throw invalidMinReadTimestamp(at);
      return { kind: 'minReadTimestamp', at };
    }
    case 'exactStaleness':
      return { kind: 'exactStaleness', micros: staleness(microsFromDuration(bound.value)) };
    case 'maxStaleness':
      if (use === 'multiUse') throw boundOnlyForSingleUse('max_staleness');
      return { kind: 'maxStaleness', micros: staleness(microsFromDuration(bound.value)) };
    default:
      return assertNever(bound, 'timestamp bound');
  }
}

function staleness(micros: number): number {
  if (micros < 0) throw stalenessMustBeNonNegative();
  return micros;
}
