/**
 * Runs SQL conformance cases over REST against one emulator: the instance (created, or reused when
 * it exists), then per case a fresh database with the case's schema, one session, the steps in
 * order until the first whose outcome differs from its expectation, and the database dropped at
 * the end whatever happened. Deciding what a result means for the suite (the not-built list, the
 * official emulator's known differences) is the suite's job.
 */
import type { SqlCase } from './sql-conformance-cases';
import { CaseContext } from './sql-conformance-context';
import { checkExpectation } from './sql-conformance-expect';
import { SpannerRest, type Operation, type RestError } from './sql-conformance-rest';
import { runStep } from './sql-conformance-steps';

export const PROJECT = 'projects/conformance';
export const INSTANCE = `${PROJECT}/instances/sql`;

export interface CaseResult {
  passed: boolean;
  /** Where and how the case failed: `step 3 (read): expected rows ...`. */
  failure?: string;
  /** The error code the server answered at the failing step, when it answered one. */
  failureCode?: string;
}

export async function ensureInstance(rest: SpannerRest): Promise<void> {
  const created = await rest.call<Operation>('POST', `${PROJECT}/instances`, {
    instanceId: 'sql',
    instance: { config: `${PROJECT}/instanceConfigs/emulator-config`, displayName: 'sql', nodeCount: 1 },
  });
  const done = await rest.awaitOperation(created);
  if (!done.ok && done.error.code !== 'ALREADY_EXISTS') throw new Error(rpcFailure('CreateInstance', done.error));
}

/**
 * Runs one case in a database named `databaseId` (unique per run: it is created and dropped here).
 * Never throws: a transport failure (timeout, refused connection) is the case's failure.
 */
export async function runCase(rest: SpannerRest, c: SqlCase, databaseId: string): Promise<CaseResult> {
  const database = `${INSTANCE}/databases/${databaseId}`;
  try {
    const created = await rest.awaitOperation(
      await rest.call<Operation>('POST', `${INSTANCE}/databases`, {
        createStatement: `CREATE DATABASE \`${databaseId}\``,
        extraStatements: c.schema,
      }),
    );
    if (!created.ok) return failed(rpcFailure('CreateDatabase', created.error), created.error);
    const result = await runSteps(rest, c, database).catch((error: Error) => failed(error.message, null));
    const dropped = await rest.call('DELETE', database);
    if (result.passed && !dropped.ok) return failed(rpcFailure('DropDatabase', dropped.error), dropped.error);
    return result;
  } catch (error) {
    return failed((error as Error).message, null);
  }
}

async function runSteps(rest: SpannerRest, c: SqlCase, database: string): Promise<CaseResult> {
  const session = await rest.call<{ name: string }>('POST', `${database}/sessions`, {});
  if (!session.ok) return failed(rpcFailure('CreateSession', session.error), session.error);
  const ctx = new CaseContext(rest, database, session.body.name);
  for (const [i, original] of c.steps.entries()) {
    const where = `step ${i + 1} (${original.kind})`;
    try {
      const step = ctx.substitute(original);
      const outcome = await runStep(ctx, step);
      const mismatch = checkExpectation(step.expect, outcome);
      if (mismatch !== null) return failed(`${where}: ${mismatch}`, outcome.error);
    } catch (error) {
      return failed(`${where}: ${(error as Error).message}`, null);
    }
  }
  return { passed: true };
}

function failed(failure: string, error: RestError | null): CaseResult {
  return { passed: false, failure, failureCode: error?.code };
}

function rpcFailure(rpc: string, error: RestError): string {
  return `${rpc} failed: ${error.code}: ${error.message}`;
}
