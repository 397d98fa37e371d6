/**
 * Expression evaluation speed: nanoseconds per row for typical column expressions (a CHECK
 * constraint, a generated column), compiled once and evaluated over many rows, each against a
 * baseline measured in the same run: the same logic written directly in JavaScript over the same
 * row arrays, which is the floor any interpreter of the typed tree pays on top of.
 */
import { parseAndAnalyzeExpression, scalar } from '../src/engine/query/analyzer/index';
import { compileExpression, evalContext } from '../src/engine/query/evaluator/index';
import type { SpannerValue } from '../src/types/spanner-value';
import type { BenchFigure } from './run';

const COLUMNS = [
  { name: 'Price', type: scalar('INT64') },
  { name: 'Name', type: scalar('STRING') },
  { name: 'Rate', type: scalar('FLOAT64') },
];

const ROWS: SpannerValue[][] = Array.from({ length: 10_000 }, (_, i) => [BigInt(i), `name-${i}`, i / 7]);

function nanosPerRow(evaluate: (row: SpannerValue[]) => unknown, minMs = 300): number {
  for (const row of ROWS) evaluate(row);
  let rows = 0;
  const start = process.hrtime.bigint();
  const limit = BigInt(minMs) * 1_000_000n;
  while (process.hrtime.bigint() - start < limit) {
    for (const row of ROWS) evaluate(row);
    rows += ROWS.length;
  }
  return Number(process.hrtime.bigint() - start) / rows;
}

function compiled(text: string): (row: SpannerValue[]) => unknown {
  const evaluator = compileExpression(parseAndAnalyzeExpression({ columns: COLUMNS, text }));
  const ctx = evalContext({ statementTime: 0n });
  return (row) => evaluator(row, ctx);
}

const INT64_MAX = 2n ** 63n - 1n;

export async function run(): Promise<BenchFigure[]> {
  const check = nanosPerRow(compiled("Price * 2 + 1 > 10 AND STARTS_WITH(Name, 'name-1')"));
  const checkJs = nanosPerRow(([price, name]) => {
    const doubled = (price as bigint) * 2n + 1n;
    if (doubled > INT64_MAX) throw new Error('overflow');
    return doubled > 10n && (name as string).startsWith('name-1');
  });
  const generated = nanosPerRow(compiled("CONCAT(UPPER(Name), '-', CAST(ROUND(Rate, 2) AS STRING))"));
  const generatedJs = nanosPerRow(
    ([, name, rate]) => `${(name as string).toUpperCase()}-${Math.round((rate as number) * 100) / 100}`,
  );
  return [
    {
      name: 'check constraint (ns/row)',
      value: check,
      unit: 'ns',
      baseline: { name: 'hand-written JS', value: checkJs },
    },
    {
      name: 'generated column (ns/row)',
      value: generated,
      unit: 'ns',
      baseline: { name: 'hand-written JS', value: generatedJs },
    },
  ];
}
