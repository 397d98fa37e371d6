/** CHECK constraints: accepted shapes, the rules and their messages, ADD / DROP CONSTRAINT. */

import { apply, errorOf } from './apply';

const T = 'CREATE TABLE T (A INT64, B INT64, S STRING(MAX), TS TIMESTAMP';

describe('accepted', () => {
  test.each([
    [`${T}, CHECK(A > B)) PRIMARY KEY(A)`, 'CHECK(A > B)'],
    [
      `${T}, CONSTRAINT pos CHECK (LENGTH(S) > 2 AND S LIKE 'a%')) PRIMARY KEY(A)`,
      "CONSTRAINT pos CHECK(LENGTH(S) > 2 AND S LIKE 'a%')",
    ],
    [`${T}, CHECK(TS > '2000-01-01')) PRIMARY KEY(A)`, "CHECK(TS > '2000-01-01')"],
    [`${T}, C INT64 AS (A * 2), CHECK(C > 0)) PRIMARY KEY(A)`, 'CHECK(C > 0)'],
    [`${T}, CHECK(A > @p)) PRIMARY KEY(A)`, 'CHECK(A > @p)'],
  ])('%s', (statement, printed) => {
    const outcome = apply([statement]);
    expect(outcome.error).toBeNull();
    expect(outcome.ddl).toContain(printed);
  });
});

describe('refused', () => {
  test.each([
    [
      [`${T}, CHECK(S)) PRIMARY KEY(A)`],
      "Error parsing expression 'S' from check constraint '<unnamed>' in table 'T': Expected type BOOL; found STRING [at 1:1]\nS\n^",
    ],
    [
      [`${T}, CONSTRAINT c CHECK(A + B)) PRIMARY KEY(A)`],
      "Error parsing expression 'A + B' from check constraint 'c' in table 'T': Expected type BOOL; found INT64 [at 1:1]\nA + B\n^",
    ],
    [
      [`${T}, CHECK(Nope > 0)) PRIMARY KEY(A)`],
      "Error parsing expression 'Nope > 0' from check constraint '<unnamed>' in table 'T': Unrecognized name: Nope [at 1:1]\nNope > 0\n^",
    ],
    [
      [`${T}, CHECK(SUM(A) > 0)) PRIMARY KEY(A)`],
      "Error parsing expression 'SUM(A) > 0' from check constraint '<unnamed>' in table 'T': Aggregate function SUM not allowed in standalone expression [at 1:1]\nSUM(A) > 0\n^",
    ],
    [
      [`${T}, CHECK(GENERATE_UUID() = S)) PRIMARY KEY(A)`],
      "Error parsing expression 'GENERATE_UUID() = S' from check constraint '<unnamed>' in table 'T': Expression is non-deterministic due to the use of non-determinstic function `GENERATE_UUID`. Expression of check constraints must yield the same value for the same dependent column values. Non-deterministic functions inside the expressions are not allowed.",
    ],
    [
      [`${T}, CHECK(A IN (SELECT 1))) PRIMARY KEY(A)`],
      "Error parsing expression 'A IN (SELECT 1)' from check constraint '<unnamed>' in table 'T': Cannot use non-scalar expressions inside check constraints.",
    ],
    [
      [`${T}, CHECK(1 > 0)) PRIMARY KEY(A)`],
      /^Check constraint `T`.`CK_T_8BA338DB55787DF2_1` does not use any non generated column\. Expression: '1 > 0'\./,
    ],
    [[`${T}, CONSTRAINT PK_x CHECK(A > 0)) PRIMARY KEY(A)`], 'Invalid  name: PK_x. Prefix PK_ cannot be used.'],
    [[`${T}, CONSTRAINT _x CHECK(A > 0)) PRIMARY KEY(A)`], ' name not valid: _x.'],
    [[`${T}, CONSTRAINT T CHECK(A > 0)) PRIMARY KEY(A)`], 'Duplicate name in schema: T.'],
    [[`${T}, CONSTRAINT c CHECK(A > 0)) PRIMARY KEY(A)`, 'CREATE INDEX c ON T(A)'], 'Duplicate name in schema: c.'],
    [
      [`${T}, CONSTRAINT c CHECK(A > 0)) PRIMARY KEY(A)`, 'ALTER TABLE T DROP CONSTRAINT nope'],
      'nope is not a constraint in T',
    ],
    [
      [
        `${T}, CHECK(TS > '2000-01-01')) PRIMARY KEY(A)`,
        'ALTER TABLE T ALTER COLUMN TS SET OPTIONS (allow_commit_timestamp = true)',
      ],
      'Column `TS` has option commit_timestamp, which is not supported in check constraint.',
    ],
    [
      [`${T}, CONSTRAINT c CHECK(A > B)) PRIMARY KEY(A)`, 'ALTER TABLE T DROP COLUMN B'],
      'Cannot drop column `B` on which there is a dependent check constraint: c.',
    ],
    [
      [`${T}, CONSTRAINT c CHECK(S > 'a')) PRIMARY KEY(A)`, 'ALTER TABLE T ALTER COLUMN S BYTES(MAX)'],
      'Cannot change the data type of column `S`, which is used by check constraint `c`.',
    ],
  ])('%j', (statements, message) => {
    if (typeof message === 'string') expect(errorOf(statements)).toBe(message);
    else expect(errorOf(statements)).toMatch(message);
  });
});

test('ADD CONSTRAINT appends; DROP CONSTRAINT removes and frees the name', () => {
  const outcome = apply([
    `${T}, CONSTRAINT c CHECK(A > 0)) PRIMARY KEY(A)`,
    'ALTER TABLE T ADD CHECK (B != 5)',
    'ALTER TABLE T DROP CONSTRAINT c',
    'ALTER TABLE T ADD CONSTRAINT c CHECK (A < 10)',
  ]);
  expect(outcome.error).toBeNull();
  expect(outcome.ddl).toMatch(/CHECK\(B != 5\),\n {2}CONSTRAINT c CHECK\(A < 10\),/);
});

test('a length change keeps the type a check constraint reads', () => {
  const outcome = apply([`${T}, CHECK (S > 'a')) PRIMARY KEY(A)`, 'ALTER TABLE T ALTER COLUMN S STRING(20)']);
  expect(outcome.error).toBeNull();
});
