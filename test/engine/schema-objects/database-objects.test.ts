/** Named schemas, placements, locality groups, roles and grants (proto bundles: proto-bundles.test.ts). */

import { catalogAfter, compact, ddlAfter, errorOf } from './objects-test-helpers';

describe('named schemas', () => {
  it.each([
    ['creates a schema', ['CREATE SCHEMA sch'], ['CREATE SCHEMA sch']],
    [
      'ignores IF NOT EXISTS on an existing schema',
      ['CREATE SCHEMA sch', 'CREATE SCHEMA IF NOT EXISTS sch'],
      ['CREATE SCHEMA sch'],
    ],
    [
      'drops an empty schema',
      [
        'CREATE SCHEMA sch',
        'DROP SCHEMA sch',
        'DROP SCHEMA IF EXISTS sch',
        'ALTER SCHEMA IF EXISTS sch SET OPTIONS (x = 1)',
      ],
      [],
    ],
  ])('%s', (_name, statements, expected) => {
    expect(ddlAfter(statements)).toEqual(expected);
  });

  it.each([
    [
      'a duplicate schema',
      ['CREATE SCHEMA sch', 'CREATE SCHEMA SCH'],
      'FAILED_PRECONDITION: Duplicate name in schema: SCH.',
    ],
    [
      'a schema named like a table',
      ['CREATE TABLE T (K INT64) PRIMARY KEY (K)', 'CREATE SCHEMA t'],
      'FAILED_PRECONDITION: Duplicate name in schema: t.',
    ],
    [
      'a table named like a schema',
      ['CREATE SCHEMA sch', 'CREATE TABLE SCH (K INT64) PRIMARY KEY (K)'],
      'FAILED_PRECONDITION: Duplicate name in schema: SCH.',
    ],
    [
      'a sequence named like a read function',
      ['CREATE CHANGE STREAM cs', "CREATE SEQUENCE READ_cs OPTIONS (sequence_kind = 'bit_reversed_positive')"],
      'FAILED_PRECONDITION: Duplicate name in schema: READ_cs.',
    ],
    [
      'a view named like a locality group',
      ['CREATE LOCALITY GROUP g', 'CREATE VIEW g SQL SECURITY INVOKER AS SELECT 1 AS a'],
      'FAILED_PRECONDITION: Duplicate name in schema: g.',
    ],
    [
      'a reserved schema name',
      ['CREATE SCHEMA INFORMATION_SCHEMA'],
      'INVALID_ARGUMENT: Schema name not valid: INFORMATION_SCHEMA.',
    ],
    ['a reserved prefix', ['CREATE SCHEMA spanner_x'], 'INVALID_ARGUMENT: Schema name not valid: spanner_x.'],
    [
      'ALTER SCHEMA',
      ['CREATE SCHEMA sch', 'ALTER SCHEMA sch SET OPTIONS (x = 1)'],
      'UNIMPLEMENTED: ALTER SCHEMA not supported.',
    ],
    ['dropping a missing schema', ['DROP SCHEMA sch'], 'NOT_FOUND: Schema not found: sch'],
    [
      'dropping a schema in use',
      [
        'CREATE SCHEMA sch',
        "CREATE SEQUENCE sch.s OPTIONS (sequence_kind = 'bit_reversed_positive')",
        'CREATE VIEW sch.v SQL SECURITY INVOKER AS SELECT 1 AS a',
        'DROP SCHEMA sch',
      ],
      'FAILED_PRECONDITION: Cannot drop schema sch while it has dependencies.\nDependent views:sch.v\nDependent sequences:sch.s',
    ],
    [
      'a change stream in a named schema',
      ['CREATE SCHEMA sch', 'CREATE CHANGE STREAM sch.cs'],
      'UNIMPLEMENTED: Change Stream not yet supported in named schema: sch.cs.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });
});

describe('placements', () => {
  it('creates, alters and drops placements', () => {
    const statements = [
      "CREATE PLACEMENT p1 OPTIONS (instance_partition = 'ip1', default_leader = 'us-east1')",
      "CREATE PLACEMENT p2 OPTIONS (instance_partition = 'ip2')",
      "ALTER PLACEMENT p1 SET OPTIONS (default_leader = NULL, instance_partition = 'ip3')",
      'DROP PLACEMENT p2',
    ];
    expect(compact(ddlAfter(statements))).toEqual(["CREATE PLACEMENT p1 OPTIONS ( instance_partition = 'ip3' )"]);
  });

  it.each([
    [
      'a duplicate placement',
      ['CREATE PLACEMENT p', 'CREATE PLACEMENT p'],
      'FAILED_PRECONDITION: Duplicate name in schema: p.',
    ],
    [
      'altering a missing placement',
      ["ALTER PLACEMENT p SET OPTIONS (default_leader = 'x')"],
      'NOT_FOUND: Placement not found: p',
    ],
    ['dropping a missing placement', ['DROP PLACEMENT p'], 'NOT_FOUND: Placement not found: p'],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });
});

describe('locality groups', () => {
  it('creates, alters and drops locality groups', () => {
    const statements = [
      "CREATE LOCALITY GROUP g1 OPTIONS (storage = 'ssd')",
      'CREATE LOCALITY GROUP g2',
      "ALTER LOCALITY GROUP g1 SET OPTIONS (storage = 'hdd', ssd_to_hdd_spill_timespan = '10d')",
      'DROP LOCALITY GROUP g2',
      'DROP LOCALITY GROUP IF EXISTS g2',
    ];
    expect(compact(ddlAfter(statements))).toEqual([
      "CREATE LOCALITY GROUP g1 OPTIONS ( storage = 'hdd', ssd_to_hdd_spill_timespan = '10d' )",
    ]);
  });

  it.each([
    [
      'creating the default group',
      ['CREATE LOCALITY GROUP `default`'],
      'FAILED_PRECONDITION: Default locality group cannot be created.',
    ],
    [
      'dropping the default group',
      ['DROP LOCALITY GROUP DEFAULT'],
      'FAILED_PRECONDITION: Default locality group cannot be dropped.',
    ],
    [
      'a name starting with _',
      ['CREATE LOCALITY GROUP _g'],
      'FAILED_PRECONDITION: Invalid locality group name: _g. The locality group name must not start with `_`.',
    ],
    [
      'a name in use',
      ['CREATE TABLE g (K INT64) PRIMARY KEY (K)', 'CREATE LOCALITY GROUP g'],
      'FAILED_PRECONDITION: Duplicate name in schema: g.',
    ],
    [
      'altering a missing group',
      ["ALTER LOCALITY GROUP g SET OPTIONS (storage = 'ssd')"],
      'NOT_FOUND: Locality group not found: g',
    ],
    [
      'dropping a group a table uses',
      [
        'CREATE LOCALITY GROUP g',
        "CREATE TABLE T (K INT64) PRIMARY KEY (K), OPTIONS (locality_group = 'g')",
        'DROP LOCALITY GROUP g',
      ],
      'FAILED_PRECONDITION: Locality group g cannot be dropped as it is referenced.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });
});

describe('roles and grants', () => {
  it('records roles and grants, printing what is left of them', () => {
    const statements = [
      'CREATE TABLE T (K INT64) PRIMARY KEY (K)',
      'CREATE ROLE analyst',
      'CREATE ROLE auditor',
      'GRANT SELECT ON TABLE T TO ROLE analyst, auditor',
      'GRANT ROLE analyst TO ROLE auditor',
      'REVOKE SELECT ON TABLE T FROM ROLE analyst',
      'DROP ROLE auditor',
    ];
    const catalog = catalogAfter(statements);
    expect([...catalog.roles.values()].map((r) => r.name)).toEqual(['analyst']);
    expect(catalog.grants.map((g) => g.grantees)).toEqual([]);
    expect(ddlAfter(statements).slice(1)).toEqual(['CREATE ROLE analyst']);
  });

  it('keeps the grants to other roles on REVOKE', () => {
    const catalog = catalogAfter([
      'CREATE ROLE a',
      'CREATE ROLE b',
      'GRANT SELECT ON TABLE T TO ROLE a, b',
      'REVOKE SELECT ON TABLE T FROM ROLE a',
    ]);
    expect(catalog.grants.map((g) => g.grantees)).toEqual([['b']]);
  });
});
