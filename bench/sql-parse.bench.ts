/**
 * Parser speed: microseconds per uncached parse of typical statements (about 300 characters),
 * each against baselines measured in the same run: the lexer alone on the same text, and
 * JSON.parse of a JSON text of the same length.
 */
import { parseStatementUncached, tokenize } from '../src/sql';
import type { BenchFigure } from './run';

const QUERIES: Record<string, string> = {
  'select-join': `SELECT s.SingerId, s.FirstName, s.LastName, a.AlbumTitle, a.MarketingBudget
FROM Singers AS s JOIN Albums@{FORCE_INDEX=AlbumsByAlbumTitle} AS a ON s.SingerId = a.SingerId
WHERE s.LastName LIKE @lastName AND a.MarketingBudget > 1000 AND s.SingerId IN (1, 2, 3)
ORDER BY a.AlbumTitle DESC NULLS LAST LIMIT 100 OFFSET @offset`,
  'aggregate-subquery': `WITH recent AS (SELECT SingerId, COUNT(*) AS n, ARRAY_AGG(AlbumTitle ORDER BY ReleaseDate DESC LIMIT 3) AS titles
FROM Albums WHERE ReleaseDate >= DATE '2020-01-01' GROUP BY SingerId HAVING COUNT(*) > 1)
SELECT r.SingerId, r.n, r.titles[SAFE_OFFSET(0)] AS latest, CASE WHEN r.n > 10 THEN 'many' ELSE 'few' END AS bucket
FROM recent AS r`,
  'dml-insert': `INSERT INTO Singers (SingerId, FirstName, LastName, BirthDate, SingerInfo, Tags)
VALUES (@id1, 'Marc', 'Richards', DATE '1970-09-03', NULL, ['rock', 'pop']),
       (@id2, 'Catalina', 'Smith', DATE '1990-08-17', b'\\x01\\x02', ARRAY<STRING>[]),
       (@id3, 'Alice', 'Trentor', CAST(@bd AS DATE), NULL, ['jazz'])
THEN RETURN SingerId, FirstName`,
};

function microsPerCall(fn: () => unknown, minMs = 300): number {
  for (let i = 0; i < 2000; i++) fn();
  let calls = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  const limit = BigInt(minMs) * 1_000_000n;
  while (elapsed < limit) {
    for (let i = 0; i < 500; i++) fn();
    calls += 500;
    elapsed = process.hrtime.bigint() - start;
  }
  return Number(elapsed) / 1000 / calls;
}

/** A JSON document of about `length` characters. */
function jsonOfLength(length: number): string {
  const items: { id: number; name: string; tags: string[] }[] = [];
  let text = '[]';
  for (let i = 0; text.length < length; i++) {
    items.push({ id: i, name: `name${i}`, tags: ['a', 'b'] });
    text = JSON.stringify(items);
  }
  return text;
}

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const [name, sql] of Object.entries(QUERIES)) {
    const json = jsonOfLength(sql.length);
    const lexer = microsPerCall(() => tokenize(sql));
    const jsonParse = microsPerCall(() => JSON.parse(json));
    const parse = microsPerCall(() => parseStatementUncached(sql));
    figures.push({
      name: `parse ${name} (${sql.length} chars)`,
      value: parse,
      unit: 'µs',
      baseline: { name: 'lexer alone', value: lexer },
    });
    figures.push({
      name: `parse ${name} (${sql.length} chars)`,
      value: parse,
      unit: 'µs',
      baseline: { name: `JSON.parse of ${json.length} chars`, value: jsonParse },
    });
  }
  return figures;
}
