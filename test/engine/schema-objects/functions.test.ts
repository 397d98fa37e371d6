/** CREATE [OR REPLACE] FUNCTION and DROP FUNCTION. */

import { ddlAfter, errorOf } from './objects-test-helpers';

const T = 'CREATE TABLE t (c STRING(MAX), d INT64) PRIMARY KEY ()';
const F = 'CREATE FUNCTION f(x INT64) RETURNS INT64 SQL SECURITY INVOKER AS (x + 1)';

describe('CREATE FUNCTION', () => {
  it.each([
    ['prints the statement as written', [F], [F]],
    [
      'a function returning a wider type',
      ['CREATE FUNCTION g(x INT64) RETURNS FLOAT64 AS (x * 2)'],
      ['CREATE FUNCTION g(x INT64) RETURNS FLOAT64 AS (x * 2)'],
    ],
    [
      'OR REPLACE in place',
      [
        F,
        'CREATE FUNCTION h() RETURNS STRING AS ("h")',
        'CREATE OR REPLACE FUNCTION f(x INT64) RETURNS INT64 AS (x + 2)',
      ],
      ['CREATE OR REPLACE FUNCTION f(x INT64) RETURNS INT64 AS (x + 2)', 'CREATE FUNCTION h() RETURNS STRING AS ("h")'],
    ],
    [
      'a remote function',
      [
        "CREATE FUNCTION r(x INT64) RETURNS INT64 NOT DETERMINISTIC LANGUAGE REMOTE OPTIONS (endpoint = 'https://x', max_batching_rows = 5)",
      ],
      [
        "CREATE FUNCTION r(x INT64) RETURNS INT64 NOT DETERMINISTIC LANGUAGE REMOTE OPTIONS (endpoint = 'https://x', max_batching_rows = 5)",
      ],
    ],
  ])('%s', (_name, statements, expected) => {
    expect(ddlAfter(statements)).toEqual(expected);
  });

  it.each([
    [
      'SQL SECURITY DEFINER',
      ['CREATE FUNCTION f() RETURNS INT64 SQL SECURITY DEFINER AS (1)'],
      'INVALID_ARGUMENT: Function `f` uses unsupported SQL SECURITY DEFINER clause.',
    ],
    [
      'a body of another type',
      ["CREATE FUNCTION f() RETURNS INT64 AS ('a')"],
      'INVALID_ARGUMENT: Error analyzing the definition of function `f`: Function declared to return INT64 but the function body produces incompatible type STRING' +
        " [at 1:62]\nCREATE FUNCTION `f`() RETURNS INT64 SQL SECURITY INVOKER AS ('a')\n                                                             ^",
    ],
    [
      'an unknown name',
      ['CREATE FUNCTION f(x INT64) RETURNS INT64 AS (y)'],
      'INVALID_ARGUMENT: Error analyzing the definition of function `f`: Unrecognized name: y' +
        ' [at 1:69]\nCREATE FUNCTION `f`(x INT64) RETURNS INT64 SQL SECURITY INVOKER AS (y)\n                                                                    ^',
    ],
    [
      'a builtin name',
      ['CREATE FUNCTION MOD(x INT64) RETURNS INT64 AS (x)'],
      'FAILED_PRECONDITION: Cannot create a Function with the same name as builtin function `MOD`. This may be supported in a future release.',
    ],
    [
      'a name in use',
      [T, 'CREATE FUNCTION T() RETURNS INT64 AS (1)'],
      'FAILED_PRECONDITION: Duplicate name in schema: T.',
    ],
    [
      'an unknown remote option',
      ["CREATE FUNCTION r(x INT64) RETURNS INT64 LANGUAGE REMOTE OPTIONS (foo = 'x')"],
      'INVALID_ARGUMENT: Invalid option foo for remote UDF r.',
    ],
    [
      'a replacement that does not analyze',
      [F, 'CREATE OR REPLACE FUNCTION f(x INT64) RETURNS INT64 AS (z)'],
      'FAILED_PRECONDITION: Cannot replace FUNCTION `f` because new definition is invalid with the following diagnostic message:\n\nUnrecognized name: z' +
        ' [at 1:69]\nCREATE FUNCTION `f`(x INT64) RETURNS INT64 SQL SECURITY INVOKER AS (z)\n                                                                    ^',
    ],
    [
      'a replacement that breaks a view',
      [
        F,
        'CREATE VIEW v SQL SECURITY INVOKER AS SELECT f(1) AS y',
        "CREATE OR REPLACE FUNCTION f(x INT64) RETURNS STRING AS ('s')",
      ],
      'FAILED_PRECONDITION: Cannot alter FUNCTION `f`. Action would implicitly change the type of an output column for VIEW `v` from `INT64` to `STRING`.\n' +
        'Tip: Give explicit type to output columns in the VIEW definition before making this change by adding casts/conversions to the intended final output type.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });
});

it('lets a view read a function', () => {
  const ddl = ddlAfter([F, 'CREATE VIEW v SQL SECURITY INVOKER AS SELECT f(1) AS y']);
  expect([...ddl].sort()).toEqual([F, 'CREATE VIEW v SQL SECURITY INVOKER AS SELECT f(1) AS y']);
});

test('CREATE FUNCTION refuses FOR UPDATE in its body', () => {
  expect(
    errorOf([
      T,
      'CREATE FUNCTION g(x INT64) RETURNS INT64 SQL SECURITY INVOKER AS ((SELECT MAX(t.d) FROM t FOR UPDATE) + x)',
    ]),
  ).toContain(
    'Error analyzing the definition of function `g`: Syntax error: Unexpected lock mode in function body query [at 1:',
  );
});

describe('DROP FUNCTION', () => {
  it('drops a function, and IF EXISTS tolerates a missing one', () => {
    expect(ddlAfter([F, 'DROP FUNCTION f', 'DROP FUNCTION IF EXISTS f'])).toEqual([]);
  });

  it.each([
    ['a missing function', ['DROP FUNCTION f'], 'NOT_FOUND: Function not found: f'],
    [
      'a function a view reads',
      [F, 'CREATE VIEW v SQL SECURITY INVOKER AS SELECT f(1) AS y', 'DROP FUNCTION f'],
      'FAILED_PRECONDITION: Cannot drop UDF `f` on which there are dependent views: v.',
    ],
    [
      'a function another function calls',
      [F, 'CREATE FUNCTION g(x INT64) RETURNS INT64 AS (f(x))', 'DROP FUNCTION f'],
      'FAILED_PRECONDITION: Cannot drop UDF `f` on which there is a dependent function: g.',
    ],
    [
      'a table a function reads',
      [T, 'CREATE FUNCTION g() RETURNS INT64 AS ((SELECT MAX(t.d) FROM t))', 'DROP TABLE t'],
      'FAILED_PRECONDITION: Cannot drop TABLE `t` on which there is a dependent function: g.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });
});
