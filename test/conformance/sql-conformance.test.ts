/**
 * The data-plane conformance corpus (../shared/conformance/sql) over REST against a real emulator
 * started in process: one test per case, named by the case. A case not in sql-not-built.ts must
 * pass; a listed one is a todo while it fails, and the suite fails when it passes (the list only
 * shrinks) or when it makes the server answer INTERNAL/UNKNOWN.
 *
 * With CONFORMANCE_REST_URL=http://host:port the same cases run against that emulator instead
 * (by hand, e.g. the official one): the list is ignored, every case is a test, and a summary
 * compares the outcome with the corpus's `official_1_5_28` marks.
 */
import { externalRestUrl, startRestTarget, type RestTarget } from '../support/rest-target';
import { loadSqlCases, type SqlCase } from './sql-conformance-cases';
import { SpannerRest } from './sql-conformance-rest';
import { ensureInstance, runCase, type CaseResult } from './sql-conformance-runner';
import { builtSummary, referenceSummary } from './sql-conformance-summary';
import { NOT_BUILT } from './sql-not-built';

const REQUEST_TIMEOUT_MS = 10_000;
const CASE_TIMEOUT_MS = 120_000;
const CRASH_CODES = new Set(['INTERNAL', 'UNKNOWN']);

const cases = loadSqlCases();
const external = externalRestUrl();
const listed = (c: SqlCase) => external === undefined && NOT_BUILT[c.name] !== undefined;
const results = new Map<string, CaseResult>();
/** Database ids are unique per run, so reruns against a long-lived external emulator never collide. */
const runTag = Date.now().toString(36).slice(-6);
let databaseCount = 0;
let target: RestTarget;
let rest: SpannerRest;
let startedAt = 0;

async function run(c: SqlCase): Promise<CaseResult> {
  const result = await runCase(rest, c, `c${++databaseCount}-${runTag}`);
  results.set(c.name, result);
  return result;
}

describe('SQL data-plane conformance over REST', () => {
  beforeAll(async () => {
    startedAt = Date.now();
    target = await startRestTarget();
    rest = new SpannerRest(target.url, REQUEST_TIMEOUT_MS);
    await ensureInstance(rest);
  });

  afterAll(async () => {
    const elapsed = Date.now() - startedAt;
    if (target !== undefined) {
      console.log(
        target.external
          ? referenceSummary(cases, results, target.url, elapsed)
          : builtSummary(cases, results, NOT_BUILT, elapsed),
      );
    }
    await target?.stop();
  });

  for (const c of cases.filter((x) => !listed(x))) {
    it(
      c.name,
      async () => {
        const result = await run(c);
        if (!result.passed) throw new Error(`${c.name}: ${result.failure}`);
      },
      CASE_TIMEOUT_MS,
    );
  }

  if (external !== undefined) return;

  for (const c of cases.filter(listed)) it.todo(`${c.name} — not built yet: ${NOT_BUILT[c.name]}`);

  it(
    'the cases listed as not built yet still fail, and without crashing the server',
    async () => {
      const passing: string[] = [];
      const crashed: string[] = [];
      for (const c of cases.filter(listed)) {
        const result = await run(c);
        if (result.passed) passing.push(c.name);
        else if (result.failureCode !== undefined && CRASH_CODES.has(result.failureCode)) {
          crashed.push(`${c.name}: ${result.failure}`);
        }
      }
      const problems = [
        ...(passing.length === 0
          ? []
          : [`These cases pass now; remove them from test/conformance/sql-not-built.ts:\n  ${passing.join('\n  ')}`]),
        ...(crashed.length === 0 ? [] : [`These cases crash the server:\n  ${crashed.join('\n  ')}`]),
      ];
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
    20 * 60_000,
  );

  it('every entry of the not-built list names a case of the corpus', () => {
    const names = new Set(cases.map((c) => c.name));
    expect(Object.keys(NOT_BUILT).filter((name) => !names.has(name))).toEqual([]);
  });
});
