/** Query shapes a view body may take: each must analyze without error. */

import { errorOf } from './objects-test-helpers';

const T = 'CREATE TABLE t (c STRING(MAX), d INT64, ts TIMESTAMP, j JSON, a ARRAY<INT64>) PRIMARY KEY ()';
const U = 'CREATE TABLE u (d INT64, e BOOL) PRIMARY KEY ()';

describe('view bodies', () => {
  it.each([
    'SELECT t.c FROM t WHERE t.d IN (SELECT x.d FROM t AS x)',
    'SELECT ARRAY_AGG(t.c) AS a FROM t',
    "SELECT IF(t.d > 0, 'a', 'b') AS x FROM t",
    'SELECT CASE WHEN t.d > 0 THEN 1 ELSE 0 END AS x FROM t',
    'SELECT t.c, u.e FROM t LEFT JOIN u ON t.d = u.d',
    'SELECT t.c FROM t CROSS JOIN u',
    'SELECT DISTINCT t.c FROM t ORDER BY t.c LIMIT 10 OFFSET 2',
    'SELECT t.c, COUNT(*) AS n FROM t GROUP BY t.c HAVING COUNT(*) > 1',
    'SELECT EXTRACT(YEAR FROM t.ts) AS y FROM t',
    'SELECT CURRENT_TIMESTAMP() AS now',
    'SELECT STRUCT(t.c AS x).x AS y FROM t',
    'SELECT s.x FROM UNNEST([STRUCT(1 AS x)]) AS s',
    'SELECT t.c FROM t@{FORCE_INDEX=_BASE_TABLE}',
    'SELECT SAFE_CAST(t.d AS STRING) AS s FROM t',
    "SELECT JSON_VALUE(t.j, '$.a') AS v FROM t",
    'SELECT t.d AS d FROM t UNION ALL SELECT u.d FROM u UNION ALL SELECT 1.5 ORDER BY d',
    'SELECT t.a[OFFSET(0)] AS first FROM t',
    'SELECT ARRAY(SELECT x FROM UNNEST(t.a) AS x WHERE x > 1) AS big FROM t',
    'SELECT (SELECT COUNT(*) FROM u WHERE u.d = t.d) AS n FROM t',
    'SELECT t.d FROM t WHERE EXISTS (SELECT 1 FROM UNNEST(t.a) AS x WHERE x = t.d)',
    'SELECT COALESCE(t.c, "none") AS c FROM t',
    'SELECT t.d FROM t AS t JOIN u AS v ON t.d = v.d AND v.e',
    'SELECT t.d FROM t WHERE t.d BETWEEN 1 AND 5 AND t.c LIKE "a%" AND t.c IS NOT NULL',
    'SELECT x.total FROM (SELECT SUM(t.d) AS total FROM t) AS x',
    'SELECT t.d * 2 AS twice, -t.d AS neg, CAST(t.d AS STRING) || "" AS s FROM t',
    "SELECT FORMAT('%d', t.d) AS f, t.ts AS ts FROM t WHERE t.ts > TIMESTAMP '2020-01-01T00:00:00Z'",
    'SELECT t.c FROM t TABLESAMPLE BERNOULLI (10 PERCENT)',
    'SELECT t.d FROM t GROUP BY t.d ORDER BY t.d DESC',
  ])('%s', (body) => {
    expect(errorOf([T, U, `CREATE VIEW v SQL SECURITY INVOKER AS ${body}`])).toBe('OK');
  });
});
