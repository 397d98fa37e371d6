/**
 * TransactionOptions to the engine's transaction modes: what each use (single-use, multi-use)
 * accepts, and Spanner's refusals with their messages.
 */
import {
  TransactionOptions,
  TransactionOptions_IsolationLevel as Isolation,
} from '../../generated/google/spanner/v1/transaction';
import { transactionModeFromProto, type TransactionUse } from '../../src/convert/transaction-options';
import { Code } from '../../src/errors/codes';
import { refusal } from '../support/refusal';

describe('accepted', () => {
  test.each<[string, TransactionOptions, TransactionUse, unknown]>([
    [
      'strong by default',
      TransactionOptions.fromPartial({ mode: { $case: 'readOnly', value: {} } }),
      'multiUse',
      { kind: 'strong' },
    ],
    [
      'exact staleness',
      TransactionOptions.fromPartial({
        mode: {
          $case: 'readOnly',
          value: { timestampBound: { $case: 'exactStaleness', value: { seconds: '2', nanos: 500_000_000 } } },
        },
      }),
      'multiUse',
      { kind: 'exactStaleness', micros: 2_500_000 },
    ],
    [
      'max staleness, single use',
      TransactionOptions.fromPartial({
        mode: {
          $case: 'readOnly',
          value: { timestampBound: { $case: 'maxStaleness', value: { seconds: '1', nanos: 0 } } },
        },
      }),
      'singleUse',
      { kind: 'maxStaleness', micros: 1_000_000 },
    ],
  ])('%s', (_, given, use, bound) => {
    const mode = transactionModeFromProto(given, use);
    expect(mode.kind === 'readOnly' && mode.bound).toEqual(bound);
  });

  test('read-write keeps isolation, lock mode and the previous transaction', () => {
    const mode = transactionModeFromProto(
      TransactionOptions.fromPartial({
        mode: { $case: 'readWrite', value: { multiplexedSessionPreviousTransactionId: Buffer.from('prev') } },
        isolationLevel: Isolation.REPEATABLE_READ,
      }),
      'multiUse',
    );
    expect(mode).toMatchObject({ kind: 'readWrite', isolation: 'REPEATABLE_READ', requestedLockMode: null });
    expect(mode.kind === 'readWrite' && Buffer.from(mode.previousTransactionId!).toString()).toBe('prev');
  });
});

describe('refused', () => {
  test.each<[string, TransactionOptions, TransactionUse, string]>([
    [
      'no mode',
      TransactionOptions.fromPartial({}),
      'multiUse',
      'No value provided for required field: TransactionOptions.mode',
    ],
    [
      'negative staleness',
      TransactionOptions.fromPartial({
        mode: {
          $case: 'readOnly',
          value: { timestampBound: { $case: 'exactStaleness', value: { seconds: '-1', nanos: 0 } } },
        },
      }),
      'multiUse',
      'Staleness must be non-negative.',
    ],
    [
      'min read timestamp in a multi-use transaction',
      TransactionOptions.fromPartial({
        mode: {
          $case: 'readOnly',
          value: { timestampBound: { $case: 'minReadTimestamp', value: { seconds: '1', nanos: 0 } } },
        },
      }),
      'multiUse',
      'Timestamp bound: min_read_timestamp for read can be only be used for a single use transaction.',
    ],
    [
      'a read timestamp before the epoch',
      TransactionOptions.fromPartial({
        mode: {
          $case: 'readOnly',
          value: { timestampBound: { $case: 'readTimestamp', value: { seconds: '-5', nanos: 0 } } },
        },
      }),
      'multiUse',
      'Invalid exact read timestamp: 1969-12-31T23:59:55+00:00',
    ],
    [
      'partitioned DML used once',
      TransactionOptions.fromPartial({ mode: { $case: 'partitionedDml', value: {} } }),
      'singleUse',
      'DML statements may not be performed in single-use transactions, to avoid replay.',
    ],
    [
      'change-stream exclusion on a read-only transaction',
      TransactionOptions.fromPartial({ mode: { $case: 'readOnly', value: {} }, excludeTxnFromChangeStreams: true }),
      'multiUse',
      'exclude_txn_from_change_streams can only be set for read-write or partitioned DML transactions.',
    ],
  ])('%s', (_, given, use, message) => {
    const error = refusal(() => transactionModeFromProto(given, use));
    expect(error.code).toBe(Code.INVALID_ARGUMENT);
    expect(error.message).toBe(message);
  });
});
