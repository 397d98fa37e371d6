/**
 * Runs one step of a SQL conformance case as the corpus README's step table says: the REST
 * request(s) it sends, in which transaction, with which sequence number, and what it saves. It
 * answers the step's outcome; judging it against `expect` is sql-conformance-expect.ts's job.
 */
import { assertNever } from '../../src/errors/assert-never';
import type { BatchStatement, Json, JsonObject, Step } from './sql-conformance-cases';
import type { CaseContext } from './sql-conformance-context';
import type { ResultSetJson, StepOutcome, TransactionJson } from './sql-conformance-expect';
import { statusError, type Operation } from './sql-conformance-rest';

type StepOf<K extends Step['kind']> = Extract<Step, { kind: K }>;

const SINGLE_USE_STRONG: JsonObject = { singleUse: { readOnly: { strong: true } } };
const INLINE_READ_WRITE: JsonObject = { begin: { readWrite: {} } };

export async function runStep(ctx: CaseContext, step: Step): Promise<StepOutcome> {
  switch (step.kind) {
    case 'sql':
      return runQuery(ctx, step);
    case 'read':
      return runRead(ctx, step);
    case 'dml':
      return runDml(ctx, step);
    case 'batchDml':
      return runBatchDml(ctx, step);
    case 'pdml':
      return runPartitionedDml(ctx, step);
    case 'begin':
      return runBegin(ctx, step);
    case 'commit':
      return runCommit(ctx, step);
    case 'rollback':
      return runRollback(ctx, step);
    case 'endTransaction':
      ctx.endCurrent();
      return { error: null };
    case 'ddl':
      return runDdl(ctx, step);
    default:
      return assertNever(step);
  }
}

async function runQuery(ctx: CaseContext, step: StepOf<'sql'>): Promise<StepOutcome> {
  const { selector, transaction } = ctx.select(step, SINGLE_USE_STRONG);
  const seqno = transaction?.kind === 'readWrite' ? ctx.seqno(step, transaction) : undefined;
  const request = { sql: step.sql, params: step.params, paramTypes: step.paramTypes, transaction: selector, seqno };
  const result = await ctx.rest.call<ResultSetJson>('POST', `${ctx.session}:executeSql`, request);
  if (!result.ok) return { error: result.error };
  if (step.saveValueAs !== undefined) {
    const row = result.body.rows?.[0];
    if (row === undefined) throw new Error(`saveValueAs ${step.saveValueAs}: the query returned no row`);
    ctx.save(step.saveValueAs, row[0] as Json);
  }
  return { error: null, resultSet: result.body };
}

async function runRead(ctx: CaseContext, step: StepOf<'read'>): Promise<StepOutcome> {
  const { selector } = ctx.select(step, SINGLE_USE_STRONG);
  const result = await ctx.rest.call<ResultSetJson>('POST', `${ctx.session}:read`, {
    ...step.read,
    transaction: selector,
  });
  return result.ok ? { error: null, resultSet: result.body } : { error: result.error };
}

/** In a transaction: in it. Outside: inline begin, then commit when the statement succeeded. */
async function runDml(ctx: CaseContext, step: StepOf<'dml'>): Promise<StepOutcome> {
  const { selector, transaction } = ctx.select(step, INLINE_READ_WRITE);
  const request = {
    sql: step.dml,
    params: step.params,
    paramTypes: step.paramTypes,
    transaction: selector,
    seqno: ctx.seqno(step, transaction),
  };
  const result = await ctx.rest.call<ResultSetJson>('POST', `${ctx.session}:executeSql`, request);
  if (!result.ok) return { error: result.error };
  const outcome: StepOutcome = { error: null, resultSet: result.body };
  const begunInline = selector === INLINE_READ_WRITE; // neither in a transaction nor an explicit selector
  if (!begunInline) return outcome;
  return { ...outcome, error: await commitInlineBegun(ctx, step, result.body.metadata?.transaction) };
}

async function runBatchDml(ctx: CaseContext, step: StepOf<'batchDml'>): Promise<StepOutcome> {
  const { selector, transaction } = ctx.select(step, INLINE_READ_WRITE);
  const request = {
    transaction: selector,
    statements: step.batchDml.map(batchStatement),
    seqno: ctx.seqno(step, transaction),
  };
  type BatchResponse = { resultSets?: ResultSetJson[]; status?: { code?: number; message?: string } };
  const result = await ctx.rest.call<BatchResponse>('POST', `${ctx.session}:executeBatchDml`, request);
  if (!result.ok) return { error: result.error };
  const resultSets = result.body.resultSets ?? [];
  const status = statusError(result.body.status ?? {});
  if (status.code !== 'OK') return { error: status, resultSets };
  if (selector !== INLINE_READ_WRITE) return { error: null, resultSets };
  return { error: await commitInlineBegun(ctx, step, resultSets[0]?.metadata?.transaction), resultSets };
}

function batchStatement(statement: BatchStatement): JsonObject {
  return typeof statement === 'string' ? { sql: statement } : { ...statement };
}

/** Commits the transaction a statement began inline (C++ `CommitDml`); answers the commit's error. */
async function commitInlineBegun(ctx: CaseContext, step: Step, begun: TransactionJson | undefined) {
  if (begun?.id === undefined) throw new Error('the inline begin returned no transaction id');
  const result = await ctx.rest.call<{ commitTimestamp?: string }>('POST', `${ctx.session}:commit`, {
    transactionId: begun.id,
    mutations: [],
  });
  if (!result.ok) return result.error;
  saveCommitTimestamp(ctx, step, result.body.commitTimestamp);
  return null;
}

async function runPartitionedDml(ctx: CaseContext, step: StepOf<'pdml'>): Promise<StepOutcome> {
  const begun = await ctx.rest.call<TransactionJson>('POST', `${ctx.session}:beginTransaction`, {
    options: { partitionedDml: {} },
  });
  if (!begun.ok) return { error: begun.error };
  const result = await ctx.rest.call<ResultSetJson>('POST', `${ctx.session}:executeSql`, {
    sql: step.pdml,
    transaction: { id: begun.body.id },
    seqno: '1',
  });
  return result.ok ? { error: null, resultSet: result.body } : { error: result.error };
}

async function runBegin(ctx: CaseContext, step: StepOf<'begin'>): Promise<StepOutcome> {
  const options: JsonObject =
    step.begin === 'readWrite'
      ? { readWrite: {} }
      : step.begin === 'readOnly'
        ? { readOnly: { strong: true } }
        : step.begin;
  const result = await ctx.rest.call<TransactionJson>('POST', `${ctx.session}:beginTransaction`, { options });
  if (!result.ok) return { error: result.error };
  if (result.body.id === undefined) throw new Error('BeginTransaction returned no transaction id');
  ctx.begin(result.body.id, options);
  return { error: null, transaction: result.body };
}

/** In a transaction: commits it (it ends even on error). Outside: a single-use read-write commit. */
async function runCommit(ctx: CaseContext, step: StepOf<'commit'>): Promise<StepOutcome> {
  const transaction = step.inLastTransaction === true ? ctx.requireLast() : ctx.current;
  if (transaction !== null && step.inLastTransaction !== true) ctx.endCurrent();
  const target = transaction === null ? { singleUseTransaction: { readWrite: {} } } : { transactionId: transaction.id };
  const request = { ...target, mutations: step.commit.mutations ?? [] };
  const result = await ctx.rest.call<{ commitTimestamp?: string }>('POST', `${ctx.session}:commit`, request);
  if (!result.ok) return { error: result.error };
  saveCommitTimestamp(ctx, step, result.body.commitTimestamp);
  return { error: null };
}

function saveCommitTimestamp(ctx: CaseContext, step: Step, timestamp: string | undefined): void {
  if (step.commitTimestampAs === undefined) return;
  if (timestamp === undefined) throw new Error('the commit returned no commitTimestamp');
  ctx.save(step.commitTimestampAs, timestamp);
}

/** Rolls back the current transaction (which ends) or, with inLastTransaction, the last one. */
async function runRollback(ctx: CaseContext, step: StepOf<'rollback'>): Promise<StepOutcome> {
  const transaction = step.inLastTransaction === true ? ctx.requireLast() : ctx.endCurrent();
  const result = await ctx.rest.call('POST', `${ctx.session}:rollback`, { transactionId: transaction.id });
  return { error: result.ok ? null : result.error };
}

async function runDdl(ctx: CaseContext, step: StepOf<'ddl'>): Promise<StepOutcome> {
  const sent = await ctx.rest.call<Operation>('PATCH', `${ctx.database}/ddl`, { statements: step.ddl });
  const done = await ctx.rest.awaitOperation(sent);
  return { error: done.ok ? null : done.error };
}
