/** What views say when the tables, columns, indexes, sequences and models they read change. */

import { compact, ddlAfter, errorOf } from './objects-test-helpers';

const T = 'CREATE TABLE t (c STRING(MAX), d INT64) PRIMARY KEY ()';
const view = (name: string, body: string) => `CREATE VIEW ${name} SQL SECURITY INVOKER AS ${body}`;
const RETYPE_TIP =
  'Tip: Give explicit type to output columns in the VIEW definition before making this change by adding casts/conversions to the intended final output type.';

describe('views block changes to what they read', () => {
  it.each([
    [
      'dropping a table',
      [T, view('foo', 'SELECT t.c FROM t'), 'DROP TABLE t'],
      'FAILED_PRECONDITION: Cannot drop TABLE `t` on which there are dependent views: foo.',
    ],
    [
      'dropping a column',
      [T, view('foo', 'SELECT t.c FROM t'), 'ALTER TABLE t DROP COLUMN c'],
      'FAILED_PRECONDITION: Cannot drop column `c` on which there are dependent views: foo.',
    ],
    [
      'dropping a forced index',
      [T, 'CREATE INDEX tBYc ON t(c)', view('v0', 'SELECT 1 AS a FROM t@{force_index=tBYc}'), 'DROP INDEX tBYc'],
      'FAILED_PRECONDITION: Cannot drop INDEX `tBYc` on which there are dependent views: v0.',
    ],
    [
      'retyping a column',
      [T, view('foo', 'SELECT t.c AS a FROM t'), 'ALTER TABLE t ALTER COLUMN c BYTES(MAX)'],
      `FAILED_PRECONDITION: Cannot alter column \`t.c\`. Action would implicitly change the type of an output column for VIEW \`foo\` from \`STRING\` to \`BYTES\`.\n${RETYPE_TIP}`,
    ],
    [
      'retyping a column a function call of the view needs',
      [T, view('v', 'SELECT CHAR_LENGTH(t.c) AS n FROM t'), 'ALTER TABLE t ALTER COLUMN c BYTES(MAX)'],
      'FAILED_PRECONDITION: Cannot alter column `t.c`. The new definition causes the definition of VIEW `v` to become invalid with the following diagnostic message: ' +
        'No matching signature for function CHAR_LENGTH for argument types: BYTES. Supported signature: CHAR_LENGTH(STRING) [at 1:48]\nCREATE VIEW `v` SQL SECURITY INVOKER AS SELECT CHAR_LENGTH(t.c) AS n FROM t\n                                               ^',
    ],
    [
      'retyping a column a comparison of the view needs',
      [T, view('v', "SELECT t.d AS d FROM t WHERE t.c = 'x'"), 'ALTER TABLE t ALTER COLUMN c BYTES(MAX)'],
      'FAILED_PRECONDITION: Cannot alter column `t.c`. The new definition causes the definition of VIEW `v` to become invalid with the following diagnostic message: ' +
        "No matching signature for operator = for argument types: BYTES, STRING. STRING and BYTES are different types that are not directly comparable. To write a BYTES literal, use a b-prefixed literal such as b'bytes value'. Supported signature: ANY = ANY [at 1:70]\n" +
        "CREATE VIEW `v` SQL SECURITY INVOKER AS SELECT t.d AS d FROM t WHERE t.c = 'x'\n" +
        '                                                                     ^',
    ],
    [
      'replacing a view so that a view reading it no longer type-checks',
      [
        view('a', 'SELECT 1 AS n'),
        view('b', 'SELECT a.n + 1 AS m FROM a'),
        "CREATE OR REPLACE VIEW a SQL SECURITY INVOKER AS SELECT 'one' AS n",
      ],
      'FAILED_PRECONDITION: Cannot alter VIEW `a`. The new definition causes the definition of VIEW `b` to become invalid with the following diagnostic message: ' +
        'No matching signature for operator + for argument types: STRING, INT64. Supported signatures: INT64 + INT64; FLOAT64 + FLOAT64; NUMERIC + NUMERIC [at 1:48]\n' +
        'CREATE VIEW `b` SQL SECURITY INVOKER AS SELECT a.n + 1 AS m FROM a\n                                               ^',
    ],
    [
      'renaming a table',
      [T, view('foo', 'SELECT t.c FROM t'), 'ALTER TABLE t RENAME TO u'],
      'FAILED_PRECONDITION: Cannot alter TABLE `u`. The new definition causes the definition of VIEW `foo` to become invalid with the following diagnostic message: ' +
        'Table not found: t [at 1:59]\nCREATE VIEW `foo` SQL SECURITY INVOKER AS SELECT t.c FROM t\n                                                          ^',
    ],
    [
      'dropping a model',
      [
        "CREATE MODEL m INPUT (x INT64) OUTPUT (y INT64) REMOTE OPTIONS (endpoint = '//aiplatform.googleapis.com/projects/p/locations/l/endpoints/e')",
        'CREATE TABLE u (x INT64) PRIMARY KEY (x)',
        view('foo', 'SELECT p.y FROM ML.PREDICT(MODEL m, TABLE u) AS p'),
        'DROP MODEL m',
      ],
      'FAILED_PRECONDITION: Cannot drop MODEL `m` on which there are dependent views: foo.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });

  it.each([
    [
      'dropping a column the view does not read',
      [T, view('foo', 'SELECT t.d AS a FROM t'), 'ALTER TABLE t DROP COLUMN c'],
      'CREATE TABLE t ( d INT64, ) PRIMARY KEY()',
    ],
    [
      'changing only the length of a column it reads',
      [T, view('foo', 'SELECT t.c FROM t'), 'ALTER TABLE t ALTER COLUMN c STRING(10)'],
      'CREATE TABLE t ( c STRING(10), d INT64, ) PRIMARY KEY()',
    ],
    [
      'retyping a column it casts',
      [T, view('foo', 'SELECT CAST(t.c AS STRING) AS a FROM t'), 'ALTER TABLE t ALTER COLUMN c BYTES(MAX)'],
      'CREATE TABLE t ( c BYTES(MAX), d INT64, ) PRIMARY KEY()',
    ],
    [
      'renaming a table it reads while a synonym keeps the old name',
      [T, view('foo', 'SELECT t.c FROM t'), 'ALTER TABLE t RENAME TO u, ADD SYNONYM t'],
      'CREATE TABLE u ( c STRING(MAX), d INT64, SYNONYM(t), ) PRIMARY KEY()',
    ],
  ])('allows %s', (_name, statements, expected) => {
    expect(compact(ddlAfter(statements))[0]).toContain(expected);
  });
});
