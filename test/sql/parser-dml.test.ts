import { parseStatement } from '../../src/sql';

function dml(text: string): unknown {
  return parseStatement(text, 'dml');
}

describe('DML: INSERT', () => {
  test.each([
    [
      'INSERT INTO t (a, b) VALUES (1, 2), (3, DEFAULT)',
      {
        kind: 'insert',
        mode: null,
        table: { parts: [{ name: 't' }] },
        columns: [{ name: 'a' }, { name: 'b' }],
        source: {
          kind: 'insertValues',
          rows: [{ values: [{ kind: 'intLiteral' }, { kind: 'intLiteral' }] }, { values: [{}, { kind: 'default' }] }],
        },
      },
    ],
    ['insert t (a) values (1)', { kind: 'insert', columns: [{ name: 'a' }] }],
    ['INSERT OR IGNORE INTO t (a) VALUES (1)', { mode: 'IGNORE' }],
    ['INSERT OR UPDATE t (a) VALUES (1)', { mode: 'UPDATE' }],
    [
      'INSERT INTO sch.t@{force_index=_base_table} (a) VALUES (1)',
      { table: { parts: [{ name: 'sch' }, { name: 't' }] }, tableHint: {} },
    ],
    [
      'INSERT INTO t (a, b) SELECT a, b FROM u',
      { source: { kind: 'insertQuery', query: { body: { kind: 'select' } } } },
    ],
    ['INSERT INTO t (a) (SELECT 1)', { columns: [{ name: 'a' }], source: { kind: 'insertQuery' } }],
    ['INSERT INTO t (SELECT 1)', { columns: null, source: { kind: 'insertQuery' } }],
    [
      'INSERT INTO t (a) WITH x AS (SELECT 1) SELECT * FROM x',
      { source: { kind: 'insertQuery', query: { with: {} } } },
    ],
    [
      'INSERT INTO t (a) VALUES (1) THEN RETURN *',
      { thenReturn: { withAction: null, columns: [{ kind: 'selectStar' }] } },
    ],
    [
      'INSERT OR UPDATE INTO t (a) VALUES (1) THEN RETURN WITH ACTION AS act a, b + 1 AS c',
      {
        thenReturn: {
          withAction: { alias: { name: 'act' } },
          columns: [{ kind: 'selectColumn' }, { alias: { name: 'c' } }],
        },
      },
    ],
    ['INSERT INTO t (x) VALUES (1) ASSERT_ROWS_MODIFIED 1', { assertRowsModified: { kind: 'intLiteral' } }],
    [
      'INSERT INTO t (a) VALUES (1) ON CONFLICT DO NOTHING',
      { onConflict: { target: null, action: { kind: 'doNothing' } } },
    ],
    [
      'INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO UPDATE SET b = 3, c = DEFAULT WHERE a > 0 THEN RETURN *',
      {
        onConflict: {
          target: { kind: 'conflictColumns', columns: [{ name: 'a' }] },
          action: { kind: 'doUpdate', items: [{ kind: 'setItem' }, { value: { kind: 'default' } }], where: {} },
        },
        thenReturn: {},
      },
    ],
    [
      'INSERT INTO t (a) VALUES (1) ON CONFLICT ON UNIQUE CONSTRAINT u DO NOTHING',
      { onConflict: { target: { kind: 'conflictConstraint', name: { name: 'u' } } } },
    ],
    ['@{pdml_max_parallelism=1} INSERT INTO t (a) VALUES (1)', { hint: { entries: [{}] } }],
  ])('%s', (text, shape) => {
    expect(dml(text)).toMatchObject(shape);
  });
});

describe('DML: UPDATE and DELETE', () => {
  test.each([
    [
      'UPDATE t SET a = 1, b = DEFAULT WHERE c = 2',
      {
        kind: 'update',
        alias: null,
        items: [{ kind: 'setItem', target: { parts: [{ name: 'a' }] } }, { value: { kind: 'default' } }],
        where: { kind: 'binary' },
      },
    ],
    [
      'UPDATE t AS x SET x.a = x.a + 1 WHERE TRUE',
      { alias: { name: 'x' }, items: [{ target: { parts: [{ name: 'x' }, { name: 'a' }] } }] },
    ],
    [
      'UPDATE t x SET a = 1 WHERE TRUE THEN RETURN WITH ACTION *',
      { alias: { name: 'x' }, thenReturn: { withAction: { alias: null } } },
    ],
    ['UPDATE t@{force_index=i} SET a = 1 WHERE TRUE', { tableHint: {} }],
    [
      'UPDATE s SET (INSERT s.arr (v) VALUES (1)), s.n = 2 WHERE TRUE',
      {
        items: [
          {
            kind: 'nestedDml',
            statement: {
              kind: 'insert',
              hint: null,
              table: { parts: [{ name: 's' }, { name: 'arr' }] },
              columns: [{ name: 'v' }],
            },
          },
          { kind: 'setItem' },
        ],
      },
    ],
    [
      'UPDATE s SET (UPDATE s.arr a SET (DELETE a.sub WHERE TRUE) WHERE TRUE) WHERE TRUE',
      {
        items: [
          {
            kind: 'nestedDml',
            statement: { kind: 'update', items: [{ kind: 'nestedDml', statement: { kind: 'delete' } }] },
          },
        ],
      },
    ],
    ['DELETE FROM t WHERE a = 1', { kind: 'delete', alias: null, where: {} }],
    ['DELETE t AS x WHERE x.a = 1 THEN RETURN x.a', { alias: { name: 'x' }, thenReturn: { columns: [{}] } }],
    ['@{pdml_max_parallelism=1} DELETE t@{force_index=_base_table} WHERE TRUE', { hint: {}, tableHint: {} }],
  ])('%s', (text, shape) => {
    expect(dml(text)).toMatchObject(shape);
  });
});
