import * as fs from 'fs';
import * as path from 'path';
import { parseExpression, parseStatementUncached, printExpression, printStatement, SqlStatement } from '../../src/sql';
import { conformanceFiles } from '../support/conformance';
import { stripLoc } from './ast-helpers';

/** Printing then re-parsing gives the same AST (ignoring positions) and a fixed point of the printer. */
function roundTripStatement(text: string, kind: 'query' | 'dml' | 'any' = 'any'): string {
  const first = parseStatementUncached(text, kind) as SqlStatement;
  const printed = printStatement(first);
  const second = parseStatementUncached(printed, kind) as SqlStatement;
  expect(stripLoc(second)).toEqual(stripLoc(first));
  expect(printStatement(second)).toBe(printed);
  return printed;
}

const QUERIES = [
  'SELECT 1',
  'SELECT a, b AS c, t.* EXCEPT (x) REPLACE (1 AS y) FROM t',
  'SELECT DISTINCT a FROM t WHERE a > 1 AND NOT b OR c IS NULL',
  'SELECT (a + b) * c, a - (b - c), a - b - c, -(-a), - -1, ~a, NOT (a AND b)',
  'SELECT (a = b) = c, a < (b < c), (a LIKE b) IS TRUE, (NOT a) = b',
  'SELECT a BETWEEN (b OR c) AND d, a NOT IN (1, 2), a IN UNNEST(@p), a IN (SELECT 1), a IS NOT DISTINCT FROM b',
  "SELECT 'it''s', 'a\\nb\\t\\x01', b'\\x00\\xff\\'', r'\\d', '''x\ny''', 'é😀'",
  'SELECT `select`.`from`, `a b`.c, t.select, @`p q`, @@sys',
  'SELECT (a).b, f(x).y, arr[OFFSET(0)].z, (a + b).c, [1][SAFE_ORDINAL(1)]',
  "SELECT CASE WHEN a THEN 1 ELSE 2 END, CASE a WHEN 1 THEN 'x' END",
  'SELECT CAST(a AS ARRAY<STRUCT<x INT64, STRING(MAX)>>), SAFE_CAST(b AS my.Enum)',
  "SELECT EXTRACT(WEEK(MONDAY) FROM d), EXTRACT(HOUR FROM ts AT TIME ZONE 'UTC'), INTERVAL 1 + 1 DAY, INTERVAL '1-2' YEAR TO MONTH",
  "SELECT DATE '2020-01-01', TIMESTAMP '2020-01-01 00:00:00Z', NUMERIC '1.5', BIGNUMERIC '2', JSON '{\"a\": 1}'",
  'SELECT [1, 2], ARRAY<INT64>[], ARRAY(SELECT 1), STRUCT(1 AS a, 2), STRUCT<a INT64>(1), STRUCT<>(), (1, 2), EXISTS(SELECT 1)',
  'SELECT COUNT(*), COUNT(DISTINCT a), SAFE.SUBSTR(a, 1), NET.HOST(u), SAFE.NET.HOST(u), IF(a, 1, 2), LEFT(s, 1)',
  "SELECT ARRAY_AGG(DISTINCT x IGNORE NULLS HAVING MAX y ORDER BY z DESC NULLS LAST LIMIT 3), STRING_AGG(s, ',') @{DISABLE_INLINE=TRUE}",
  'SELECT ARRAY_FILTER(a, e -> e > 0), ARRAY_TRANSFORM(a, (e, i) -> e + i), SEARCH(t, @q, enhance_query => TRUE), GET_NEXT_SEQUENCE_VALUE(SEQUENCE s)',
  'SELECT WITH(a AS 1, b AS a + 1, a * b), NEW x.Y(1 AS a), NEW x.Y {a: 1, b: {c: 2}, (ext.f): 3}, REPLACE_FIELDS(p, 1 AS a.b)',
  'SELECT AS STRUCT 1 AS a',
  'SELECT AS VALUE STRUCT(1 AS a)',
  'SELECT AS pkg.Msg 1 AS i',
  'WITH a AS (SELECT 1 AS x), b AS (SELECT x FROM a) SELECT * FROM b ORDER BY x DESC LIMIT 10 OFFSET @o',
  'WITH RECURSIVE a AS (SELECT 1) SELECT * FROM a',
  'SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3',
  '(SELECT 1 UNION ALL SELECT 2) UNION DISTINCT SELECT 3',
  'SELECT 1 EXCEPT DISTINCT (SELECT 2 INTERSECT ALL SELECT 3)',
  '(SELECT 1 LIMIT 1) UNION ALL (SELECT 2 ORDER BY 1)',
  '((SELECT 1 ORDER BY 1) LIMIT 2)',
  'SELECT * FROM a, b CROSS JOIN c LEFT JOIN d ON TRUE FULL OUTER JOIN e USING (x, y) RIGHT HASH JOIN f ON TRUE',
  'SELECT * FROM a JOIN (b JOIN c ON b.x = c.x) ON a.x = b.x',
  'SELECT * FROM a JOIN @{JOIN_METHOD=APPLY_JOIN} b ON TRUE',
  'SELECT * FROM t@{FORCE_INDEX=i} AS x TABLESAMPLE BERNOULLI (10 PERCENT), UNNEST(x.arr) AS v WITH OFFSET AS o',
  'SELECT * FROM (SELECT 1) AS s TABLESAMPLE RESERVOIR (5 ROWS), t.arr WITH OFFSET',
  "SELECT CAST(d AS STRING FORMAT 'YYYY') FROM t TABLESAMPLE BERNOULLI (1 PERCENT) REPEATABLE(7)",
  'SELECT * FROM ML.PREDICT(MODEL m, TABLE t, STRUCT(1 AS k)) @{remote_udf_max_rows_per_rpc=1} AS p',
  'SELECT * FROM SAFE.ML.PREDICT(MODEL m, (SELECT 1 AS c))',
  'SELECT a FROM t GROUP @{GROUP_METHOD=STREAM_GROUP} BY a, ROLLUP(b, c) HAVING COUNT(*) > 1',
  "SELECT a FROM t ORDER BY a COLLATE 'und:ci' ASC NULLS FIRST FOR UPDATE",
  'FROM Singers',
  '@{spanner.optimizer_version=5} SELECT 1',
  'SELECT (SELECT 1 UNION ALL SELECT 2) + 3',
  'SELECT * FROM ((SELECT 1) UNION ALL (SELECT 2))',
];

const DML = [
  'INSERT INTO t (a, b) VALUES (1, DEFAULT), (@p, NULL)',
  'INSERT OR IGNORE INTO t (a) SELECT a FROM u',
  'INSERT OR UPDATE INTO t (a) VALUES (1) THEN RETURN WITH ACTION AS act *',
  'INSERT INTO t (a) (SELECT 1 UNION ALL SELECT 2)',
  'INSERT INTO t@{force_index=_base_table} (a) VALUES (1) ON CONFLICT (a) DO UPDATE SET a = 2 WHERE a > 0 ASSERT_ROWS_MODIFIED 1 THEN RETURN a',
  'INSERT INTO t (a) VALUES (1) ON CONFLICT ON UNIQUE CONSTRAINT c DO NOTHING',
  'UPDATE t AS x SET x.a = DEFAULT, b = b + 1 WHERE TRUE THEN RETURN *',
  'UPDATE s SET (INSERT s.arr (v) VALUES (1)), (UPDATE s.other o SET o.v = 1 WHERE TRUE) WHERE s.id = 1',
  '@{pdml_max_parallelism=1} DELETE FROM t@{force_index=i} AS x WHERE x.a IN (SELECT 1) ASSERT_ROWS_MODIFIED 3',
];

describe('printer round trips', () => {
  test.each(QUERIES)('query %s', (text) => {
    roundTripStatement(text, 'query');
  });

  test.each(DML)('dml %s', (text) => {
    roundTripStatement(text, 'dml');
  });

  test('printing is canonical', () => {
    expect(
      roundTripStatement('select a<>b, "x" from t as u left outer join v on true where a not like \'x\' limit 1'),
    ).toBe("SELECT a != b, 'x' FROM t AS u LEFT JOIN v ON TRUE WHERE a NOT LIKE 'x' LIMIT 1");
    expect(roundTripStatement('delete t where x = 1')).toBe('DELETE FROM t WHERE x = 1');
  });

  const read = (f: string): string => fs.readFileSync(f, 'utf8');
  const good = (dir: string): string[] => conformanceFiles(dir).filter((f) => !path.basename(f).startsWith('!bad_'));

  test.each(good('parse/query').map((f) => [path.basename(f), f]))('conformance query %s', (_name, file) => {
    roundTripStatement(read(file), 'query');
  });

  test.each(good('parse/dml').map((f) => [path.basename(f), f]))('conformance dml %s', (_name, file) => {
    roundTripStatement(read(file), 'dml');
  });

  test.each(good('parse/expr').map((f) => [path.basename(f), f]))('conformance expr %s', (_name, file) => {
    const first = parseExpression(read(file));
    const second = parseExpression(printExpression(first));
    expect(stripLoc(second)).toEqual(stripLoc(first));
  });
});
