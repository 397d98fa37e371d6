/** CREATE / ALTER / DROP SEARCH INDEX and VECTOR INDEX. */

import { compact, ddlAfter, errorOf } from './objects-test-helpers';

const A =
  'CREATE TABLE A (K INT64 NOT NULL, U INT64 NOT NULL, R INT64 NOT NULL, N STRING(MAX), ' +
  'T TOKENLIST AS (TOKENIZE_FULLTEXT(N)) HIDDEN, T2 TOKENLIST AS (TOKEN(N)) HIDDEN, L INT64) PRIMARY KEY (K)';
const E =
  'CREATE TABLE E (K INT64 NOT NULL, V ARRAY<FLOAT64>(vector_length=>3) NOT NULL, W ARRAY<FLOAT32>(vector_length=>2), X INT64, Y ARRAY<INT64> NOT NULL, Z ARRAY<FLOAT64>(vector_length=>9000) NOT NULL, Q ARRAY<FLOAT64> NOT NULL) PRIMARY KEY (K)';
const SI = 'CREATE SEARCH INDEX SI ON A(T)';
const VI = "CREATE VECTOR INDEX VI ON E(V) OPTIONS (distance_type = 'COSINE')";
const last = (statements: string[]) => compact(ddlAfter(statements)).at(-1);

describe('CREATE SEARCH INDEX', () => {
  it.each([
    ['a plain search index', [A, SI], 'CREATE SEARCH INDEX SI ON A(T)'],
    [
      'every clause',
      [
        A,
        'CREATE SEARCH INDEX SI ON A(T, T2) STORING (L) PARTITION BY U ORDER BY R DESC OPTIONS (sort_order_sharding = true)',
      ],
      'CREATE SEARCH INDEX SI ON A(T, T2) STORING (L) PARTITION BY U ORDER BY R DESC OPTIONS (sort_order_sharding = true)',
    ],
    [
      'a null-filtered ORDER BY column',
      [A, 'CREATE SEARCH INDEX SI ON A(T) ORDER BY L WHERE L IS NOT NULL'],
      'CREATE SEARCH INDEX SI ON A(T) ORDER BY L WHERE L IS NOT NULL',
    ],
    [
      'IF NOT EXISTS on an existing index',
      [A, SI, 'CREATE SEARCH INDEX IF NOT EXISTS SI ON A(T2)'],
      'CREATE SEARCH INDEX SI ON A(T)',
    ],
  ])('accepts %s', (_name, statements, expected) => {
    expect(last(statements)).toBe(expected);
  });

  it.each([
    [
      'an ordered token key',
      [A, 'CREATE SEARCH INDEX SI ON A(T DESC)'],
      'INVALID_ARGUMENT: Token key T in search index SI does not support order.',
    ],
    ['a missing table', ['CREATE SEARCH INDEX SI ON Nope(T)'], 'NOT_FOUND: Table not found: Nope'],
    [
      'a missing column',
      [A, 'CREATE SEARCH INDEX SI ON A(Nope)'],
      "INVALID_ARGUMENT: Index SI specifies key column Nope which does not exist in the index's base table.",
    ],
    [
      'a nullable ORDER BY column',
      [A, 'CREATE SEARCH INDEX SI ON A(T) ORDER BY L'],
      'INVALID_ARGUMENT: Column L in search index SI must be NOT NULL.',
    ],
    [
      'a non-integer ORDER BY column',
      [A.replace('N STRING(MAX)', 'N STRING(MAX) NOT NULL'), 'CREATE SEARCH INDEX SI ON A(T) ORDER BY N'],
      'INVALID_ARGUMENT: Search index SI ordered by column N with invalid type STRING',
    ],
    [
      'a TOKENLIST partition',
      [A, 'CREATE SEARCH INDEX SI ON A(T) PARTITION BY T2'],
      'INVALID_ARGUMENT: Search index SI cannot be partitioned by TOKENLIST type column T2',
    ],
    [
      'a repeated key',
      [A, 'CREATE SEARCH INDEX SI ON A(T, T)'],
      'INVALID_ARGUMENT: Index SI specifies key column T twice.',
    ],
    [
      'a key stored',
      [A, 'CREATE SEARCH INDEX SI ON A(T) STORING (T)'],
      'INVALID_ARGUMENT: Index SI specifies stored column T already specified as primary key.',
    ],
    [
      'an unknown option',
      [A, 'CREATE SEARCH INDEX SI ON A(T) OPTIONS (foo = true)'],
      'INVALID_ARGUMENT: Error parsing Spanner DDL statement: CREATE SEARCH INDEX SI ON A(T) OPTIONS (foo = true) : Option: foo is unknown.',
    ],
    [
      'a non-boolean option',
      [A, 'CREATE SEARCH INDEX SI ON A(T) OPTIONS (sort_order_sharding = 1)'],
      'INVALID_ARGUMENT: Error parsing Spanner DDL statement: CREATE SEARCH INDEX SI ON A(T) OPTIONS (sort_order_sharding = 1) : Unexpected value for option: sort_order_sharding. Supported option values are true and false.',
    ],
    ['a name in use', [A, 'CREATE SEARCH INDEX a ON A(T)'], 'FAILED_PRECONDITION: Duplicate name in schema: a.'],
    [
      'the reserved PRIMARY_KEY name',
      [A, 'CREATE SEARCH INDEX PRIMARY_KEY ON A(T)'],
      'INVALID_ARGUMENT: Cannot use reserved name PRIMARY_KEY for a secondary index',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });
});

describe('ALTER and DROP SEARCH INDEX', () => {
  it.each([
    [
      'adds and drops stored columns',
      [
        A,
        SI,
        'ALTER SEARCH INDEX SI ADD STORED COLUMN N',
        'ALTER SEARCH INDEX SI ADD STORED COLUMN L',
        'ALTER SEARCH INDEX SI DROP STORED COLUMN N',
      ],
      'CREATE SEARCH INDEX SI ON A(T) STORING (L)',
    ],
    [
      'sets options',
      [A, SI, 'ALTER SEARCH INDEX SI SET OPTIONS (sort_order_sharding = false)'],
      'CREATE SEARCH INDEX SI ON A(T) OPTIONS (sort_order_sharding = false)',
    ],
  ])('%s', (_name, statements, expected) => {
    expect(last(statements)).toBe(expected);
  });

  it('drops a search index, with DROP SEARCH INDEX or DROP INDEX', () => {
    expect(ddlAfter([A, SI, 'DROP SEARCH INDEX SI', 'CREATE SEARCH INDEX S2 ON A(T)', 'DROP INDEX S2'])).toHaveLength(
      1,
    );
  });

  it.each([
    ['a missing index', ['ALTER SEARCH INDEX SI ADD STORED COLUMN N'], 'NOT_FOUND: Index not found: SI'],
    ['an index of another kind', [A, 'CREATE INDEX I ON A(N)', 'DROP SEARCH INDEX I'], 'NOT_FOUND: Index not found: I'],
    [
      'adding a missing column',
      [A, SI, 'ALTER SEARCH INDEX SI ADD STORED COLUMN Nope'],
      'NOT_FOUND: Column not found in table A: Nope',
    ],
    [
      'adding a column twice',
      [A, SI, 'ALTER SEARCH INDEX SI ADD STORED COLUMN L', 'ALTER SEARCH INDEX SI ADD STORED COLUMN L'],
      'FAILED_PRECONDITION: Column L is already existed in index SI.',
    ],
    [
      'dropping a column not stored',
      [A, SI, 'ALTER SEARCH INDEX SI DROP STORED COLUMN L'],
      'NOT_FOUND: Index SI does not have stored column L.',
    ],
    [
      'dropping an indexed column',
      [A, SI, 'ALTER TABLE A DROP COLUMN T'],
      'FAILED_PRECONDITION: Cannot drop column T from table A because it is used by index SI.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });
});

describe('VECTOR INDEX', () => {
  it.each([
    ['a vector index', [E, VI], "CREATE VECTOR INDEX VI ON E(V) OPTIONS ( distance_type = 'COSINE' )"],
    [
      'a null-filtered key with stored columns and tree options',
      [
        E,
        "CREATE VECTOR INDEX VI ON E(W) STORING (X) WHERE W IS NOT NULL OPTIONS (distance_type = 'EUCLIDEAN', tree_depth = 3, num_leaves = 10, num_branches = 5)",
      ],
      "CREATE VECTOR INDEX VI ON E(W) STORING (X) WHERE W IS NOT NULL OPTIONS ( tree_depth = 3, num_leaves = 10, num_branches = 5, distance_type = 'EUCLIDEAN' )",
    ],
    [
      'adds and drops stored columns',
      [
        E,
        VI,
        'ALTER VECTOR INDEX VI ADD STORED COLUMN X',
        'ALTER VECTOR INDEX VI ADD STORED COLUMN W',
        'ALTER VECTOR INDEX VI DROP STORED COLUMN X',
      ],
      "CREATE VECTOR INDEX VI ON E(V) STORING (W) OPTIONS ( distance_type = 'COSINE' )",
    ],
  ])('accepts %s', (_name, statements, expected) => {
    expect(last(statements)).toBe(expected);
  });

  it.each([
    [
      'PARTITION BY',
      [E, 'CREATE VECTOR INDEX VI ON E(V) PARTITION BY X'],
      'UNIMPLEMENTED: PARTITION BY is not supported in vector index `VI`.',
    ],
    [
      'a key that is no array',
      [E, 'CREATE VECTOR INDEX VI ON E(X)'],
      'INVALID_ARGUMENT: The key column X in vector index VI must be ARRAY type.',
    ],
    [
      'an integer array key',
      [E, 'CREATE VECTOR INDEX VI ON E(Y)'],
      'INVALID_ARGUMENT: The key column Y in vector index VI must be ARRAY<FLOAT> or ARRAY<DOUBLE>.',
    ],
    [
      'a key without vector length',
      [E, 'CREATE VECTOR INDEX VI ON E(Q)'],
      'INVALID_ARGUMENT: The key column Q in vector index VI must have `vector_length=>` set.',
    ],
    [
      'a long vector',
      [E, 'CREATE VECTOR INDEX VI ON E(Z)'],
      'INVALID_ARGUMENT: The key column Z in vector index VI has vector_length 9000, which is larger than the maximum allowed vector_length 8000.',
    ],
    [
      'a nullable key',
      [E, 'CREATE VECTOR INDEX VI ON E(W)'],
      'INVALID_ARGUMENT: The key column W in vector index VI must be NOT NULL, or null filtered by `WHERE W IS NOT NULL`.',
    ],
    [
      'a bad distance type',
      [E, "CREATE VECTOR INDEX VI ON E(V) OPTIONS (distance_type = 'BAD')"],
      'INVALID_ARGUMENT: Bad Index options: The distance_type of VI is invalid.',
    ],
    [
      'a bad tree depth',
      [E, 'CREATE VECTOR INDEX VI ON E(V) OPTIONS (tree_depth = 4)'],
      'INVALID_ARGUMENT: Bad Index options: vector index tree depth must be 2 or 3.',
    ],
    [
      'more branches than leaves',
      [E, 'CREATE VECTOR INDEX VI ON E(V) OPTIONS (num_leaves = 2, num_branches = 3)'],
      'INVALID_ARGUMENT: Bad Index options: num_leaves cannot be fewer than num_branches.',
    ],
    [
      'an unknown option',
      [E, 'CREATE VECTOR INDEX VI ON E(V) OPTIONS (foo = 1)'],
      'INVALID_ARGUMENT: Error parsing Spanner DDL statement: CREATE VECTOR INDEX VI ON E(V) OPTIONS (foo = 1) : Option: foo is unknown.',
    ],
    [
      'a string tree depth',
      [E, "CREATE VECTOR INDEX VI ON E(V) OPTIONS (tree_depth = '2')"],
      "INVALID_ARGUMENT: Error parsing Spanner DDL statement: CREATE VECTOR INDEX VI ON E(V) OPTIONS (tree_depth = '2') : Unexpected value for option: tree_depth. Supported option values are integers.",
    ],
    [
      'setting options',
      [E, VI, 'ALTER VECTOR INDEX VI SET OPTIONS (num_leaves = 3)'],
      'UNIMPLEMENTED: Options on vector index are not allowed to be altered.',
    ],
    [
      'storing a missing column',
      [E, VI, 'ALTER VECTOR INDEX VI ADD STORED COLUMN Nope'],
      'FAILED_PRECONDITION: Index VI specifies nonexistent stored column Nope.',
    ],
    [
      'storing a column twice',
      [E, VI, 'ALTER VECTOR INDEX VI ADD STORED COLUMN X', 'ALTER VECTOR INDEX VI ADD STORED COLUMN X'],
      'INVALID_ARGUMENT: Index VI specifies stored column X twice.',
    ],
    [
      'storing a table key',
      [E, VI, 'ALTER VECTOR INDEX VI ADD STORED COLUMN K'],
      'FAILED_PRECONDITION: Index VI specifies stored column K which is a key of table E.',
    ],
    [
      'dropping the key',
      [E, VI, 'ALTER VECTOR INDEX VI DROP STORED COLUMN V'],
      'INVALID_ARGUMENT: Column V in index VI is not a stored column. Only stored columns may be dropped from indices.',
    ],
    ['DROP VECTOR INDEX of a search index', [A, SI, 'DROP VECTOR INDEX SI'], 'NOT_FOUND: Index not found: SI'],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });

  it('drops a vector index, and IF EXISTS tolerates a missing one', () => {
    expect(ddlAfter([E, VI, 'DROP VECTOR INDEX VI', 'DROP VECTOR INDEX IF EXISTS VI'])).toHaveLength(1);
  });
});

describe("index OPTIONS print in Spanner's order, whatever order they were written in", () => {
  it('vector index settings', () => {
    const written =
      "CREATE VECTOR INDEX VO ON E(V) OPTIONS (min_leaf_splits = 4, distance_type = 'DOT_PRODUCT', num_leaves = 20, leaf_scatter_factor = 2, tree_depth = 3, min_branch_splits = 3, num_branches = 5)";
    expect(last([E, written])).toBe(
      "CREATE VECTOR INDEX VO ON E(V) OPTIONS ( tree_depth = 3, num_leaves = 20, num_branches = 5, distance_type = 'DOT_PRODUCT', leaf_scatter_factor = 2, min_branch_splits = 3, min_leaf_splits = 4 )",
    );
  });

  it('search index settings', () => {
    expect(
      last([
        A,
        'CREATE SEARCH INDEX SO ON A(T) OPTIONS (disable_automatic_uid_column = true, sort_order_sharding = true)',
      ]),
    ).toContain('OPTIONS (sort_order_sharding = true, disable_automatic_uid_column = true)');
  });
});
