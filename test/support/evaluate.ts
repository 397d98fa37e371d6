/**
 * Evaluates a GoogleSQL expression text the way the engine will: parse, analyze against a scope
 * of typed columns, compile, evaluate over one row. For evaluator tests; values are the engine's
 * SpannerValues (INT64 as bigint, NUMERIC as text, TIMESTAMP as {kind, nanos}...).
 */

import {
  parseAndAnalyzeExpression,
  validateSpannerFunctions,
  type SqlType,
} from '../../src/engine/query/analyzer/index';
import { compileExpression, evalContext, type EvalContext } from '../../src/engine/query/evaluator/index';
import { isSpannerError } from '../../src/errors';
import { Code } from '../../src/errors/codes';
import type { SpannerValue } from '../../src/types/spanner-value';

export interface EvaluateOptions {
  /** Columns in scope: name -> [type, value]. */
  readonly row?: Readonly<Record<string, readonly [SqlType, SpannerValue]>>;
  /** Query parameters: name -> [type, value]. */
  readonly params?: Readonly<Record<string, readonly [SqlType, SpannerValue]>>;
  readonly context?: Partial<EvalContext>;
  /** Sequences the schema has, for `SEQUENCE name` arguments. */
  readonly sequences?: readonly string[];
}

/** 2026-01-02T03:04:05.123456789Z, the statement time of evaluations that do not set one. */
export const TEST_STATEMENT_TIME = 1767323045123456789n;

export function evaluateSql(text: string, options: EvaluateOptions = {}): SpannerValue {
  const entries = Object.entries(options.row ?? {});
  const paramEntries = Object.entries(options.params ?? {});
  const typed = parseAndAnalyzeExpression({
    text,
    columns: entries.map(([name, [type]]) => ({ name, type })),
    parameters: new Map(paramEntries.map(([name, [type]]) => [name.toLowerCase(), type])),
    resolveSequence: (name) => options.sequences?.find((s) => s.toLowerCase() === name.toLowerCase()) ?? null,
  });
  validateSpannerFunctions(typed);
  const ctx = evalContext({
    statementTime: TEST_STATEMENT_TIME,
    parameters: new Map(paramEntries.map(([name, [, value]]) => [name.toLowerCase(), value])),
    ...options.context,
  });
  return compileExpression(typed)(
    entries.map(([, [, value]]) => value),
    ctx,
  );
}

/** The error an evaluation raises, as `CODE_NAME: message`; fails the test if it succeeds. */
export function evaluationErrorOf(text: string, options: EvaluateOptions = {}): string {
  try {
    const value = evaluateSql(text, options);
    throw new Error(`expected an error, got ${String(value)}`);
  } catch (e) {
    if (!isSpannerError(e)) throw e;
    return `${Code[e.code]}: ${e.message}`;
  }
}
