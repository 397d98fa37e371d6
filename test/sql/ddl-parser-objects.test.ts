/** DDL parser, statements other than tables: AST shapes by statement kind. */
import { parseDdl } from '../../src/sql/parser/ddl-parser';

describe('indexes', () => {
  it.each<[string, object]>([
    [
      'CREATE UNIQUE NULL_FILTERED INDEX IF NOT EXISTS I ON T (A DESC, B ASC,) STORING (C), INTERLEAVE IN P',
      {
        kind: 'createIndex',
        unique: true,
        nullFiltered: true,
        ifNotExists: true,
        keys: [
          { column: { name: 'A' }, direction: 'DESC' },
          { column: { name: 'B' }, direction: 'ASC' },
        ],
        storing: [{ name: 'C' }],
        interleaveIn: { name: 'P' },
      },
    ],
    [
      "CREATE INDEX I ON T (A) WHERE A IS NOT NULL AND B IS NOT NULL OPTIONS (locality_group = 'x')",
      {
        kind: 'createIndex',
        unique: false,
        whereNotNull: [{ name: 'A' }, { name: 'B' }],
        options: [{ name: 'locality_group' }],
      },
    ],
    [
      'CREATE SEARCH INDEX S ON T (Tok) STORING (G) PARTITION BY P ORDER BY R DESC WHERE G IS NOT NULL, INTERLEAVE IN Singers OPTIONS (sort_order_sharding = true)',
      {
        kind: 'createSearchIndex',
        keys: [{ column: { name: 'Tok' } }],
        partitionBy: [{ column: { name: 'P' } }],
        orderBy: [{ column: { name: 'R' }, direction: 'DESC' }],
        whereNotNull: [{ name: 'G' }],
        interleaveIn: { name: 'Singers' },
      },
    ],
    [
      "CREATE VECTOR INDEX IF NOT EXISTS V ON T (E) STORING (G) WHERE E IS NOT NULL OPTIONS (distance_type = 'COSINE')",
      { kind: 'createVectorIndex', ifNotExists: true, key: { column: { name: 'E' } }, storing: [{ name: 'G' }] },
    ],
    [
      'ALTER INDEX I ADD STORED COLUMN C',
      { kind: 'alterIndex', indexKind: 'index', action: { kind: 'addStoredColumn', column: { name: 'C' } } },
    ],
    [
      'ALTER SEARCH INDEX s.I DROP STORED COLUMN C',
      { kind: 'alterIndex', indexKind: 'search', name: { name: 's.I' }, action: { kind: 'dropStoredColumn' } },
    ],
    [
      'ALTER VECTOR INDEX I SET OPTIONS (disable_search = true)',
      { kind: 'alterIndex', indexKind: 'vector', action: { kind: 'setOptions' } },
    ],
    ['DROP INDEX IF EXISTS I', { kind: 'dropIndex', indexKind: 'index', ifExists: true }],
    ['DROP SEARCH INDEX I', { kind: 'dropIndex', indexKind: 'search', ifExists: false }],
    ['DROP VECTOR INDEX I', { kind: 'dropIndex', indexKind: 'vector' }],
  ])('%s', (sql, shape) => {
    expect(parseDdl(sql)).toMatchObject(shape);
  });
});

describe('views and functions', () => {
  it('keeps the view body as written', () => {
    const stmt = parseDdl('CREATE OR REPLACE VIEW v SQL SECURITY INVOKER AS (SELECT 1 AS a)  ;');
    expect(stmt).toMatchObject({
      kind: 'createView',
      orReplace: true,
      security: 'INVOKER',
      query: { text: '(SELECT 1 AS a)' },
    });
  });

  it.each<[string, object]>([
    [
      'CREATE VIEW v SQL SECURITY DEFINER AS SELECT 1 AS a',
      { kind: 'createView', orReplace: false, security: 'DEFINER' },
    ],
    ['CREATE VIEW v AS SELECT 1 AS a', { kind: 'createView', security: null }],
    ['DROP VIEW IF EXISTS v', { kind: 'dropView', ifExists: true }],
    [
      'CREATE FUNCTION f(x INT64, y STRING DEFAULT "a") RETURNS INT64 NOT DETERMINISTIC SQL SECURITY INVOKER AS (x + 1)',
      {
        kind: 'createFunction',
        params: [
          { name: { name: 'x' }, type: { kind: 'scalar', name: 'INT64' }, defaultValue: null },
          { name: { name: 'y' }, type: { kind: 'sized', name: 'STRING', length: null }, defaultValue: { text: '"a"' } },
        ],
        returns: { kind: 'scalar', name: 'INT64' },
        deterministic: false,
        security: 'INVOKER',
        body: { text: 'x + 1' },
      },
    ],
    ['DROP FUNCTION IF EXISTS s.f', { kind: 'dropFunction', ifExists: true, name: { name: 's.f' } }],
  ])('%s', (sql, shape) => {
    expect(parseDdl(sql)).toMatchObject(shape);
  });

  it('keeps the whole function statement text', () => {
    const sql = 'CREATE OR REPLACE FUNCTION f() RETURNS INT64 AS (1)';
    expect(parseDdl(sql)).toMatchObject({ orReplace: true, text: sql });
  });
});

describe('sequences and change streams', () => {
  it.each<[string, object]>([
    [
      "CREATE SEQUENCE IF NOT EXISTS s OPTIONS (sequence_kind = 'bit_reversed_positive', skip_range_min = 1, skip_range_max = -1)",
      {
        kind: 'createSequence',
        ifNotExists: true,
        params: null,
        options: [
          { value: { value: 'bit_reversed_positive' } },
          { value: { kind: 'int', value: '1' } },
          { value: { value: '-1' } },
        ],
      },
    ],
    [
      'CREATE SEQUENCE s BIT_REVERSED_POSITIVE SKIP RANGE 1, 10 START COUNTER WITH 5',
      {
        kind: 'createSequence',
        params: { bitReversedPositive: true, skipRange: { min: '1', max: '10' }, startCounterWith: '5' },
        options: null,
      },
    ],
    [
      'ALTER SEQUENCE s SET OPTIONS (start_with_counter = 7)',
      { kind: 'alterSequence', action: { kind: 'setOptions' } },
    ],
    [
      'ALTER SEQUENCE IF EXISTS s RESTART COUNTER WITH 7',
      { kind: 'alterSequence', ifExists: true, action: { kind: 'restartCounter', value: '7' } },
    ],
    ['ALTER SEQUENCE s SKIP RANGE 1, 2', { action: { kind: 'skipRange', min: '1', max: '2' } }],
    ['ALTER SEQUENCE s NO SKIP RANGE', { action: { kind: 'noSkipRange' } }],
    ['DROP SEQUENCE IF EXISTS s', { kind: 'dropSequence', ifExists: true }],
    ['CREATE CHANGE STREAM cs', { kind: 'createChangeStream', forClause: null, options: null }],
    ['CREATE CHANGE STREAM cs FOR ALL', { forClause: { kind: 'all' } }],
    [
      'CREATE CHANGE STREAM cs FOR `ALL`(`All`), T(), U',
      {
        forClause: {
          kind: 'tables',
          tables: [
            { table: { name: 'ALL' }, columns: [{ name: 'All' }] },
            { table: { name: 'T' }, columns: [] },
            { table: { name: 'U' }, columns: null },
          ],
        },
      },
    ],
    [
      "CREATE CHANGE STREAM cs OPTIONS (retention_period = '7d', exclude_insert = true)",
      { options: [{ name: 'retention_period' }, { name: 'exclude_insert' }] },
    ],
    [
      'ALTER CHANGE STREAM cs SET FOR a, b',
      { kind: 'alterChangeStream', action: { kind: 'setFor', forClause: { kind: 'tables' } } },
    ],
    ['ALTER CHANGE STREAM cs DROP FOR ALL', { action: { kind: 'dropForAll' } }],
    ['ALTER CHANGE STREAM cs SET OPTIONS (value_capture_type = null)', { action: { kind: 'setOptions' } }],
    ['DROP CHANGE STREAM cs', { kind: 'dropChangeStream', name: { name: 'cs' } }],
  ])('%s', (sql, shape) => {
    expect(parseDdl(sql)).toMatchObject(shape);
  });
});

describe('access control', () => {
  it.each<[string, object]>([
    ['CREATE ROLE r', { kind: 'createRole', name: { name: 'r' } }],
    ['DROP ROLE r', { kind: 'dropRole', name: { name: 'r' } }],
    [
      'GRANT ROLE a, b TO ROLE c',
      { kind: 'grant', subject: { kind: 'roles', roles: [{ name: 'a' }, { name: 'b' }] }, grantees: [{ name: 'c' }] },
    ],
    [
      'GRANT SELECT(a, b), UPDATE(b) ON TABLE t1, t2 TO ROLE r',
      {
        kind: 'grant',
        subject: {
          kind: 'privileges',
          privileges: [
            { name: 'SELECT', columns: [{ name: 'a' }, { name: 'b' }] },
            { name: 'UPDATE', columns: [{ name: 'b' }] },
          ],
          target: { kind: 'objects', objectType: 'TABLE', names: [{ name: 't1' }, { name: 't2' }] },
        },
      },
    ],
    ['GRANT EXECUTE ON TABLE FUNCTION READ_cs TO ROLE r', { subject: { target: { objectType: 'TABLE FUNCTION' } } }],
    [
      'GRANT SELECT ON CHANGE STREAM s.c TO ROLE r',
      { subject: { target: { objectType: 'CHANGE STREAM', names: [{ name: 's.c' }] } } },
    ],
    ['GRANT USAGE ON SCHEMA DEFAULT TO ROLE r', { subject: { target: { kind: 'defaultSchema' } } }],
    [
      'REVOKE SELECT ON ALL CHANGE STREAMS IN SCHEMA a, b FROM ROLE r',
      { kind: 'revoke', subject: { target: { kind: 'allInSchema', objectType: 'CHANGE STREAMS' } } },
    ],
  ])('%s', (sql, shape) => {
    expect(parseDdl(sql)).toMatchObject(shape);
  });
});

describe('database-wide objects and models', () => {
  it.each<[string, object]>([
    ['CREATE DATABASE `my-db`', { kind: 'createDatabase', name: { name: 'my-db' }, options: null }],
    [
      "ALTER DATABASE db SET OPTIONS (optimizer_version = 2, version_retention_period = '7d', enable_key_visualizer = true)",
      {
        kind: 'alterDatabase',
        options: [
          { value: { kind: 'int', value: '2' } },
          { value: { kind: 'string', value: '7d' } },
          { value: { kind: 'bool' } },
        ],
      },
    ],
    ['CREATE OR REPLACE SCHEMA IF NOT EXISTS s', { kind: 'createSchema', orReplace: true, ifNotExists: true }],
    ['DROP SCHEMA s', { kind: 'dropSchema' }],
    [
      'CREATE PLACEMENT `p` OPTIONS (instance_partition="x")',
      { kind: 'createPlacement', options: [{ value: { value: 'x' } }] },
    ],
    ['DROP PLACEMENT p', { kind: 'dropPlacement' }],
    ["CREATE LOCALITY GROUP lg OPTIONS (storage = 'ssd')", { kind: 'createLocalityGroup', name: { name: 'lg' } }],
    ["ALTER LOCALITY GROUP DEFAULT SET OPTIONS (storage = 'hdd')", { kind: 'alterLocalityGroup', name: null }],
    ['DROP LOCALITY GROUP lg', { kind: 'dropLocalityGroup' }],
    ['ALTER STATISTICS pkg SET OPTIONS (allow_gc = false)', { kind: 'alterStatistics', name: { name: 'pkg' } }],
    ['CREATE PROTO BUNDLE (a.b.C, `x.y.Z`,)', { kind: 'createProtoBundle', types: ['a.b.C', 'x.y.Z'] }],
    [
      'ALTER PROTO BUNDLE INSERT (a.B) DELETE (c.D)',
      { kind: 'alterProtoBundle', insert: ['a.B'], update: [], delete: ['c.D'] },
    ],
    ['DROP PROTO BUNDLE', { kind: 'dropProtoBundle' }],
    ['ANALYZE', { kind: 'analyze' }],
    [
      "CREATE MODEL m INPUT (f INT64, g BOOL OPTIONS (required = false),) OUTPUT (l STRUCT<a ARRAY<FLOAT64>>) REMOTE OPTIONS (endpoints = ['a', 'b'])",
      {
        kind: 'createModel',
        input: [{ name: { name: 'f' } }, { name: { name: 'g' }, options: [{ name: 'required' }] }],
        output: [{ type: { kind: 'struct', fields: [{ name: 'a', type: { kind: 'array' } }] } }],
        remote: true,
        options: [{ value: { kind: 'stringList', values: ['a', 'b'] } }],
      },
    ],
    ['ALTER MODEL IF EXISTS m SET OPTIONS (default_batch_size = 5)', { kind: 'alterModel', ifExists: true }],
    ['DROP MODEL IF EXISTS m', { kind: 'dropModel', ifExists: true }],
  ])('%s', (sql, shape) => {
    expect(parseDdl(sql)).toMatchObject(shape);
  });
});
