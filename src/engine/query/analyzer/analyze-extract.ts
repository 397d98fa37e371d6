/**
 * EXTRACT(part FROM expr [AT TIME ZONE tz]): the part must be a date part the operand's type
 * has; the result is INT64, or DATE for `EXTRACT(DATE FROM ts)`.
 */

import { datePartNotSupported, invalidDatePart, noMatchingSignature } from '../../../errors/analyzer-errors';
import type { ExtractExpression } from '../../../sql/ast/expression';
import type { AnalyzerContext } from './analyzer-context';
import { argumentText } from './call-builder';
import { coerceExpression } from './coerce-expression';
import { coercesTo } from './coercion';
import { datePartAllowed, isDatePartName } from './date-parts';
import { DATE, INT64, STRING, TIMESTAMP } from './sql-type';
import type { TypedExpression } from './typed-expression';

const SIGNATURES = [
  'EXTRACT(DATE_TIME_PART FROM DATE)',
  'EXTRACT(DATE_TIME_PART FROM TIMESTAMP [AT TIME ZONE STRING])',
];

export function analyzeExtract(e: ExtractExpression, ctx: AnalyzerContext): TypedExpression {
  if (!isDatePartName(e.part)) {
    const open = ctx.options.text.indexOf('(', ctx.offsetOf(e.loc));
    const partAt =
      open < 0 ? ctx.offsetOf(e.loc) : open + 1 + (/^\s*/.exec(ctx.options.text.slice(open + 1))?.[0].length ?? 0);
    throw invalidDatePart(e.part, ctx.siteAt(partAt));
  }
  const expr = ctx.analyze(e.expr, ctx);
  const timeZone = e.timeZone === null ? null : ctx.analyze(e.timeZone, ctx);
  const onDate =
    timeZone === null && expr.coercibility !== 'untyped' && coercesTo(expr, DATE) && !coercesTo(expr, TIMESTAMP);
  const fits = onDate || (coercesTo(expr, TIMESTAMP) && (timeZone === null || coercesTo(timeZone, STRING)));
  if (!fits) {
    const args = [
      `DATE_TIME_PART FROM ${argumentText(expr)}`,
      ...(timeZone === null ? [] : [`AT TIME ZONE ${argumentText(timeZone)}`]),
    ];
    throw noMatchingSignature('function EXTRACT', [args.join(' ')], SIGNATURES, ctx.site(e.loc));
  }
  const operandType = onDate ? DATE : TIMESTAMP;
  if (!datePartAllowed(`EXTRACT from ${operandType.name}`, e.part)) {
    throw datePartNotSupported(`EXTRACT from ${operandType.name}`, e.part, ctx.site(e.loc));
  }
  const part: TypedExpression = {
    kind: 'datePart',
    part: e.part,
    weekday: e.weekday,
    type: INT64,
    coercibility: 'expression',
  };
  const args = [part, coerceExpression(expr, operandType, ctx.site(e.expr.loc))];
  if (timeZone !== null && e.timeZone !== null) args.push(coerceExpression(timeZone, STRING, ctx.site(e.timeZone.loc)));
  const fn = e.part === 'DATE' ? '$extract_date' : '$extract';
  return {
    kind: 'call',
    fn,
    safe: false,
    args,
    namedArgs: [],
    type: e.part === 'DATE' ? DATE : INT64,
    coercibility: 'expression',
  };
}
