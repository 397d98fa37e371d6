/** Generated columns, DEFAULT and ON UPDATE expressions: accepted shapes and refusals. */

import { apply, errorOf } from './apply';

const T = 'CREATE TABLE T (A INT64, B INT64, S STRING(MAX)';

describe('accepted', () => {
  test.each([
    [
      `${T}, C STRING(MAX) AS (CAST(A AS STRING)) STORED) PRIMARY KEY(A)`,
      'C STRING(MAX) AS (CAST(A AS STRING)) STORED',
    ],
    [`${T}, C FLOAT64 AS (A) STORED) PRIMARY KEY(A)`, 'C FLOAT64 AS (A) STORED'],
    [`${T}, C NUMERIC AS (A) STORED) PRIMARY KEY(A)`, 'C NUMERIC AS (A) STORED'],
    [`${T}, C DATE AS ('2020-01-01') STORED) PRIMARY KEY(A)`, "C DATE AS ('2020-01-01') STORED"],
    [`${T}, C INT64 AS (A * 2), D INT64 AS (C + B) STORED) PRIMARY KEY(A)`, 'D INT64 AS (C + B) STORED'],
    [
      `${T}, C STRING(MAX) DEFAULT (GENERATE_UUID()), D DATE DEFAULT (CURRENT_DATE())) PRIMARY KEY(A)`,
      'D DATE DEFAULT (CURRENT_DATE())',
    ],
    [`${T}, C INT64 DEFAULT (NULL)) PRIMARY KEY(A)`, 'C INT64 DEFAULT (NULL)'],
    [
      `${T}, TS TIMESTAMP DEFAULT (PENDING_COMMIT_TIMESTAMP()) ON UPDATE (PENDING_COMMIT_TIMESTAMP()) OPTIONS (allow_commit_timestamp = true)) PRIMARY KEY(A)`,
      'ON UPDATE (PENDING_COMMIT_TIMESTAMP())',
    ],
  ])('%s', (statement, printed) => {
    const outcome = apply([statement]);
    expect(outcome.error).toBeNull();
    expect(outcome.ddl).toContain(printed);
  });
});

describe('refused', () => {
  test.each([
    [
      [`${T}, C STRING(MAX) AS (A) STORED) PRIMARY KEY(A)`],
      'Error parsing the definition of generated column `T`.`C`: Expected type STRING; found INT64 [at 1:2]\n(A)\n ^',
    ],
    [
      [`${T}, C ARRAY<FLOAT64> AS ([1, 2]) STORED) PRIMARY KEY(A)`],
      'Error parsing the definition of generated column `T`.`C`: Expected type ARRAY<FLOAT64>; found ARRAY<INT64> [at 1:2]\n([1, 2])\n ^',
    ],
    [
      [`${T}, C INT64 AS (X + 1) STORED) PRIMARY KEY(A)`],
      'Error parsing the definition of generated column `T`.`C`: Unrecognized name: X [at 1:2]\n(X + 1)\n ^',
    ],
    [
      [`${T}, C STRING(MAX) AS (GENERATE_UUID()) STORED) PRIMARY KEY(A)`],
      /generated column `T`.`C`: Expression is non-deterministic due to the use of non-determinstic function `GENERATE_UUID`\. Expression of stored generated columns/,
    ],
    [
      [`${T}, C INT64 AS ((SELECT 1)) STORED) PRIMARY KEY(A)`],
      'Error parsing the definition of generated column `T`.`C`: Cannot use non-scalar expressions inside stored generated columns.',
    ],
    [
      [`${T}, C INT64 AS (D) STORED, D INT64 AS (C) STORED) PRIMARY KEY(A)`],
      'Cycle detected while analysing generated column, which include objects (C,D)',
    ],
    [
      [`${T}, C INT64 NOT NULL AS (A)) PRIMARY KEY(A)`],
      'Generated column `T.C` that are not marked as STORED cannot be specified as NOT NULL.',
    ],
    [
      [`${T}, TS TIMESTAMP OPTIONS (allow_commit_timestamp = true), C TIMESTAMP AS (TS) STORED) PRIMARY KEY(A)`],
      'Cannot use commit timestamp column `TS` as a dependency of a materialized generated column.',
    ],
    [
      [`${T}, C INT64 AS (B) STORED) PRIMARY KEY(A)`, 'ALTER TABLE T DROP COLUMN B'],
      'Cannot drop column `B` from table `T` because it is referenced by generated column `C`.',
    ],
    [
      [`${T}, C INT64 AS (B) STORED) PRIMARY KEY(A)`, 'ALTER TABLE T ALTER COLUMN C INT64 AS (B + 1) STORED'],
      'Cannot change the expression of a generated column `T.C` because it is stored or has other dependencies.',
    ],
    [
      [`${T}, C INT64 AS (B)) PRIMARY KEY(A)`, 'ALTER TABLE T ALTER COLUMN C INT64 AS (B) STORED'],
      'Cannot change the STORED attribute for generated column `T.C`.',
    ],
    [
      [`${T}, C INT64 AS (B) STORED) PRIMARY KEY(A)`, 'ALTER TABLE T ALTER COLUMN C INT64'],
      'Cannot convert generated column `T.C` to a regular column.',
    ],
    [
      [`${T}) PRIMARY KEY(A)`, 'ALTER TABLE T ALTER COLUMN B INT64 AS (A) STORED'],
      'Cannot convert column `T.B` to a generated column.',
    ],
    [
      [`${T}, C BYTES(MAX) AS (CAST(S AS BYTES)) STORED) PRIMARY KEY(A)`, 'ALTER TABLE T ALTER COLUMN S BYTES(MAX)'],
      'Cannot change the data type of column `S`, which has a dependent stored generated column.',
    ],
    [
      [`${T}, C INT64 DEFAULT ('x')) PRIMARY KEY(A)`],
      "Error parsing the default value of column `T`.`C`: Expected type INT64; found STRING [at 1:1]\n'x'\n^",
    ],
    [
      [`${T}, C INT64 DEFAULT (B + 1)) PRIMARY KEY(A)`],
      'Error parsing the default value of column `T`.`C`: Default value expression of column `C` has a reference to another column. Default expressions referencing other columns are not supported.',
    ],
    [
      [`${T}, C BOOL DEFAULT (EXISTS (SELECT 1))) PRIMARY KEY(A)`],
      'Error parsing the default value of column `T`.`C`: Cannot use non-scalar expressions inside column default.',
    ],
    [
      [`${T}, TS TIMESTAMP DEFAULT (PENDING_COMMIT_TIMESTAMP())) PRIMARY KEY(A)`],
      'Cannot use default value expression PENDING_COMMIT_TIMESTAMP() on column `TS` without the allow_commit_timestamp column option.',
    ],
    [
      [`${T}, TS TIMESTAMP) PRIMARY KEY(A)`, 'ALTER TABLE T ALTER COLUMN TS SET DEFAULT (PENDING_COMMIT_TIMESTAMP())'],
      'Cannot use default value expression PENDING_COMMIT_TIMESTAMP() on column `TS` without the allow_commit_timestamp column option.',
    ],
    [
      [
        `${T}, TS TIMESTAMP DEFAULT (PENDING_COMMIT_TIMESTAMP()) OPTIONS (allow_commit_timestamp = true)) PRIMARY KEY(A)`,
        'ALTER TABLE T ALTER COLUMN TS SET OPTIONS (allow_commit_timestamp = false)',
      ],
      'Cannot use default value expression PENDING_COMMIT_TIMESTAMP() on column `TS` without the allow_commit_timestamp column option.',
    ],
    [
      [`${T}, TS TIMESTAMP DEFAULT (TIMESTAMP_ADD(PENDING_COMMIT_TIMESTAMP(), INTERVAL 1 DAY))) PRIMARY KEY(A)`],
      /^Error parsing the default value of column `T`.`TS`: The PENDING_COMMIT_TIMESTAMP\(\) function may only be used/,
    ],
    [
      [`${T}, G INT64 AS (A + 1) STORED) PRIMARY KEY(A)`, 'ALTER TABLE T ALTER COLUMN G SET DEFAULT (2)'],
      'Column T.G with a DEFAULT value cannot be a generated column and vice versa.',
    ],
    [
      [`${T}, TS TIMESTAMP DEFAULT (CURRENT_TIMESTAMP()) OPTIONS (allow_commit_timestamp = true)) PRIMARY KEY(A)`],
      'The only default value expression permitted for commit timestamp column `TS` is PENDING_COMMIT_TIMESTAMP().',
    ],
    [
      [`${T}, C INT64 DEFAULT (1)) PRIMARY KEY(A)`, "ALTER TABLE T ALTER COLUMN C SET DEFAULT ('x')"],
      "Error parsing the default value of column `T`.`C`: Expected type INT64; found STRING [at 1:1]\n'x'\n^",
    ],
    [
      [`${T}, TS TIMESTAMP DEFAULT (CURRENT_TIMESTAMP()) ON UPDATE (CURRENT_TIMESTAMP())) PRIMARY KEY(A)`],
      'PENDING_COMMIT_TIMESTAMP() is the only supported ON UPDATE expression.',
    ],
    [
      [
        `${T}, TS TIMESTAMP DEFAULT (PENDING_COMMIT_TIMESTAMP()) ON UPDATE (pending_commit_timestamp()) OPTIONS (allow_commit_timestamp = true)) PRIMARY KEY(A)`,
      ],
      'The ON UPDATE expression of column `TS` does not match the DEFAULT value expression.',
    ],
    [
      [
        `${T}, TS TIMESTAMP ON UPDATE (PENDING_COMMIT_TIMESTAMP()) OPTIONS (allow_commit_timestamp = true)) PRIMARY KEY(A)`,
      ],
      'Column `TS` with an ON UPDATE expression must have an identical DEFAULT value expression.',
    ],
  ])('%j', (statements, message) => {
    if (typeof message === 'string') expect(errorOf(statements)).toBe(message);
    else expect(errorOf(statements)).toMatch(message);
  });
});

test('a generated column can be dropped before the columns it reads', () => {
  const outcome = apply([
    `${T}, C INT64 AS (B) STORED) PRIMARY KEY(A)`,
    'ALTER TABLE T DROP COLUMN C',
    'ALTER TABLE T DROP COLUMN B',
  ]);
  expect(outcome.error).toBeNull();
  expect(outcome.ddl).not.toContain(' B ');
});

test('generated columns record the columns they read', () => {
  const outcome = apply([`${T}, C INT64 AS (A + B) STORED) PRIMARY KEY(A)`]);
  const column = outcome.catalog.tables.get('t')?.columns.find((c) => c.name === 'C');
  expect(column?.generated?.expression.dependencies).toEqual([
    { kind: 'column', table: 'T', column: 'A' },
    { kind: 'column', table: 'T', column: 'B' },
  ]);
});

test('expressions deeper than 20 levels are refused', () => {
  const deep = `${'CONCAT(S, '.repeat(20)}'x'${')'.repeat(20)}`;
  expect(errorOf([`${T}, C STRING(MAX) AS (${deep}) STORED) PRIMARY KEY(A)`])).toBe(
    'Error parsing the definition of generated column `T`.`C`: Expression depth of 21 exceeds the maximum allowed depth of 20.',
  );
});
