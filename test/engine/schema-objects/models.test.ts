/** CREATE [OR REPLACE] / ALTER / DROP MODEL: column rules, endpoint options, GetDatabaseDdl. */

import { compact, ddlAfter, errorOf } from './objects-test-helpers';

const EP = "'//aiplatform.googleapis.com/projects/p/locations/l/endpoints/e'";
const model = (name: string, input: string, output: string, options = `endpoint = ${EP}`) =>
  `CREATE MODEL ${name} INPUT (${input}) OUTPUT (${output}) REMOTE OPTIONS (${options})`;
const M = model('m', 'f INT64', 'l STRING(MAX)');

describe('CREATE MODEL', () => {
  it('prints the model with its columns and options', () => {
    const ddl = compact(
      ddlAfter([
        model(
          'm',
          'f INT64, o BOOL OPTIONS (required = false)',
          'l ARRAY<STRING(MAX)>',
          `default_batch_size = 4, endpoint = ${EP}`,
        ),
      ]),
    );
    expect(ddl).toEqual([
      `CREATE MODEL m INPUT( f INT64, o BOOL OPTIONS ( required = false ), ) OUTPUT( l ARRAY<STRING(MAX)>, ) REMOTE OPTIONS ( endpoint = ${EP}, default_batch_size = 4 )`,
    ]);
  });

  it.each([
    ['struct columns', model('m', 'f STRUCT<a INT64, b ARRAY<FLOAT64>>', 'l BYTES(MAX)')],
    ['several endpoints', model('m', 'f INT64', 'l INT64', "endpoints = ['//a/e1', '//a/e2']")],
    [
      'IF NOT EXISTS on an existing model',
      [M, `CREATE MODEL IF NOT EXISTS m INPUT (x BOOL) OUTPUT (y BOOL) REMOTE OPTIONS (endpoint = ${EP})`],
    ],
  ])('accepts %s', (_name, statements) => {
    expect(ddlAfter(([] as string[]).concat(statements))).toHaveLength(1);
  });

  it('OR REPLACE keeps the place of the model it replaces', () => {
    const ddl = ddlAfter([
      M,
      model('n', 'a INT64', 'b INT64'),
      `CREATE OR REPLACE MODEL m INPUT (c BOOL) OUTPUT (d INT64) REMOTE OPTIONS (endpoint = ${EP})`,
    ]);
    expect(compact(ddl).map((s) => s.slice(0, 32))).toEqual([
      'CREATE MODEL m INPUT( c BOOL, ) ',
      'CREATE MODEL n INPUT( a INT64, )',
    ]);
  });

  it.each([
    ['a local model', ['CREATE MODEL m'], 'FAILED_PRECONDITION: Model m must specify REMOTE attribute.'],
    [
      'a model without columns',
      [`CREATE MODEL m REMOTE OPTIONS (endpoint = ${EP})`],
      'FAILED_PRECONDITION: Schema discovery is not available in emulator. Please use explicit Input clause for model m.',
    ],
    [
      'no endpoint',
      ['CREATE MODEL m INPUT (f INT64) OUTPUT (l INT64) REMOTE'],
      'FAILED_PRECONDITION: Model m has invalid endpoints option. Option is required.',
    ],
    [
      'both endpoint options',
      [model('m', 'f INT64', 'l INT64', `endpoint = ${EP}, endpoints = ['//a/e1']`)],
      'FAILED_PRECONDITION: Model m has invalid endpoint option. Option cannot be specified together with endpoints.',
    ],
    [
      'a batch size out of range',
      [model('m', 'f INT64', 'l INT64', `endpoint = ${EP}, default_batch_size = 11`)],
      'FAILED_PRECONDITION: Model m has invalid default_batch_size option: 11. Must be between 1 and 10.',
    ],
    [
      'an unsupported type',
      [model('m', 'f INT64', 'l DATE')],
      'FAILED_PRECONDITION: Type DATE is not supported in model columns. Used in Model m column l.',
    ],
    [
      'FLOAT32',
      [model('m', 'f FLOAT32', 'l INT64')],
      'FAILED_PRECONDITION: Type FLOAT32 is not supported in model columns. Used in Model m column f.',
    ],
    [
      'an unsupported element type',
      [model('m', 'f ARRAY<DATE>', 'l INT64')],
      'FAILED_PRECONDITION: Type ARRAY<DATE> is not supported in model columns. Used in Model m column f.',
    ],
    [
      'an array of arrays',
      [model('m', 'f ARRAY<ARRAY<INT64>>', 'l INT64')],
      'INVALID_ARGUMENT: Array of arrays type is not supported by the schema.',
    ],
    [
      'NOT NULL',
      [model('m', 'f INT64 NOT NULL', 'l INT64')],
      'FAILED_PRECONDITION: NOT NULL constraint is not supported in models. Used in Model m column f.',
    ],
    [
      'HIDDEN',
      [model('m', 'f INT64', 'l INT64 HIDDEN')],
      'FAILED_PRECONDITION: HIDDEN attribute is not supported in models. Used in Model m column l.',
    ],
    [
      'a length',
      [model('m', 'f STRING(10)', 'l INT64')],
      'FAILED_PRECONDITION: Length is not supported in model columns. Please use MAX. Used in Model m column f.',
    ],
    [
      'a generated column',
      [model('m', 'f INT64 AS (1)', 'l INT64')],
      'FAILED_PRECONDITION: Generated columns are not supported in models.  Used in Model m column f.',
    ],
    [
      'a default',
      [model('m', 'f INT64 DEFAULT (1)', 'l INT64')],
      'FAILED_PRECONDITION: Default values are not supported in models.  Used in Model m column f.',
    ],
    [
      'a repeated column',
      [model('m', 'f INT64, f INT64', 'l INT64')],
      'FAILED_PRECONDITION: Duplicate name in schema: m.f.',
    ],
    [
      'columns differing in case',
      [model('m', 'f INT64, F INT64', 'l INT64')],
      'FAILED_PRECONDITION: Schema object names differ only in case: m.F, m.f.',
    ],
    [
      'an input and output of one name',
      [model('m', 'c INT64', 'c INT64')],
      'FAILED_PRECONDITION: Duplicate name in schema: m.c.',
    ],
    [
      'too many struct fields',
      [model('m', `f STRUCT<${Array.from({ length: 11 }, (_, i) => `a${i} BOOL`).join(', ')}>`, 'l INT64')],
      'FAILED_PRECONDITION: The number of struct field exceeds the limit: 10.',
    ],
    [
      'struct fields differing in case',
      [model('m', 's STRUCT<x INT64, X INT64>', 'l INT64')],
      'FAILED_PRECONDITION: Case Insensitive duplicate name in Struct: STRUCT<x INT64, X INT64>. Struct field names differ only in case: X, x.',
    ],
    [
      'a name in use',
      ['CREATE TABLE m (k INT64) PRIMARY KEY (k)', M],
      'FAILED_PRECONDITION: Duplicate name in schema: m.',
    ],
    [
      'IF NOT EXISTS over a table of that name',
      [
        'CREATE TABLE m (k INT64) PRIMARY KEY (k)',
        `CREATE MODEL IF NOT EXISTS m INPUT (f INT64) OUTPUT (l INT64) REMOTE OPTIONS (endpoint = ${EP})`,
      ],
      'FAILED_PRECONDITION: Duplicate name in schema: m.',
    ],
    ['a second model of that name', [M, M], 'FAILED_PRECONDITION: Duplicate name in schema: m.'],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });
});

describe('ALTER and DROP MODEL', () => {
  it('merges options, unsetting NULL ones', () => {
    const ddl = compact(
      ddlAfter([
        model('m', 'f INT64', 'l INT64', "endpoints = ['//a/x'], default_batch_size = 3"),
        `ALTER MODEL m SET OPTIONS (endpoints = NULL, endpoint = ${EP}, default_batch_size = NULL)`,
      ]),
    );
    expect(ddl).toEqual([`CREATE MODEL m INPUT( f INT64, ) OUTPUT( l INT64, ) REMOTE OPTIONS ( endpoint = ${EP} )`]);
  });

  it('drops a model, and IF EXISTS tolerates missing ones', () => {
    expect(
      ddlAfter([
        M,
        'DROP MODEL m',
        'DROP MODEL IF EXISTS m',
        'ALTER MODEL IF EXISTS m SET OPTIONS (default_batch_size = 2)',
      ]),
    ).toEqual([]);
  });

  it.each([
    ['a missing model', ['ALTER MODEL m SET OPTIONS (default_batch_size = 2)'], 'NOT_FOUND: Model `m` not found.'],
    [
      'options that break the model',
      [model('m', 'f INT64', 'l INT64', "endpoints = ['//a/x']"), `ALTER MODEL m SET OPTIONS (endpoint = ${EP})`],
      'FAILED_PRECONDITION: Model m has invalid endpoint option. Option cannot be specified together with endpoints.',
    ],
    ['dropping a missing model', ['DROP MODEL m'], 'NOT_FOUND: Model `m` not found.'],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });
});
