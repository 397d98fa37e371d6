/** CREATE [OR REPLACE] VIEW and DROP VIEW: analysis of the body, output columns, GetDatabaseDdl. */

import { catalogAfter, compact, ddlAfter, errorOf } from './objects-test-helpers';

const T =
  'CREATE TABLE T (K INT64 NOT NULL, V STRING(MAX), A ARRAY<INT64>, S STRUCT<x INT64, y STRING(MAX)>) PRIMARY KEY (K)';
const view = (name: string, body: string) => `CREATE VIEW ${name} SQL SECURITY INVOKER AS ${body}`;

describe('CREATE VIEW', () => {
  it.each([
    ['a constant query', [view('V', 'SELECT 1 AS a')], 'CREATE VIEW V SQL SECURITY INVOKER AS SELECT 1 AS a'],
    [
      'SQL SECURITY DEFINER',
      [T, 'CREATE VIEW V SQL SECURITY DEFINER AS SELECT T.K FROM T'],
      'CREATE VIEW V SQL SECURITY DEFINER AS SELECT T.K FROM T',
    ],
    [
      'a value table',
      [view('V', 'SELECT AS VALUE "abc"')],
      'CREATE VIEW V SQL SECURITY INVOKER AS SELECT AS VALUE "abc"',
    ],
    [
      'a join with ON',
      [T, view('V', 'SELECT a.K, b.V FROM T AS a JOIN T AS b ON a.K = b.K')],
      'FROM T AS a JOIN T AS b ON a.K = b.K',
    ],
    [
      'UNNEST of an array column',
      [T, view('V', 'SELECT x, o FROM T, UNNEST(T.A) AS x WITH OFFSET AS o')],
      'UNNEST(T.A) AS x',
    ],
    [
      'a correlated subquery',
      [T, view('V', 'SELECT T.K FROM T WHERE EXISTS (SELECT 1 FROM T AS u WHERE u.K = T.K)')],
      'WHERE EXISTS',
    ],
    ['struct fields', [T, view('V', 'SELECT T.S.x AS sx, T.S.y FROM T')], 'SELECT T.S.x AS sx, T.S.y FROM T'],
    [
      'select aliases in GROUP BY and ORDER BY',
      [T, view('V', 'SELECT T.K AS k, COUNT(*) AS n FROM T GROUP BY k ORDER BY n')],
      'GROUP BY k ORDER BY n',
    ],
    ['inferred names in ORDER BY', [T, view('V', 'SELECT x.V FROM T AS x ORDER BY V')], 'ORDER BY V'],
    ['lambda parameters', [T, view('V', 'SELECT ARRAY_TRANSFORM(T.A, e -> e + 1) AS b FROM T')], 'ARRAY_TRANSFORM'],
    ['a subquery in FROM', [T, view('V', 'SELECT s.K FROM (SELECT T.K FROM T) AS s')], 'FROM (SELECT T.K FROM T) AS s'],
    [
      'a table through its synonym',
      ['CREATE TABLE T (K INT64, SYNONYM(Syn)) PRIMARY KEY (K)', view('V', 'SELECT Syn.K FROM Syn')],
      'SELECT Syn.K FROM Syn',
    ],
    [
      'a view in a named schema',
      ['CREATE SCHEMA sch', view('sch.V', 'SELECT 1 AS a')],
      'CREATE VIEW sch.V SQL SECURITY INVOKER AS SELECT 1 AS a',
    ],
  ])('accepts %s', (_name, statements, expected) => {
    expect(compact(ddlAfter(statements)).at(-1)).toContain(expected);
  });

  it("lets a query name a subquery's columns bare, and records what they read", () => {
    const body = 'SELECT kprime1 + 1 AS kprime2 FROM (SELECT T.K + 1 AS kprime1 FROM T)';
    const catalog = catalogAfter([T, view('V', body), view('W', 'SELECT y FROM (SELECT T.V AS y FROM T) AS s')]);
    expect(catalog.views.get('v')?.columns).toEqual([{ name: 'kprime2', type: { kind: 'scalar', name: 'INT64' } }]);
    expect(catalog.views.get('w')?.columns).toEqual([{ name: 'y', type: { kind: 'scalar', name: 'STRING' } }]);
    expect(catalog.views.get('w')?.dependencies).toContainEqual({ kind: 'column', table: 'T', column: 'V' });
  });

  it('keeps the body exactly as written', () => {
    expect(ddlAfter([T, view('V', 'SELECT   t.K  AS k\n  FROM T t')]).at(-1)).toBe(
      'CREATE VIEW V SQL SECURITY INVOKER AS SELECT   t.K  AS k\n  FROM T t',
    );
  });

  it('records output columns with their types and what the view reads', () => {
    const catalog = catalogAfter([T, view('V', 'SELECT T.K AS k, T.V, T.K + 0.5 AS f, [1] AS arr, NULL AS n FROM T')]);
    const v = catalog.views.get('v');
    expect(v?.columns).toEqual([
      { name: 'k', type: { kind: 'scalar', name: 'INT64' } },
      { name: 'V', type: { kind: 'scalar', name: 'STRING' } },
      { name: 'f', type: { kind: 'scalar', name: 'FLOAT64' } },
      { name: 'arr', type: { kind: 'array', element: { kind: 'scalar', name: 'INT64' } } },
      { name: 'n', type: { kind: 'scalar', name: 'INT64' } },
    ]);
    expect(v?.dependencies).toEqual([
      { kind: 'table', name: 'T' },
      { kind: 'column', table: 'T', column: 'K' },
      { kind: 'column', table: 'T', column: 'V' },
    ]);
  });

  const site = (body: string, column: number) =>
    ` [at 1:${column}]\nCREATE VIEW \`V\` SQL SECURITY INVOKER AS ${body}\n${' '.repeat(column - 1)}^`;

  it.each([
    [
      'a missing SQL SECURITY clause',
      ['CREATE VIEW V AS SELECT 1 AS a'],
      'INVALID_ARGUMENT: View `V` is missing the SQL SECURITY clause.',
    ],
    [
      'an unqualified column',
      [T, view('V', 'SELECT K FROM T')],
      'INVALID_ARGUMENT: Error analyzing the definition of view `V`: Alias K cannot be used without a qualifier in strict name resolution mode' +
        site('SELECT K FROM T', 48),
    ],
    [
      'an unqualified column of a view',
      [T, view('W', 'SELECT T.K AS k FROM T'), view('V', 'SELECT k FROM (SELECT k FROM W)')],
      'INVALID_ARGUMENT: Error analyzing the definition of view `V`: Alias k cannot be used without a qualifier in strict name resolution mode' +
        site('SELECT k FROM (SELECT k FROM W)', 63),
    ],
    [
      'an unknown name',
      [view('V', 'SELECT ERROR')],
      'INVALID_ARGUMENT: Error analyzing the definition of view `V`: Unrecognized name: ERROR' +
        site('SELECT ERROR', 48),
    ],
    [
      'an unknown column',
      [T, view('V', 'SELECT T.e FROM T')],
      'INVALID_ARGUMENT: Error analyzing the definition of view `V`: Name e not found inside T' +
        site('SELECT T.e FROM T', 50),
    ],
    [
      'an unknown table',
      [view('V', 'SELECT 1 AS a FROM Missing')],
      'INVALID_ARGUMENT: Error analyzing the definition of view `V`: Table not found: Missing' +
        site('SELECT 1 AS a FROM Missing', 60),
    ],
    [
      'an unknown type',
      [view('V', 'SELECT CAST(1 AS INT32) AS OUT')],
      'INVALID_ARGUMENT: Error analyzing the definition of view `V`: Type not found: INT32' +
        site('SELECT CAST(1 AS INT32) AS OUT', 58),
    ],
    [
      'an unknown function',
      [view('V', 'SELECT FOO(1) AS x')],
      'INVALID_ARGUMENT: Error analyzing the definition of view `V`: Function not found: FOO' +
        site('SELECT FOO(1) AS x', 48),
    ],
    [
      'an unnamed column',
      [view('V', 'SELECT TRUE')],
      'INVALID_ARGUMENT: Error analyzing the definition of view `V`: CREATE VIEW columns must be named, but column 1 has no name' +
        site('SELECT TRUE', 41),
    ],
    [
      'duplicate columns',
      [view('V', 'SELECT 1 AS a, 2 AS A')],
      'INVALID_ARGUMENT: Error analyzing the definition of view `V`: CREATE VIEW has columns with duplicate name A' +
        site('SELECT 1 AS a, 2 AS A', 41),
    ],
    [
      'a query parameter',
      [view('V', 'SELECT @p AS x')],
      'INVALID_ARGUMENT: Error analyzing the definition of view `V`: Query parameters cannot be used inside SQL view bodies' +
        site('SELECT @p AS x', 48),
    ],
    [
      'SELECT *',
      [T, view('V', 'SELECT * FROM T')],
      'INVALID_ARGUMENT: Error analyzing the definition of view `V`: SELECT * is not allowed in strict name resolution mode' +
        site('SELECT * FROM T', 48),
    ],
    [
      'a dot-star',
      [T, view('V', 'SELECT T.* FROM T')],
      'INVALID_ARGUMENT: Error analyzing the definition of view `V`: Dot-star is not allowed in strict name resolution mode' +
        site('SELECT T.* FROM T', 48),
    ],
    [
      'a WITH clause',
      [view('V', 'WITH w AS (SELECT 1 AS one) SELECT 2 AS two')],
      'INVALID_ARGUMENT: Error analyzing the definition of view `V`: WITH clauses are unsupported in view definitions.',
    ],
    [
      'a builtin function name',
      [view('MOD', 'SELECT 1 AS a')],
      'FAILED_PRECONDITION: Cannot create a View with the same name as builtin function `MOD`. This may be supported in a future release.',
    ],
    ['a name in use', [T, view('t', 'SELECT 1 AS a')], 'FAILED_PRECONDITION: Duplicate name in schema: t.'],
    [
      'a second view of the same name',
      [view('V', 'SELECT 1 AS a'), view('v', 'SELECT 1 AS a')],
      'FAILED_PRECONDITION: Duplicate name in schema: v.',
    ],
    ['a missing named schema', [view('sch.V', 'SELECT 1 AS a')], 'NOT_FOUND: Schema not found: sch'],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });

  it.each([
    [
      'JOIN USING',
      [T, view('V', 'SELECT a.K FROM T AS a JOIN T AS b USING (K)')],
      'Column name K cannot be used without a qualifier in strict name resolution mode. Use JOIN ON with a qualified name instead',
    ],
    [
      'a mismatched UNION',
      [view('V', 'SELECT 1 AS x UNION ALL SELECT 2 AS y, 3 AS z')],
      'Queries in UNION ALL have mismatched column count; query 1 has 1 column, query 2 has 2 columns [at 1:65]',
    ],
    [
      'a UNION of incompatible types',
      [view('V', 'SELECT 1 AS x UNION ALL SELECT "a"')],
      'Column 1 in UNION ALL has incompatible types: INT64, STRING [at 1:41]',
    ],
    [
      'an unknown index hint',
      [T, view('V', 'SELECT T.K FROM T@{FORCE_INDEX=Nope}')],
      'The table T does not have a secondary index called Nope',
    ],
    [
      'GET_NEXT_SEQUENCE_VALUE',
      [
        "CREATE SEQUENCE s OPTIONS (sequence_kind = 'bit_reversed_positive')",
        view('V', 'SELECT GET_NEXT_SEQUENCE_VALUE(SEQUENCE s) AS x'),
      ],
      'INVALID_ARGUMENT: Error analyzing the definition of view `V`: The following functions can only be used in a read-write or partitioned-dml transaction. Current transaction type is ReadOnly: get_next_sequence_value',
    ],
    [
      'an unknown sequence',
      [view('V', 'SELECT GET_INTERNAL_SEQUENCE_STATE(SEQUENCE s) AS x')],
      'Sequence not found: s',
    ],
    [
      'an unqualified column in WHERE',
      [T, view('V', 'SELECT T.K FROM T WHERE V IS NULL')],
      'Alias V cannot be used without a qualifier',
    ],
    [
      'a bare name two subqueries have',
      [T, view('V', 'SELECT K FROM (SELECT T.K FROM T), (SELECT T.K FROM T)')],
      'Column name K is ambiguous [at 1:48]',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toContain(expected);
  });
});

describe('CREATE VIEW refuses lock modes and calls no signature accepts', () => {
  it.each([
    [
      'FOR UPDATE on the query',
      'SELECT T.K FROM T FOR UPDATE',
      'Syntax error: Unexpected lock mode in query [at 1:41]',
    ],
    [
      'FOR UPDATE in a subquery, before names are resolved',
      'SELECT x.Nope FROM (SELECT T.K FROM T FOR UPDATE) AS x',
      'Syntax error: Unexpected lock mode in query [at 1:41]',
    ],
    [
      'a function over the wrong type',
      'SELECT CHAR_LENGTH(T.K) AS n FROM T',
      'No matching signature for function CHAR_LENGTH for argument types: INT64. Supported signature: CHAR_LENGTH(STRING) [at 1:48]',
    ],
    [
      'comparing unrelated types',
      'SELECT T.K = T.V AS same FROM T',
      'No matching signature for operator = for argument types: INT64, STRING. Supported signature: ANY = ANY [at 1:48]',
    ],
    [
      'comparing arrays',
      'SELECT T.A = T.A AS same FROM T',
      'Equality is not defined for arguments of type ARRAY<INT64> [at 1:48]',
    ],
  ])('%s', (_name, body, detail) => {
    expect(errorOf([T, view('w', body)])).toContain(
      `INVALID_ARGUMENT: Error analyzing the definition of view \`w\`: ${detail}`,
    );
  });

  it('accepts calls whose argument types are not all known', () => {
    expect(errorOf([T, view('w', 'SELECT LENGTH(T.V) AS n, T.K + 1.5 AS f, COALESCE(T.K, NULL) AS c FROM T')])).toBe(
      'OK',
    );
  });
});

describe('CREATE OR REPLACE VIEW', () => {
  it('replaces the definition in place, taking the new spelling of the name', () => {
    const ddl = ddlAfter([
      view('V0', 'SELECT 0 AS a'),
      view('W', 'SELECT 1 AS b'),
      'CREATE OR REPLACE VIEW v0 SQL SECURITY INVOKER AS (SELECT 2 AS a)',
    ]);
    expect(ddl).toEqual([
      'CREATE VIEW v0 SQL SECURITY INVOKER AS (SELECT 2 AS a)',
      'CREATE VIEW W SQL SECURITY INVOKER AS SELECT 1 AS b',
    ]);
  });

  it('prints views after the views they read', () => {
    const ddl = ddlAfter([
      view('V0', 'SELECT 1 AS a'),
      view('V1', 'SELECT V0.a FROM V0'),
      view('V2', 'SELECT 3 AS a'),
      'CREATE OR REPLACE VIEW V1 SQL SECURITY INVOKER AS SELECT V2.a FROM V2',
    ]);
    expect(ddl.map((s) => s.split(' ')[2])).toEqual(['V0', 'V2', 'V1']);
  });

  it('keeps dependents whose output does not change', () => {
    const ddl = ddlAfter([
      view('V', 'SELECT TRUE AS T'),
      view('D', 'SELECT CAST(V.T AS BOOL) AS C FROM V'),
      'CREATE OR REPLACE VIEW V SQL SECURITY INVOKER AS SELECT 1 AS T',
    ]);
    expect(ddl).toHaveLength(2);
  });

  it.each([
    [
      'a new definition that does not analyze',
      [view('V', 'SELECT 1 AS a'), 'CREATE OR REPLACE VIEW V SQL SECURITY INVOKER AS SELECT ERROR'],
      'FAILED_PRECONDITION: Cannot replace VIEW `V` because new definition is invalid with the following diagnostic message:\n\nUnrecognized name: ERROR' +
        ' [at 1:48]\nCREATE VIEW `V` SQL SECURITY INVOKER AS SELECT ERROR\n                                               ^',
    ],
    [
      'a recursive definition',
      [
        view('V', 'SELECT 1 AS a'),
        view('V2', 'SELECT V.a FROM V'),
        'CREATE OR REPLACE VIEW V SQL SECURITY INVOKER AS SELECT V2.a FROM V2',
      ],
      'FAILED_PRECONDITION: Cannot replace VIEW `V` because new definition is recursive.',
    ],
    [
      'a self reference',
      [view('V', 'SELECT 1 AS a'), 'CREATE OR REPLACE VIEW V SQL SECURITY INVOKER AS SELECT V.a FROM V'],
      'FAILED_PRECONDITION: Cannot replace VIEW `V` because new definition is recursive.',
    ],
    [
      'breaking a dependent view',
      [
        view('V', 'SELECT 1 AS a'),
        view('V2', 'SELECT V.a FROM V'),
        'CREATE OR REPLACE VIEW V SQL SECURITY INVOKER AS SELECT 1 AS b',
      ],
      'FAILED_PRECONDITION: Cannot alter VIEW `V`. The new definition causes the definition of VIEW `V2` to become invalid with the following diagnostic message: Name a not found inside V' +
        ' [at 1:51]\nCREATE VIEW `V2` SQL SECURITY INVOKER AS SELECT V.a FROM V\n                                                  ^',
    ],
    [
      'retyping a dependent view',
      [
        view('V', '(SELECT 1 AS a)'),
        view('V2', '((SELECT V.a FROM V))'),
        'CREATE OR REPLACE VIEW V SQL SECURITY INVOKER AS (SELECT "abc" AS a)',
      ],
      'FAILED_PRECONDITION: Cannot alter VIEW `V`. Action would implicitly change the type of an output column for VIEW `V2` from `INT64` to `STRING`.\n' +
        'Tip: Give explicit type to output columns in the VIEW definition before making this change by adding casts/conversions to the intended final output type.',
    ],
    [
      'a computed type change',
      [
        T,
        view('F', 'SELECT T.K + 1.5 AS x FROM T'),
        view('B', 'SELECT F.x FROM F'),
        'CREATE OR REPLACE VIEW F SQL SECURITY INVOKER AS SELECT 1 AS x',
      ],
      'FAILED_PRECONDITION: Cannot alter VIEW `F`. Action would implicitly change the type of an output column for VIEW `B` from `FLOAT64` to `INT64`.\n' +
        'Tip: Give explicit type to output columns in the VIEW definition before making this change by adding casts/conversions to the intended final output type.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });
});

describe('DROP VIEW', () => {
  it('drops a view, and IF EXISTS tolerates a missing one', () => {
    expect(ddlAfter([view('V', 'SELECT 1 AS a'), 'DROP VIEW V', 'DROP VIEW IF EXISTS V'])).toEqual([]);
  });

  it.each([
    ['a missing view', ['DROP VIEW V'], 'NOT_FOUND: View not found: V'],
    [
      'a view another view reads (after a replace)',
      [
        view('V1', 'SELECT AS VALUE "abc"'),
        view('V2', 'SELECT 1 AS A FROM V1'),
        'CREATE OR REPLACE VIEW V1 SQL SECURITY INVOKER AS SELECT AS VALUE "xyz"',
        'DROP VIEW V1',
      ],
      'FAILED_PRECONDITION: Cannot drop VIEW `V1` on which there are dependent views: V2.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });
});
