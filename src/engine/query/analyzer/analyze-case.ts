/**
 * CASE in both forms. `CASE WHEN c THEN r ...` becomes `$case_no_value(c1, r1, ..., [else])`;
 * `CASE x WHEN v THEN r ...` becomes `$case_with_value(x, v1, r1, ..., [else])`. Results share a
 * supertype (GoogleSQL's message lists them when they do not); conditions must be BOOL and the
 * compared values must share a comparable type.
 */

import { signatureMismatch } from '../../../errors/analyzer-errors';
import type { CaseExpression } from '../../../sql/ast/expression';
import type { SourceSpan } from '../../../sql/ast/node';
import type { AnalyzerContext } from './analyzer-context';
import { argumentText } from './call-builder';
import { coerceExpression } from './coerce-expression';
import { coercesTo, commonSupertype } from './coercion';
import { BOOL, INT64, type SqlType } from './sql-type';
import type { TypedExpression } from './typed-expression';

/** `(WHEN THEN) ... ELSE` as GoogleSQL lists them; a missing ELSE reads NULL. */
function describeArguments(
  conditions: readonly TypedExpression[],
  results: readonly TypedExpression[],
  elseResult: TypedExpression | null,
): string {
  const pairs = conditions.map((c, i) => `(${argumentText(c)} ${argumentText(results[i])})`).join(' ');
  return `${pairs} ${elseResult === null ? 'NULL' : argumentText(elseResult)}`;
}

function resultSupertype(
  conditions: readonly TypedExpression[],
  results: readonly TypedExpression[],
  elseResult: TypedExpression | null,
  site: SourceSpan,
  ctx: AnalyzerContext,
): SqlType | 'untyped' {
  const all = elseResult === null ? results : [...results, elseResult];
  const supertype = commonSupertype(all);
  if (supertype !== null) return supertype;
  const found = [...new Set(all.map(argumentText))].join(', ');
  throw signatureMismatch(
    `No matching signature for operator CASE; all THEN/ELSE arguments must be coercible to a common type but found: ${found}; actual argument types (WHEN THEN) ELSE: ${describeArguments(conditions, results, elseResult)}`,
    ctx.site(site),
  );
}

export function analyzeCase(e: CaseExpression, ctx: AnalyzerContext): TypedExpression {
  const operand = e.operand === null ? null : ctx.analyze(e.operand, ctx);
  const conditions = e.whens.map((w) => ctx.analyze(w.condition, ctx));
  const results = e.whens.map((w) => ctx.analyze(w.result, ctx));
  const elseResult = e.else === null ? null : ctx.analyze(e.else, ctx);
  const supertype = resultSupertype(conditions, results, elseResult, e.loc, ctx);
  const resultType = supertype === 'untyped' ? INT64 : supertype;
  const convertedResults = results.map((r, i) => coerceExpression(r, resultType, ctx.site(e.whens[i].result.loc)));
  const convertedElse =
    elseResult === null || e.else === null ? null : coerceExpression(elseResult, resultType, ctx.site(e.else.loc));
  const convertedConditions =
    operand === null
      ? booleanConditions(e, conditions, results, elseResult, ctx)
      : comparedValues(e, operand, conditions, results, elseResult, ctx);
  const args: TypedExpression[] = [];
  if (operand !== null) args.push(convertedConditions.operand ?? operand);
  convertedConditions.values.forEach((c, i) => args.push(c, convertedResults[i]));
  if (convertedElse !== null) args.push(convertedElse);
  return {
    kind: 'call',
    fn: operand === null ? '$case_no_value' : '$case_with_value',
    safe: false,
    args,
    namedArgs: [],
    type: resultType,
    coercibility: supertype === 'untyped' ? 'untyped' : 'expression',
  };
}

interface ConvertedConditions {
  operand: TypedExpression | null;
  values: TypedExpression[];
}

function booleanConditions(
  e: CaseExpression,
  conditions: readonly TypedExpression[],
  results: readonly TypedExpression[],
  elseResult: TypedExpression | null,
  ctx: AnalyzerContext,
): ConvertedConditions {
  const wrong = conditions.filter((c) => !coercesTo(c, BOOL));
  if (wrong.length > 0) {
    const found = [...new Set(wrong.map(argumentText))].join(', ');
    throw signatureMismatch(
      `No matching signature for operator CASE; all WHEN argument types must be BOOL but found: ${found}; actual argument types (WHEN THEN) ELSE: ${describeArguments(conditions, results, elseResult)}`,
      ctx.site(e.loc),
    );
  }
  return {
    operand: null,
    values: conditions.map((c, i) => coerceExpression(c, BOOL, ctx.site(e.whens[i].condition.loc))),
  };
}

function comparedValues(
  e: CaseExpression,
  operand: TypedExpression,
  values: readonly TypedExpression[],
  results: readonly TypedExpression[],
  elseResult: TypedExpression | null,
  ctx: AnalyzerContext,
): ConvertedConditions {
  const supertype = commonSupertype([operand, ...values]);
  if (supertype === null) {
    const listed = [operand, ...values.flatMap((v, i) => [v, results[i]])].map(argumentText);
    const types = [...listed, elseResult === null ? 'NULL' : argumentText(elseResult)].join(', ');
    throw signatureMismatch(`No matching signature for operator CASE for argument types: ${types}`, ctx.site(e.loc));
  }
  const type = supertype === 'untyped' ? INT64 : supertype;
  const site = ctx.site(e.loc);
  return { operand: coerceExpression(operand, type, site), values: values.map((v) => coerceExpression(v, type, site)) };
}
