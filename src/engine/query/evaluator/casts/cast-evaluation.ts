/**
 * CAST and SAFE_CAST between every pair of types the analyzer allows (cast-rules.ts), with
 * GoogleSQL's conversions and errors (`Bad int64 value: abc`). Casts to the same type return the
 * value unchanged; arrays convert element by element and structs field by field. Spanner rejects
 * CAST's FORMAT clause before evaluation, so it is not read here.
 */

import { assertNever } from '../../../../errors/assert-never';
import { functionNotEvaluable } from '../../../../errors/evaluation-errors';
import type { SpannerValue } from '../../../../types/spanner-value';
import { sameType, typeName, type ScalarKind, type SqlType } from '../../analyzer/sql-type';
import { castFromString } from './cast-from-string';
import { castNumber } from './cast-numbers';
import { castTimeValue } from './cast-time-values';
import type { EvalContext } from '../eval-context';
import { valueToText } from './value-text';

/**
 * Converts `value` of type `from` to type `to`. `format` is the evaluated FORMAT clause (null
 * when absent). SAFE_CAST's error-to-NULL is the caller's.
 */
export function evaluateCast(
  value: SpannerValue,
  from: SqlType,
  to: SqlType,
  format: SpannerValue,
  ctx: EvalContext,
): SpannerValue {
  void format;
  if (value === null || sameType(from, to)) return value;
  switch (from.kind) {
    case 'array': {
      if (to.kind !== 'array') throw unsupported(from, to);
      return (value as readonly SpannerValue[]).map((v) => evaluateCast(v, from.element, to.element, null, ctx));
    }
    case 'struct': {
      if (to.kind !== 'struct') throw unsupported(from, to);
      return (value as readonly SpannerValue[]).map((v, i) =>
        evaluateCast(v, from.fields[i].type, to.fields[i].type, null, ctx),
      );
    }
    case 'scalar':
      if (to.kind !== 'scalar') throw unsupported(from, to);
      return castScalar(value, from.name, to.name, ctx);
    case 'proto':
    case 'enum':
      throw unsupported(from, to);
    default:
      return assertNever(from, 'type');
  }
}

function castScalar(value: SpannerValue, from: ScalarKind, to: ScalarKind, ctx: EvalContext): SpannerValue {
  if (from === to) return value;
  if (to === 'STRING') return valueToText({ kind: 'scalar', name: from }, value, ctx.timeZone);
  if (from === 'STRING') return castFromString(value as string, to, ctx);
  const result = castNumber(value, from, to) ?? castTimeValue(value, from, to, ctx);
  if (result === undefined) throw unsupported({ kind: 'scalar', name: from }, { kind: 'scalar', name: to });
  return result;
}

function unsupported(from: SqlType, to: SqlType): Error {
  return functionNotEvaluable(`CAST from ${typeName(from)} to ${typeName(to)}`);
}
