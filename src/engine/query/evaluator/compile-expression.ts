/**
 * Compiles a typed expression (the analyzer's output) into a closure over a row of values, once,
 * so evaluating it per row does no tree dispatch beyond the closures themselves. Columns are read
 * by their scope position; calls go to the implementation tables (implementations.ts) or, when
 * they must not evaluate every argument, to lazy-calls.ts. Subqueries are the query executor's:
 * a scalar expression containing one is refused here.
 */

import { assertNever } from '../../../errors/assert-never';
import { Code } from '../../../errors/codes';
import { functionNotEvaluable, unboundParameter } from '../../../errors/evaluation-errors';
import { SpannerError } from '../../../errors/spanner-error';
import type { SpannerValue } from '../../../types/spanner-value';
import { lookupFunction, operator } from '../analyzer/functions/function-registry';
import type { TypedCall, TypedCast, TypedExpression } from '../analyzer/typed-expression';
import { evaluateCast } from './casts/cast-evaluation';
import type { EvalContext } from './eval-context';
import { implementationOf } from './implementations';
import { compileLazyCall, type Evaluator, type Row } from './lazy-calls';

export type { Evaluator, Row };

export function compileExpression(e: TypedExpression): Evaluator {
  switch (e.kind) {
    case 'literal': {
      const value = e.value;
      return () => value;
    }
    case 'parameter':
      return compileParameter(e.name);
    case 'column': {
      const index = e.index;
      return (row) => row[index];
    }
    case 'call':
      return compileCall(e);
    case 'cast':
      return compileCast(e);
    case 'fieldAccess': {
      const object = compileExpression(e.object);
      const field = e.fieldIndex;
      return (row, ctx) => {
        const struct = object(row, ctx) as readonly SpannerValue[] | null;
        return struct === null ? null : struct[field];
      };
    }
    case 'makeStruct': {
      const fields = e.fields.map(compileExpression);
      return (row, ctx) => fields.map((f) => f(row, ctx));
    }
    case 'datePart': {
      const part = e.part;
      return () => part;
    }
    case 'intervalArg':
      return compileExpression(e.value);
    case 'schemaObject': {
      const name = e.name;
      return () => name;
    }
    case 'subquery':
      throw functionNotEvaluable('A subquery in a scalar expression');
    default:
      return assertNever(e, 'typed expression');
  }
}

function compileParameter(name: string): Evaluator {
  const key = name.toLowerCase();
  return (_row, ctx) => {
    const value = ctx.parameters.get(key);
    if (value === undefined) throw unboundParameter(name);
    return value;
  };
}

function compileCall(call: TypedCall): Evaluator {
  const args = [...call.args, ...call.namedArgs.map((a) => a.value)].map(compileExpression);
  const lazy = compileLazyCall(call, args);
  if (lazy !== undefined) return lazy;
  const impl = implementationOf(call.fn);
  if (impl === undefined) throw functionNotEvaluable(displayName(call.fn));
  const count = args.length;
  // A plain loop: this runs per row and call, so it allocates nothing but the values.
  const evaluator: Evaluator = (row, ctx) => {
    const values = new Array<SpannerValue>(count);
    for (let i = 0; i < count; i++) values[i] = args[i](row, ctx);
    return impl(values, { call, ctx });
  };
  return call.safe ? safely(evaluator) : evaluator;
}

function compileCast(e: TypedCast): Evaluator {
  const expr = compileExpression(e.expr);
  const format = e.format === null ? null : compileExpression(e.format);
  const from = e.expr.type;
  const to = e.type;
  const evaluator: Evaluator = (row, ctx) =>
    evaluateCast(expr(row, ctx), from, to, format === null ? null : format(row, ctx), ctx);
  return e.safe ? safely(evaluator) : evaluator;
}

/** SAFE. calls and SAFE_CAST: evaluation errors become NULL; anything else still fails. */
function safely(evaluator: Evaluator): Evaluator {
  return (row, ctx: EvalContext) => {
    try {
      return evaluator(row, ctx);
    } catch (e) {
      if (e instanceof SpannerError && e.code === Code.OUT_OF_RANGE) return null;
      throw e;
    }
  };
}

function displayName(fn: string): string {
  return fn.startsWith('$')
    ? `Operator ${operator(fn).symbol}`
    : `Function ${lookupFunction(fn)?.name ?? fn.toUpperCase()}`;
}
