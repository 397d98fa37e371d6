/**
 * The figures the SQL conformance suite prints at the end. Against this emulator: how many cases
 * pass, how many wait for which feature, and the time taken. Against an external emulator
 * (CONFORMANCE_REST_URL): passed / failed, and where the outcome disagrees with the corpus's
 * `official_1_5_28` marks (the cases the official emulator 1.5.28 is known to fail), which points
 * at runner bugs when the external emulator is that version.
 */
import type { SqlCase } from './sql-conformance-cases';
import type { CaseResult } from './sql-conformance-runner';

type Results = ReadonlyMap<string, CaseResult>;

export function builtSummary(
  cases: readonly SqlCase[],
  results: Results,
  notBuilt: Readonly<Record<string, string>>,
  elapsedMs: number,
): string {
  const expected = cases.filter((c) => notBuilt[c.name] === undefined);
  const passing = expected.filter((c) => results.get(c.name)?.passed === true).length;
  const waiting = new Map<string, number>();
  for (const c of cases) {
    const reason = notBuilt[c.name];
    if (reason !== undefined) waiting.set(reason, (waiting.get(reason) ?? 0) + 1);
  }
  const byReason = [...waiting].map(([reason, n]) => `${n} ${reason}`).join(', ');
  return [
    `SQL conformance: ${passing} of ${expected.length} expected cases pass (${cases.length} in the corpus);`,
    `  not built yet: ${cases.length - expected.length} (${byReason || 'none'}); ${seconds(elapsedMs)} s`,
  ].join('\n');
}

export function referenceSummary(cases: readonly SqlCase[], results: Results, url: string, elapsedMs: number): string {
  const ran = cases.filter((c) => results.has(c.name));
  const passed = ran.filter((c) => results.get(c.name)?.passed === true);
  const knownToFail = (c: SqlCase) => c.official_1_5_28 !== undefined;
  const unexpectedFailures = ran.filter((c) => results.get(c.name)?.passed !== true && !knownToFail(c));
  const unexpectedPasses = passed.filter(knownToFail);
  const lines = [
    `SQL conformance against ${url}: ${passed.length} passed, ${ran.length - passed.length} failed of ${ran.length}` +
      ` in ${seconds(elapsedMs)} s (the corpus marks ${cases.filter(knownToFail).length} as failing on official 1.5.28)`,
    `Failed, not marked official_1_5_28: ${unexpectedFailures.length}`,
    ...unexpectedFailures.map((c) => `  ${c.name}: ${results.get(c.name)?.failure}`),
    `Passed, marked official_1_5_28: ${unexpectedPasses.length}`,
    ...unexpectedPasses.map((c) => `  ${c.name}: ${c.official_1_5_28}`),
  ];
  return lines.join('\n');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}
