/**
 * Defines the jest suite for the DDL conformance cases over any apply function: one test per case
 * of a built feature (it must pass), one test that runs the others (they must not crash), and a
 * summary printed at the end of what ran: per file, passing / failing / not yet built, then the
 * not-yet-built cases with the features they wait for. Each test stands alone (`-t` runs it).
 */

import { Code } from '../../src/errors/codes';
import {
  expectationOf,
  loadConformanceCases,
  normalizeOutput,
  outcomeMatches,
  outcomeText,
  type ConformanceCase,
  type DdlApplier,
} from './ddl-conformance-runner';

export function describeDdlConformance(title: string, apply: DdlApplier): void {
  const cases = loadConformanceCases();
  const results = new Map<ConformanceCase, boolean>();
  const built = cases.filter((c) => c.unbuilt.length === 0);
  const unbuilt = cases.filter((c) => c.unbuilt.length > 0);

  describe(title, () => {
    it.each(built.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
      const outcome = await apply(c.statements);
      results.set(c, outcomeMatches(c, outcome));
      if (!outcomeMatches(c, outcome)) {
        const code = outcome.ok ? '' : `${Code[outcome.code]}: `;
        expect(code + normalizeOutput(outcomeText(outcome))).toBe(normalizeOutput(expectationOf(c).text));
      }
    });

    // Self-contained (it passes when run alone): a crash is an exception from apply, or INTERNAL
    // over the RPC path; any other outcome is only counted for the summary.
    it('runs the cases of features not yet built without crashing', async () => {
      for (const c of unbuilt) {
        const outcome = await apply(c.statements);
        results.set(c, outcomeMatches(c, outcome));
        expect({ id: c.id, internal: !outcome.ok && outcome.code === Code.INTERNAL }).toEqual({
          id: c.id,
          internal: false,
        });
      }
    });

    afterAll(() => {
      console.log(summary(cases, results));
    });
  });
}

function summary(cases: readonly ConformanceCase[], results: ReadonlyMap<ConformanceCase, boolean>): string {
  const lines = ['DDL conformance per file: passing / failing (built features) / not yet built (of which passing)'];
  for (const file of [...new Set(cases.map((c) => c.file))]) {
    const own = cases.filter((c) => c.file === file);
    const ready = own.filter((c) => c.unbuilt.length === 0);
    const pass = ready.filter((c) => results.get(c) === true).length;
    const fail = ready.filter((c) => results.get(c) === false).length;
    const notBuilt = own.filter((c) => c.unbuilt.length > 0);
    const notBuiltPassing = notBuilt.filter((c) => results.get(c) === true).length;
    const notRun = own.filter((c) => !results.has(c)).length;
    const skipped = notRun === 0 ? '' : `, ${notRun} not run`;
    lines.push(`  ${file}: ${pass} / ${fail} / ${notBuilt.length} (${notBuiltPassing})${skipped}`);
  }
  lines.push('Not yet built:');
  for (const c of cases.filter((x) => x.unbuilt.length > 0)) {
    lines.push(`  ${c.id} ${results.get(c) === true ? 'passes' : 'fails'}: ${c.unbuilt.join(', ')}`);
  }
  return lines.join('\n');
}
