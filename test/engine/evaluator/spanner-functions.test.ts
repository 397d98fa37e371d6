/**
 * Spanner's own functions: BIT_REVERSE (checked against Spanner's emulator), sequences and the
 * pending commit timestamp through the statement's hooks.
 */

import { timestampValue } from '../../../src/types/spanner-value';
import { evaluateSql, evaluationErrorOf } from '../../support/evaluate';

describe('BIT_REVERSE', () => {
  test.each([
    ['BIT_REVERSE(1, true)', 4611686018427387904n],
    ['BIT_REVERSE(1, false)', -9223372036854775808n],
    ['BIT_REVERSE(-1, true)', -1n],
    ['BIT_REVERSE(-1, false)', -1n],
    ['BIT_REVERSE(12345, true)', 5622181184818642944n],
    ['BIT_REVERSE(-9223372036854775808, false)', 1n],
    ['BIT_REVERSE(-2, true)', -4611686018427387905n],
    ['BIT_REVERSE(NULL, true)', null],
  ])('%s', (sql, expected) => {
    expect(evaluateSql(sql)).toBe(expected);
  });
});

describe('sequences and commit timestamps', () => {
  test('GET_NEXT_SEQUENCE_VALUE asks the statement for the named sequence', () => {
    const asked: string[] = [];
    const nextSequenceValue = (name: string): bigint => {
      asked.push(name);
      return 42n;
    };
    expect(evaluateSql("GET_NEXT_SEQUENCE_VALUE('seq')", { context: { nextSequenceValue } })).toBe(42n);
    expect(asked).toEqual(['seq']);
  });

  test('GET_INTERNAL_SEQUENCE_STATE reads the counter without advancing it', () => {
    const sequenceState = (name: string): bigint | null => (name === 'used' ? 7n : null);
    const sequences = ['used', 'fresh'];
    expect(evaluateSql('GET_INTERNAL_SEQUENCE_STATE(SEQUENCE used)', { sequences, context: { sequenceState } })).toBe(
      7n,
    );
    expect(
      evaluateSql('GET_INTERNAL_SEQUENCE_STATE(SEQUENCE fresh)', { sequences, context: { sequenceState } }),
    ).toBeNull();
  });

  test('a sequence function where no sequence can be read is UNIMPLEMENTED', () => {
    expect(evaluationErrorOf("GET_NEXT_SEQUENCE_VALUE('seq')")).toBe(
      'UNIMPLEMENTED: Sequence functions are not supported in this context by this emulator yet.',
    );
  });

  test('PENDING_COMMIT_TIMESTAMP() comes from the statement, and is refused outside DML values', () => {
    const commit = timestampValue(5n);
    expect(evaluateSql('PENDING_COMMIT_TIMESTAMP()', { context: { pendingCommitTimestamp: () => commit } })).toBe(
      commit,
    );
    expect(evaluationErrorOf('PENDING_COMMIT_TIMESTAMP()')).toBe(
      'INVALID_ARGUMENT: The PENDING_COMMIT_TIMESTAMP() function may only be used as a value for INSERT or UPDATE of an ' +
        'appropriately typed column. It cannot be used in SELECT, or as the input to any other scalar expression.',
    );
  });
});
