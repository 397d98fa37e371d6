/**
 * Function calls: find the function in the catalog ("Function not found: X"), analyze its
 * arguments (date part keywords, INTERVAL arguments, `SEQUENCE s` objects and named arguments
 * where the function takes them), pick the signature and convert the arguments. Aggregates are
 * refused here (the expression analyzer has no grouping); functions Spanner does not offer are
 * typed like any other and refused afterwards by the caller's validation, as Spanner orders it.
 */

import {
  aggregateNotAllowed,
  arrayElementNotComparable,
  comparisonNotDefined,
  datePartNotSupported,
  functionNotFound,
  namedArgumentsNotSupported,
  noMatchingSignature,
  invalidDatePart,
  sequenceNotFound,
  signatureMismatch,
  unsupportedDatePartArgument,
  unsupportedExpression,
} from '../../../errors/analyzer-errors';
import type { Expression, FunctionArgument, FunctionCall } from '../../../sql/ast/expression';
import type { AnalyzerContext } from './analyzer-context';
import { argumentText, buildCall, functionId } from './call-builder';
import { coerceExpression } from './coerce-expression';
import { coercesTo } from './coercion';
import { datePartAllowed, isDatePartName, WEEKDAYS } from './date-parts';
import { lookupFunction } from './functions/function-registry';
import type { FunctionDef } from './functions/function-signature';
import { supportedFunctionSignatures } from './functions/signature-text';
import { arityMatches, matchSignatures, type SignatureMatch } from './signature-matching';
import { INT64, isEquatable, isOrderable, typeName } from './sql-type';
import type { TypedExpression, TypedNamedArgument } from './typed-expression';

export function analyzeFunctionCall(e: FunctionCall, ctx: AnalyzerContext): TypedExpression {
  const written = e.name.parts.map((p) => p.name).join('.');
  const def = lookupFunction(written);
  if (def === undefined) throw functionNotFound(written, ctx.site(e.loc));
  if (def.aggregate) throw aggregateNotAllowed(def.name, ctx.aggregateContext, ctx.site(e.loc));
  if (e.star || e.distinct || e.orderBy !== null || e.limit !== null || e.having !== null || e.nullHandling !== null) {
    throw unsupportedExpression(`Aggregate modifiers on ${def.name}`, ctx.site(e.loc));
  }
  const positional = e.args.filter(
    (a): a is Exclude<FunctionArgument, { kind: 'namedArgument' }> => a.kind !== 'namedArgument',
  );
  const args = positional.map((a, i) => analyzeArgument(def, a, i, ctx));
  const namedArgs = analyzeNamedArguments(def, e, ctx);
  const match = matchSignatures(def.signatures, args);
  if (match === null) throw signatureError(def, args, e, ctx);
  checkDateParts(def, args, e, ctx);
  checkComparedArguments(def.name, match, e, ctx);
  return buildCall(
    functionId(def.name),
    args,
    match,
    positional.map((a) => a.loc),
    ctx,
    namedArgs,
    e.safe,
  );
}

/**
 * The generic signatures (`T1... -> T1`, `ARRAY<T1> -> T1`) accept any type, but these functions
 * compare their arguments or elements, which STRUCT, ARRAY and JSON values do not support.
 */
function checkComparedArguments(name: string, match: SignatureMatch, e: FunctionCall, ctx: AnalyzerContext): void {
  const type = match.argumentTypes[0] ?? INT64;
  const element = type.kind === 'array' ? type.element : null;
  switch (name) {
    case 'NULLIF':
      if (!isEquatable(type)) throw comparisonNotDefined(name, typeName(type), ctx.site(e.loc));
      return;
    case 'GREATEST':
    case 'LEAST':
      if (!isOrderable(type)) throw comparisonNotDefined(name, typeName(type), ctx.site(e.loc));
      return;
    case 'ARRAY_MIN':
    case 'ARRAY_MAX':
    case 'ARRAY_IS_DISTINCT':
      // Spanner's grouping types are its ordering types, so one test serves both.
      if (element !== null && !isOrderable(element)) {
        const property = name === 'ARRAY_IS_DISTINCT' ? 'grouping' : 'ordering';
        throw arrayElementNotComparable(name, typeName(type), property, ctx.site(e.loc));
      }
      return;
    default:
      return;
  }
}

function signatureError(def: FunctionDef, args: readonly TypedExpression[], e: FunctionCall, ctx: AnalyzerContext) {
  const what = `${def.aggregate ? 'aggregate function' : 'function'} ${def.group === null ? '' : `${def.group}:`}${def.name}`;
  const supported = supportedFunctionSignatures(def);
  if (def.signatures.length === 1 && !arityMatches(def.signatures[0], args.length)) {
    return signatureMismatch(
      `Number of arguments does not match for ${what}. Supported signature: ${supported[0]}`,
      ctx.site(e.loc),
    );
  }
  return noMatchingSignature(what, args.map(argumentText), supported, ctx.site(e.loc));
}

/** Whether some signature of `def` takes a parameter of `kind` at position `index`. */
function takesAt(def: FunctionDef, index: number, kind: 'datePart' | 'interval' | 'sequence' | 'lambda'): boolean {
  return def.signatures.some((s) => {
    const params = s.params;
    const param =
      index < params.length
        ? params[index]
        : params[params.length - 1]?.mode === 'repeated'
          ? params[params.length - 1]
          : undefined;
    return param?.type.kind === kind;
  });
}

function analyzeArgument(
  def: FunctionDef,
  arg: Exclude<FunctionArgument, { kind: 'namedArgument' }>,
  index: number,
  ctx: AnalyzerContext,
): TypedExpression {
  switch (arg.kind) {
    case 'lambda':
      throw unsupportedExpression('Lambda arguments', ctx.site(arg.loc));
    case 'aliasedArgument':
      throw unsupportedExpression('Aliased arguments', ctx.site(arg.loc));
    case 'objectArgument':
      return schemaObjectArgument(def, arg, index, ctx);
    case 'interval':
      if (takesAt(def, index, 'interval')) return intervalArgument(arg, ctx);
      return ctx.analyze(arg, ctx);
    default:
      if (takesAt(def, index, 'datePart')) {
        const part = datePartArgument(arg, ctx);
        if (part !== null) return part;
      }
      return ctx.analyze(arg, ctx);
  }
}

function schemaObjectArgument(
  def: FunctionDef,
  arg: Extract<FunctionArgument, { kind: 'objectArgument' }>,
  index: number,
  ctx: AnalyzerContext,
): TypedExpression {
  const written = arg.name.parts.map((p) => p.name).join('.');
  if (arg.objectKind !== 'SEQUENCE' || !takesAt(def, index, 'sequence')) {
    throw unsupportedExpression(`${arg.objectKind} arguments of ${def.name}`, ctx.site(arg.loc));
  }
  const name = ctx.options.resolveSequence?.(written) ?? null;
  if (name === null) throw sequenceNotFound(written, ctx.site(arg.name.loc));
  return { kind: 'schemaObject', objectKind: 'SEQUENCE', name, type: INT64, coercibility: 'expression' };
}

/** A date part keyword (`DAY`, `WEEK(MONDAY)`), or null when `arg` is not written as one. */
function datePartArgument(arg: Expression, ctx: AnalyzerContext): TypedExpression | null {
  if (arg.kind === 'path' && arg.parts.length === 1) {
    const name = arg.parts[0].name.toUpperCase();
    if (!isDatePartName(name)) throw invalidDatePart(arg.parts[0].name, ctx.site(arg.loc));
    return { kind: 'datePart', part: name, weekday: null, type: INT64, coercibility: 'expression' };
  }
  if (
    arg.kind === 'functionCall' &&
    arg.name.parts.length === 1 &&
    arg.name.parts[0].name.toUpperCase() === 'WEEK' &&
    arg.args.length === 1
  ) {
    const day = arg.args[0];
    // GoogleSQL's WEEK(<weekday>) date part; Spanner does not take it.
    if (day.kind === 'path' && day.parts.length === 1 && WEEKDAYS.includes(day.parts[0].name.toUpperCase())) {
      throw unsupportedDatePartArgument(ctx.site(day.loc));
    }
  }
  return null;
}

function intervalArgument(arg: Extract<Expression, { kind: 'interval' }>, ctx: AnalyzerContext): TypedExpression {
  if (!isDatePartName(arg.part)) throw invalidDatePart(arg.part, ctx.site(arg.loc));
  const value = ctx.analyze(arg.value, ctx);
  if (!coercesTo(value, INT64)) {
    throw noMatchingSignature(
      'operator INTERVAL',
      [argumentText(value)],
      ['INTERVAL INT64 DATE_TIME_PART'],
      ctx.site(arg.loc),
    );
  }
  const converted = coerceExpression(value, INT64, ctx.site(arg.value.loc));
  return { kind: 'intervalArg', value: converted, part: arg.part, type: INT64, coercibility: 'expression' };
}

function analyzeNamedArguments(def: FunctionDef, e: FunctionCall, ctx: AnalyzerContext): TypedNamedArgument[] {
  const named: TypedNamedArgument[] = [];
  for (const arg of e.args) {
    if (arg.kind !== 'namedArgument') continue;
    const name = arg.name.name.toLowerCase();
    if (!def.namedArguments.includes(name)) throw namedArgumentsNotSupported(def.name, ctx.site(arg.loc));
    named.push({ name, value: ctx.analyze(arg.value, ctx) });
  }
  return named;
}

function checkDateParts(
  def: FunctionDef,
  args: readonly TypedExpression[],
  e: FunctionCall,
  ctx: AnalyzerContext,
): void {
  for (const arg of args) {
    const part = arg.kind === 'datePart' ? arg.part : arg.kind === 'intervalArg' ? arg.part : null;
    if (part !== null && !datePartAllowed(def.name, part)) throw datePartNotSupported(def.name, part, ctx.site(e.loc));
  }
}
