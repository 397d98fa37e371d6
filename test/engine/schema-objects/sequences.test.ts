/** CREATE / ALTER / DROP SEQUENCE: both forms, option rules, dependents, GetDatabaseDdl. */

import { compact, ddlAfter, errorOf } from './objects-test-helpers';

const KIND = "sequence_kind = 'bit_reversed_positive'";
const S = `CREATE SEQUENCE s OPTIONS (${KIND})`;
const DEFAULT_KIND = "ALTER DATABASE db SET OPTIONS (default_sequence_kind = 'bit_reversed_positive')";

describe('CREATE SEQUENCE', () => {
  it.each([
    [
      'prints options in canonical order',
      [`CREATE SEQUENCE s OPTIONS (start_with_counter = 5, skip_range_max = 100, ${KIND}, skip_range_min = 1)`],
      "CREATE SEQUENCE s OPTIONS ( sequence_kind = 'bit_reversed_positive', skip_range_min = 1, skip_range_max = 100, start_with_counter = 5)",
    ],
    [
      'leaves out NULL options',
      [`CREATE SEQUENCE s OPTIONS (${KIND}, start_with_counter = NULL)`],
      "CREATE SEQUENCE s OPTIONS ( sequence_kind = 'bit_reversed_positive')",
    ],
    [
      'keeps the clause form',
      ['CREATE SEQUENCE s BIT_REVERSED_POSITIVE START COUNTER WITH 7 SKIP RANGE 1, 10'],
      'CREATE SEQUENCE s BIT_REVERSED_POSITIVE SKIP RANGE 1, 10 START COUNTER WITH 7',
    ],
    ['takes its kind from the database default', [DEFAULT_KIND, 'CREATE SEQUENCE s'], 'CREATE SEQUENCE s'],
    [
      'prints a defaulted clause form without kind',
      [DEFAULT_KIND, 'CREATE SEQUENCE s SKIP RANGE 1, 3'],
      'CREATE SEQUENCE s SKIP RANGE 1, 3',
    ],
    [
      'ignores IF NOT EXISTS on an existing sequence',
      [S, `CREATE SEQUENCE IF NOT EXISTS s OPTIONS (${KIND}, start_with_counter = 4)`],
      "CREATE SEQUENCE s OPTIONS ( sequence_kind = 'bit_reversed_positive')",
    ],
  ])('%s', (_name, statements, expected) => {
    expect(compact(ddlAfter(statements)).at(-1)).toBe(expected);
  });

  it.each([
    [
      'no kind and no database default',
      ['CREATE SEQUENCE s'],
      'INVALID_ARGUMENT: The sequence does not have a valid sequence kind. Please specify the sequence kind explicitly or set the database option `default_sequence_kind`.',
    ],
    [
      'an unknown option',
      [`CREATE SEQUENCE s OPTIONS (${KIND}, foo = 1)`],
      `INVALID_ARGUMENT: Error parsing Spanner DDL statement: CREATE SEQUENCE s OPTIONS (${KIND}, foo = 1) : Option: foo is unknown.`,
    ],
    [
      'a repeated option',
      [`CREATE SEQUENCE s OPTIONS (${KIND}, ${KIND})`],
      `INVALID_ARGUMENT: Error parsing Spanner DDL statement: CREATE SEQUENCE s OPTIONS (${KIND}, ${KIND}) : Duplicate option: sequence_kind`,
    ],
    [
      'another kind',
      ["CREATE SEQUENCE s OPTIONS (sequence_kind = 'BIT_REVERSED_POSITIVE')"],
      "INVALID_ARGUMENT: Error parsing Spanner DDL statement: CREATE SEQUENCE s OPTIONS (sequence_kind = 'BIT_REVERSED_POSITIVE') : Unsupported sequence kind: BIT_REVERSED_POSITIVE",
    ],
    [
      'a NULL kind',
      ['CREATE SEQUENCE s OPTIONS (sequence_kind = NULL)'],
      'INVALID_ARGUMENT: Error parsing Spanner DDL statement: CREATE SEQUENCE s OPTIONS (sequence_kind = NULL) : The only supported sequence kind is `bit_reversed_positive`',
    ],
    [
      'a kind that is no string',
      ['CREATE SEQUENCE s OPTIONS (sequence_kind = 1)'],
      'INVALID_ARGUMENT: Error parsing Spanner DDL statement: CREATE SEQUENCE s OPTIONS (sequence_kind = 1) : Unexpected value for option: sequence_kind. Supported option values are strings and NULL.',
    ],
    [
      'a counter that is no integer',
      [`CREATE SEQUENCE s OPTIONS (${KIND}, start_with_counter = 'x')`],
      `INVALID_ARGUMENT: Error parsing Spanner DDL statement: CREATE SEQUENCE s OPTIONS (${KIND}, start_with_counter = 'x') : Unexpected value for option: start_with_counter. Supported option values are integers and NULL.`,
    ],
    [
      'a counter below 1',
      [`CREATE SEQUENCE s OPTIONS (${KIND}, start_with_counter = 0)`],
      'FAILED_PRECONDITION: `start_with_counter` has to be a positive INT64 number',
    ],
    [
      'half a skip range',
      [`CREATE SEQUENCE s OPTIONS (${KIND}, skip_range_min = 1)`],
      'FAILED_PRECONDITION: `skip_range_min` and `skip_range_max` have to be set together',
    ],
    [
      'a reversed skip range',
      [`CREATE SEQUENCE s OPTIONS (${KIND}, skip_range_min = 5, skip_range_max = 1)`],
      'FAILED_PRECONDITION: `skip_range_min` has to be lesser than or equal to `skip_range_max`',
    ],
    [
      'a skip range without positive values',
      [`CREATE SEQUENCE s OPTIONS (${KIND}, skip_range_min = -5, skip_range_max = 0)`],
      'FAILED_PRECONDITION: The sequence skipped range has to contain at least one positive value',
    ],
    [
      'clauses and options together',
      ['CREATE SEQUENCE s BIT_REVERSED_POSITIVE OPTIONS (start_with_counter = 3)'],
      'INVALID_ARGUMENT: The sequence properties can only be set in either clauses and options for the sequence s',
    ],
    [
      'a name in use (any case)',
      [S, `CREATE SEQUENCE S OPTIONS (${KIND})`],
      'FAILED_PRECONDITION: Duplicate name in schema: S.',
    ],
    [
      'a table name',
      ['CREATE TABLE T (K INT64) PRIMARY KEY (K)', `CREATE SEQUENCE t OPTIONS (${KIND})`],
      'FAILED_PRECONDITION: Duplicate name in schema: t.',
    ],
    ['a missing named schema', [`CREATE SEQUENCE sch.s OPTIONS (${KIND})`], 'NOT_FOUND: Schema not found: sch'],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });
});

describe('ALTER SEQUENCE', () => {
  it.each([
    [
      'restarts the counter (clause form)',
      ['CREATE SEQUENCE s BIT_REVERSED_POSITIVE', 'ALTER SEQUENCE s RESTART COUNTER WITH 3'],
      'CREATE SEQUENCE s BIT_REVERSED_POSITIVE START COUNTER WITH 3',
    ],
    [
      'sets and clears a skip range (clause form)',
      ['CREATE SEQUENCE s BIT_REVERSED_POSITIVE SKIP RANGE 1, 2', 'ALTER SEQUENCE s SKIP RANGE 5, 9'],
      'CREATE SEQUENCE s BIT_REVERSED_POSITIVE SKIP RANGE 5, 9',
    ],
    [
      'drops the skip range',
      ['CREATE SEQUENCE s BIT_REVERSED_POSITIVE SKIP RANGE 1, 2', 'ALTER SEQUENCE s NO SKIP RANGE'],
      'CREATE SEQUENCE s BIT_REVERSED_POSITIVE',
    ],
    [
      'replaces options and clears NULL ones',
      [
        `CREATE SEQUENCE s OPTIONS (${KIND}, skip_range_min = 1, skip_range_max = 2)`,
        'ALTER SEQUENCE s SET OPTIONS (skip_range_min = NULL, skip_range_max = NULL, start_with_counter = 9)',
      ],
      "CREATE SEQUENCE s OPTIONS ( sequence_kind = 'bit_reversed_positive', start_with_counter = 9)",
    ],
    [
      'takes either form when it had none',
      [DEFAULT_KIND, 'CREATE SEQUENCE s', 'ALTER SEQUENCE s SKIP RANGE 1, 4'],
      'CREATE SEQUENCE s SKIP RANGE 1, 4',
    ],
    [
      'ignores IF EXISTS on a missing sequence',
      [S, 'ALTER SEQUENCE IF EXISTS nope SET OPTIONS (start_with_counter = 3)'],
      "CREATE SEQUENCE s OPTIONS ( sequence_kind = 'bit_reversed_positive')",
    ],
  ])('%s', (_name, statements, expected) => {
    expect(compact(ddlAfter(statements)).at(-1)).toBe(expected);
  });

  it.each([
    [
      'a missing sequence',
      ['ALTER SEQUENCE s SET OPTIONS (start_with_counter = 3)'],
      'NOT_FOUND: Sequence not found: s',
    ],
    [
      'clauses on an options sequence',
      [S, 'ALTER SEQUENCE s SKIP RANGE 1, 5'],
      'INVALID_ARGUMENT: The sequence properties can only be set in either clauses and options for the sequence s',
    ],
    [
      'options on a clause sequence',
      ['CREATE SEQUENCE s BIT_REVERSED_POSITIVE', 'ALTER SEQUENCE s SET OPTIONS (start_with_counter = 3)'],
      'INVALID_ARGUMENT: The sequence properties can only be set in either clauses and options for the sequence s',
    ],
    [
      'clearing half the skip range',
      [
        `CREATE SEQUENCE s OPTIONS (${KIND}, skip_range_min = 1, skip_range_max = 5)`,
        'ALTER SEQUENCE s SET OPTIONS (skip_range_max = NULL)',
      ],
      'FAILED_PRECONDITION: `skip_range_min` and `skip_range_max` have to be set together',
    ],
    [
      'a restart below 1',
      ['CREATE SEQUENCE s BIT_REVERSED_POSITIVE', 'ALTER SEQUENCE s RESTART COUNTER WITH 0'],
      'FAILED_PRECONDITION: `start_with_counter` has to be a positive INT64 number',
    ],
    [
      'an unknown option',
      [S, 'ALTER SEQUENCE s SET OPTIONS (foo = 2)'],
      'INVALID_ARGUMENT: Error parsing Spanner DDL statement: ALTER SEQUENCE s SET OPTIONS (foo = 2) : Option: foo is unknown.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });
});

describe('DROP SEQUENCE', () => {
  it('drops a sequence, and IF EXISTS tolerates a missing one', () => {
    expect(ddlAfter([S, 'DROP SEQUENCE s', 'DROP SEQUENCE IF EXISTS s'])).toEqual([]);
  });

  it.each([
    ['a missing sequence', ['DROP SEQUENCE s'], 'NOT_FOUND: Sequence not found: s'],
    [
      'a sequence a column default uses',
      [S, 'CREATE TABLE T (K INT64 DEFAULT (GET_NEXT_SEQUENCE_VALUE(SEQUENCE s))) PRIMARY KEY (K)', 'DROP SEQUENCE s'],
      'FAILED_PRECONDITION: Cannot drop SEQUENCE `s` on which there is a dependent column: T.K.',
    ],
    [
      'a sequence a view reads',
      [
        S,
        'CREATE VIEW v SQL SECURITY INVOKER AS SELECT GET_INTERNAL_SEQUENCE_STATE(SEQUENCE s) AS x',
        'DROP SEQUENCE s',
      ],
      'FAILED_PRECONDITION: Cannot drop SEQUENCE `s` on which there are dependent views: v.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });
});
