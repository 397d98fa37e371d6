import { parseStatement, printQuery, Query, QueryStatement } from '../../src/sql';
import { sx } from './sexpr';

function query(text: string): Query {
  return (parseStatement(text, 'query') as QueryStatement).query;
}

describe('queries: SELECT', () => {
  test('select list items, aliases and stars', () => {
    const q = query('SELECT a, b AS x, c y, *, t.*, s.f.* EXCEPT (z), * EXCEPT (a, b) REPLACE (1 AS c) FROM t');
    expect(q.body).toMatchObject({
      kind: 'select',
      columns: [
        { kind: 'selectColumn', expr: { kind: 'path' }, alias: null },
        { kind: 'selectColumn', alias: { name: 'x' } },
        { kind: 'selectColumn', alias: { name: 'y' } },
        { kind: 'selectStar', except: null, replace: null },
        { kind: 'selectDotStar', expr: { kind: 'path', parts: [{ name: 't' }] } },
        {
          kind: 'selectDotStar',
          expr: { kind: 'path', parts: [{ name: 's' }, { name: 'f' }] },
          except: [{ name: 'z' }],
        },
        {
          kind: 'selectStar',
          except: [{ name: 'a' }, { name: 'b' }],
          replace: [{ kind: 'starReplacement', alias: { name: 'c' } }],
        },
      ],
    });
  });

  test.each([
    ['SELECT DISTINCT a FROM t', { distinct: true, selectAs: null }],
    ['SELECT ALL a FROM t', { distinct: false }],
    ['SELECT AS STRUCT 1 a, 2 b', { selectAs: { kind: 'asStruct' } }],
    ['SELECT AS VALUE 1', { selectAs: { kind: 'asValue' } }],
    [
      'SELECT AS pkg.Msg 1 AS i',
      { selectAs: { kind: 'asTypeName', path: { parts: [{ name: 'pkg' }, { name: 'Msg' }] } } },
    ],
  ])('%s', (text, shape) => {
    expect(query(text).body).toMatchObject(shape);
  });

  test('a trailing comma ends the select list', () => {
    expect(query('SELECT a, b, FROM t').body).toMatchObject({ columns: [{}, {}], from: { kind: 'tableRef' } });
    expect(query('SELECT 1,').body).toMatchObject({ columns: [{}] });
  });

  test('WHERE, GROUP BY with hint and ROLLUP, HAVING', () => {
    const q = query(
      'SELECT a, COUNT(*) FROM t WHERE b > 1 GROUP @{GROUP_METHOD=HASH_GROUP} BY a, ROLLUP(b, c) HAVING COUNT(*) > 2',
    );
    expect(q.body).toMatchObject({
      where: { kind: 'binary', op: '>' },
      groupBy: {
        hint: { entries: [{ key: { parts: [{ name: 'GROUP_METHOD' }] } }] },
        items: [{ kind: 'path' }, { kind: 'rollup', items: [{}, {}] }],
      },
      having: { kind: 'binary', op: '>' },
    });
  });

  test('ORDER BY, LIMIT / OFFSET and FOR UPDATE belong to the query', () => {
    const q = query(
      "SELECT a FROM t ORDER BY a DESC NULLS LAST, b COLLATE 'en_US' ASC NULLS FIRST, c LIMIT @n OFFSET 5 FOR UPDATE",
    );
    expect(q).toMatchObject({
      orderBy: [
        { direction: 'DESC', nulls: 'LAST', collate: null },
        { direction: 'ASC', nulls: 'FIRST', collate: 'en_US' },
        { direction: null, nulls: null },
      ],
      limit: { count: { kind: 'parameter', name: 'n' }, offset: { kind: 'intLiteral', text: '5' } },
      forUpdate: true,
    });
  });

  test('a FROM-only query', () => {
    expect(query('FROM Singers').body).toMatchObject({ kind: 'fromQuery', from: { kind: 'tableRef' } });
  });
});

describe('queries: WITH and set operations', () => {
  test('several CTEs and WITH RECURSIVE', () => {
    expect(query('WITH a AS (SELECT 1), b AS (SELECT * FROM a) SELECT * FROM b')).toMatchObject({
      with: { recursive: false, ctes: [{ name: { name: 'a' } }, { name: { name: 'b' } }] },
    });
    expect(query('WITH RECURSIVE a AS (SELECT 1) SELECT 1').with?.recursive).toBe(true);
  });

  test.each([
    [
      'SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3',
      { kind: 'setOperation', op: 'UNION', distinct: false, inputs: [{}, {}, {}] },
    ],
    ['SELECT 1 INTERSECT DISTINCT SELECT 2', { kind: 'setOperation', op: 'INTERSECT', distinct: true }],
    [
      'SELECT 1 EXCEPT ALL (SELECT 2 UNION DISTINCT SELECT 3)',
      { op: 'EXCEPT', inputs: [{ kind: 'select' }, { kind: 'setOperation', op: 'UNION' }] },
    ],
    ['(SELECT 1) UNION ALL (SELECT 2 LIMIT 1)', { inputs: [{ kind: 'select' }, { kind: 'query', limit: {} }] }],
    ['((SELECT 1))', { kind: 'select' }],
  ])('%s', (text, shape) => {
    expect(query(text).body).toMatchObject(shape);
  });

  test('a parenthesised query followed by LIMIT', () => {
    const q = query('WITH cte AS (SELECT 1) (SELECT * FROM cte) LIMIT 1');
    expect(q).toMatchObject({ with: {}, body: { kind: 'select' }, limit: {} });
  });

  test('ORDER BY after a set operation applies to the whole', () => {
    const q = query('SELECT a FROM t UNION ALL SELECT a FROM u ORDER BY a');
    expect(q).toMatchObject({ body: { kind: 'setOperation' }, orderBy: [{}] });
  });
});

describe('queries: FROM', () => {
  function from(text: string): unknown {
    const body = query(text).body;
    if (body.kind !== 'select') throw new Error('not a select');
    return body.from;
  }

  test.each([
    [
      'SELECT 1 FROM sch.T AS x',
      { kind: 'tableRef', path: { parts: [{ name: 'sch' }, { name: 'T' }] }, alias: { name: 'x' } },
    ],
    ['SELECT 1 FROM T x', { kind: 'tableRef', alias: { name: 'x' } }],
    [
      'SELECT 1 FROM T@{FORCE_INDEX=Idx} AS x',
      { kind: 'tableRef', hint: { entries: [{ value: { kind: 'path' } }] }, alias: { name: 'x' } },
    ],
    ['SELECT 1 FROM `UNNEST`', { kind: 'tableRef', path: { parts: [{ name: 'UNNEST' }] } }],
    ['SELECT 1 FROM (SELECT 1) AS s', { kind: 'subqueryRef', alias: { name: 's' } }],
    [
      'SELECT 1 FROM UNNEST([1, 2]) AS v WITH OFFSET AS o',
      { kind: 'unnestRef', alias: { name: 'v' }, withOffset: { alias: { name: 'o' } } },
    ],
    [
      'SELECT 1 FROM UNNEST(@a) @{h=1} WITH OFFSET',
      { kind: 'unnestRef', hint: {}, alias: null, withOffset: { alias: null } },
    ],
    ['SELECT 1 FROM t.arr AS a WITH OFFSET off', { kind: 'tableRef', withOffset: { alias: { name: 'off' } } }],
    [
      'SELECT 1 FROM T TABLESAMPLE BERNOULLI (10 PERCENT)',
      { kind: 'tableRef', sample: { method: 'BERNOULLI', unit: 'PERCENT' } },
    ],
    [
      'SELECT 1 FROM T AS x TABLESAMPLE RESERVOIR (@n ROWS)',
      { sample: { method: 'RESERVOIR', unit: 'ROWS', size: { kind: 'parameter' } } },
    ],
    [
      'SELECT 1 FROM ML.PREDICT(MODEL m, TABLE t) @{h=1}',
      {
        kind: 'tvfRef',
        safe: false,
        args: [
          { kind: 'objectArgument', objectKind: 'MODEL' },
          { kind: 'objectArgument', objectKind: 'TABLE' },
        ],
        hint: {},
      },
    ],
    [
      'SELECT 1 FROM SAFE.ML.PREDICT(MODEL m, (SELECT 1 AS x))',
      {
        kind: 'tvfRef',
        safe: true,
        name: { parts: [{ name: 'ML' }, { name: 'PREDICT' }] },
        args: [{}, { kind: 'subquery' }],
      },
    ],
  ])('%s', (text, shape) => {
    expect(from(text)).toMatchObject(shape);
  });

  test.each([
    ['a, b', 'COMMA', null],
    ['a JOIN b ON TRUE', 'INNER', null],
    ['a INNER JOIN b USING (x)', 'INNER', null],
    ['a CROSS JOIN b', 'CROSS', null],
    ['a LEFT JOIN b ON TRUE', 'LEFT', null],
    ['a LEFT OUTER JOIN b ON TRUE', 'LEFT', null],
    ['a RIGHT OUTER JOIN b ON TRUE', 'RIGHT', null],
    ['a FULL JOIN b ON TRUE', 'FULL', null],
    ['a HASH JOIN b ON TRUE', 'INNER', 'HASH'],
    ['a LEFT OUTER HASH JOIN b ON TRUE', 'LEFT', 'HASH'],
    ['a LOOKUP JOIN b ON TRUE', 'INNER', 'LOOKUP'],
  ])('join %s', (items, joinType, method) => {
    expect(from(`SELECT 1 FROM ${items}`)).toMatchObject({
      kind: 'join',
      joinType,
      method,
      left: { kind: 'tableRef' },
      right: { kind: 'tableRef' },
    });
  });

  test('join hints, USING lists and left-associative chains', () => {
    expect(from('SELECT 1 FROM a JOIN @{JOIN_METHOD=HASH_JOIN} b USING (x, y) JOIN c ON TRUE, d')).toMatchObject({
      joinType: 'COMMA',
      left: {
        joinType: 'INNER',
        on: { kind: 'boolLiteral' },
        left: { joinType: 'INNER', hint: {}, using: [{ name: 'x' }, { name: 'y' }] },
      },
      right: { kind: 'tableRef' },
    });
  });

  test('parenthesised joins and queries inside FROM', () => {
    expect(from('SELECT 1 FROM (a JOIN b ON TRUE)')).toMatchObject({ kind: 'join' });
    expect(from('SELECT 1 FROM ((SELECT 1) UNION ALL (SELECT 2)) AS u')).toMatchObject({
      kind: 'subqueryRef',
      alias: { name: 'u' },
      query: { body: { kind: 'setOperation' } },
    });
    expect(from('SELECT 1 FROM ((SELECT 1) JOIN t USING (a))')).toMatchObject({
      kind: 'join',
      left: { kind: 'subqueryRef' },
    });
  });
});

describe('queries: statement hints and printing of embedded queries', () => {
  test('statement hint', () => {
    const s = parseStatement(
      '@{spanner.optimizer_version=5, USE_ADDITIONAL_PARALLELISM=TRUE} SELECT 1',
      'query',
    ) as QueryStatement;
    expect(s.hint?.entries.map((e) => e.key.parts.map((p) => p.name).join('.'))).toEqual([
      'spanner.optimizer_version',
      'USE_ADDITIONAL_PARALLELISM',
    ]);
    expect(s.loc.start).toBe(0);
  });

  test('scalar subqueries with set operations', () => {
    const q = query('SELECT ((SELECT 1) UNION ALL (SELECT 2)) + 3');
    const body = q.body;
    if (body.kind !== 'select' || body.columns[0].kind !== 'selectColumn') throw new Error('shape');
    expect(sx(body.columns[0].expr)).toBe('(+ {SELECT 1 UNION ALL SELECT 2} 3)');
    expect(printQuery(q)).toBe('SELECT (SELECT 1 UNION ALL SELECT 2) + 3');
  });
});
