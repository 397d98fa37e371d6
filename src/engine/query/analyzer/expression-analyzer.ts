/**
 * The analyzer's dispatcher: one exhaustive switch over expression node kinds, each routed to the
 * file of its topic. Entry points for callers are in index.ts.
 */

import { unexpectedInterval, unsupportedExpression } from '../../../errors/analyzer-errors';
import { assertNever } from '../../../errors/assert-never';
import type { Expression } from '../../../sql/ast/expression';
import { analyzeFieldAccess, analyzePath, analyzeSubscript } from './analyze-access';
import { analyzeCase } from './analyze-case';
import { analyzeCast } from './analyze-cast';
import { analyzeArrayLiteral, analyzeStructLiteral } from './analyze-constructors';
import { analyzeExtract } from './analyze-extract';
import { analyzeFunctionCall } from './analyze-function-call';
import { analyzeLiteral } from './analyze-literals';
import {
  analyzeBetween,
  analyzeBinary,
  analyzeInList,
  analyzeIs,
  analyzeIsDistinctFrom,
  analyzeLogical,
  analyzeUnary,
} from './analyze-operators';
import { analyzeParameter } from './analyze-parameter';
import { analyzeSubquery } from './analyze-subquery';
import type { AnalyzerContext } from './analyzer-context';
import type { TypedExpression } from './typed-expression';

export function analyzeNode(e: Expression, ctx: AnalyzerContext): TypedExpression {
  switch (e.kind) {
    case 'nullLiteral':
    case 'boolLiteral':
    case 'intLiteral':
    case 'floatLiteral':
    case 'stringLiteral':
    case 'bytesLiteral':
    case 'typedLiteral':
      return analyzeLiteral(e, ctx) as TypedExpression;
    case 'parameter':
      return analyzeParameter(e, ctx);
    case 'systemVariable':
      throw unsupportedExpression(`System variable @@${e.name}`, ctx.site(e.loc));
    case 'path':
      return analyzePath(e, ctx);
    case 'fieldAccess':
      return analyzeFieldAccess(e, ctx);
    case 'subscript':
      return analyzeSubscript(e, ctx);
    case 'unary':
      return analyzeUnary(e, ctx);
    case 'binary':
      return analyzeBinary(e, ctx);
    case 'and':
    case 'or':
      return analyzeLogical(e, ctx);
    case 'between':
      return analyzeBetween(e, ctx);
    case 'inList':
      return analyzeInList(e, ctx);
    case 'inUnnest':
      throw unsupportedExpression('IN UNNEST', ctx.site(e.loc));
    case 'is':
      return analyzeIs(e, ctx);
    case 'isDistinctFrom':
      return analyzeIsDistinctFrom(e, ctx);
    case 'case':
      return analyzeCase(e, ctx);
    case 'cast':
      return analyzeCast(e, ctx);
    case 'extract':
      return analyzeExtract(e, ctx);
    case 'interval':
      throw unexpectedInterval(ctx.site(e.loc));
    case 'arrayLiteral':
      return analyzeArrayLiteral(e, ctx);
    case 'structLiteral':
      return analyzeStructLiteral(e, ctx);
    case 'functionCall':
      return analyzeFunctionCall(e, ctx);
    case 'subquery':
    case 'arraySubquery':
    case 'exists':
    case 'inSubquery':
      return analyzeSubquery(e, ctx);
    case 'withExpression':
      throw unsupportedExpression('WITH expressions', ctx.site(e.loc));
    case 'newConstructor':
    case 'bracedConstructor':
      throw unsupportedExpression('Proto constructors', ctx.site(e.loc));
    default:
      return assertNever(e, 'expression');
  }
}
