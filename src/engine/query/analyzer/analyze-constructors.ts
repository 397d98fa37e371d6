/**
 * Array and struct constructors: `[a, b]` takes its elements' common supertype, `ARRAY<T>[...]`
 * converts each element to T, `STRUCT(1 AS a)` / `(1, 'x')` / `STRUCT<a INT64>(...)` build
 * structs. Constructors of constants fold into one literal, so that they convert like literals
 * (`[1, 2]` passed where ARRAY<FLOAT64> is wanted).
 */

import {
  arrayElementDoesNotCoerce,
  arrayElementsNoSupertype,
  arrayOfArrays,
  structFieldCountMismatch,
  structFieldDoesNotCoerce,
} from '../../../errors/analyzer-errors';
import type { ArrayLiteral, StructLiteral } from '../../../sql/ast/expression';
import type { AnalyzerContext } from './analyzer-context';
import { argumentText } from './call-builder';
import { coerceExpression } from './coerce-expression';
import { coercesTo, commonSupertype } from './coercion';
import { arrayOf, INT64, structOf, typeName, type SqlType } from './sql-type';
import type { SqlValue } from './sql-value';
import { typeFromNode } from './type-from-syntax';
import type { Coercibility, TypedExpression } from './typed-expression';

function allLiterals(elements: readonly TypedExpression[]): boolean {
  return elements.every((e) => e.kind === 'literal');
}

function literalValues(elements: readonly TypedExpression[]): SqlValue[] {
  return elements.map((e) => (e.kind === 'literal' ? e.value : null));
}

export function analyzeArrayLiteral(e: ArrayLiteral, ctx: AnalyzerContext): TypedExpression {
  const elements = e.elements.map((el) => ctx.analyze(el, ctx));
  let elementType: SqlType;
  if (e.type !== null) {
    const declared = typeFromNode(e.type.element, ctx);
    elementType = declared;
    elements.forEach((el, i) => {
      if (!coercesTo(el, declared))
        throw arrayElementDoesNotCoerce(argumentText(el), typeName(declared), ctx.site(e.elements[i].loc));
    });
  } else {
    const supertype = commonSupertype(elements);
    if (supertype === null) throw arrayElementsNoSupertype([...new Set(elements.map(argumentText))], ctx.site(e.loc));
    elementType = supertype === 'untyped' ? INT64 : supertype;
  }
  if (elementType.kind === 'array') {
    throw arrayOfArrays(typeName(elementType), ctx.site(e.elements.length > 0 ? e.elements[0].loc : e.loc));
  }
  const converted = elements.map((el, i) => coerceExpression(el, elementType, ctx.site(e.elements[i].loc)));
  const type = arrayOf(elementType);
  const untyped = e.type === null && elements.every((el) => el.coercibility === 'untyped');
  if (allLiterals(converted)) {
    const coercibility: Coercibility = untyped ? 'untyped' : 'literal';
    return { kind: 'literal', type, value: literalValues(converted), coercibility };
  }
  return {
    kind: 'call',
    fn: '$make_array',
    safe: false,
    args: converted,
    namedArgs: [],
    type,
    coercibility: 'expression',
  };
}

export function analyzeStructLiteral(e: StructLiteral, ctx: AnalyzerContext): TypedExpression {
  const values = e.fields.map((f) => ctx.analyze(f.expr, ctx));
  let fieldTypes: { name: string | null; type: SqlType }[];
  if (e.type !== null) {
    const declared = e.type.fields.map((f) => ({ name: f.name?.name ?? null, type: typeFromNode(f.type, ctx) }));
    if (declared.length !== values.length)
      throw structFieldCountMismatch(declared.length, values.length, ctx.site(e.loc));
    fieldTypes = declared;
  } else {
    fieldTypes = e.fields.map((f, i) => ({ name: f.alias?.name ?? implicitFieldName(f.expr), type: values[i].type }));
  }
  values.forEach((v, i) => {
    if (!coercesTo(v, fieldTypes[i].type)) {
      throw structFieldDoesNotCoerce(i + 1, argumentText(v), typeName(fieldTypes[i].type), ctx.site(e.fields[i].loc));
    }
  });
  const converted = values.map((v, i) => coerceExpression(v, fieldTypes[i].type, ctx.site(e.fields[i].loc)));
  const type = structOf(fieldTypes);
  if (allLiterals(converted))
    return { kind: 'literal', type, value: literalValues(converted), coercibility: 'literal' };
  return { kind: 'makeStruct', fields: converted, type, coercibility: 'expression' };
}

/** `STRUCT(col)` names its field after the column, as GoogleSQL does; other fields are anonymous. */
function implicitFieldName(expr: StructLiteral['fields'][number]['expr']): string | null {
  return expr.kind === 'path' ? expr.parts[expr.parts.length - 1].name : null;
}
