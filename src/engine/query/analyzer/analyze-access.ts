/**
 * Names and element access: a path (`col`, `col.field.sub`) resolves its first part against the
 * scope and the rest as struct (or JSON) fields; `x.f` on any other expression is a field access;
 * `a[OFFSET(i)]` and friends index arrays, `j[...]` indexes JSON. A bare `a[i]` on an array is
 * refused as in Spanner.
 */

import {
  ambiguousStructField,
  arrayIndexNotInt64,
  arrayPositionAccess,
  fieldAccessOnNonStruct,
  structFieldNotFound,
  subscriptNotSupported,
  unrecognizedName,
} from '../../../errors/analyzer-errors';
import type { FieldAccess, PathExpression, Subscript } from '../../../sql/ast/expression';
import type { Identifier } from '../../../sql/ast/node';
import type { AnalyzerContext } from './analyzer-context';
import { callOperator } from './call-builder';
import { coercesTo } from './coercion';
import { INT64, isScalar, JSON_TYPE, STRING, typeName } from './sql-type';
import type { TypedExpression } from './typed-expression';

export function analyzePath(e: PathExpression, ctx: AnalyzerContext): TypedExpression {
  const [first, ...fields] = e.parts;
  const index = ctx.findColumn(first.name);
  if (index < 0) throw unrecognizedName(first.name, ctx.site(first.loc));
  const column = ctx.columns[index];
  let result: TypedExpression = {
    kind: 'column',
    index,
    name: column.name,
    type: column.type,
    coercibility: 'expression',
  };
  for (const field of fields) result = accessField(result, field, ctx);
  return result;
}

export function analyzeFieldAccess(e: FieldAccess, ctx: AnalyzerContext): TypedExpression {
  return accessField(ctx.analyze(e.object, ctx), e.field, ctx);
}

function accessField(object: TypedExpression, field: Identifier, ctx: AnalyzerContext): TypedExpression {
  const type = object.type;
  if (isScalar(type, 'JSON')) {
    const key = { kind: 'literal' as const, type: STRING, value: field.name, coercibility: 'literal' as const };
    return {
      kind: 'call',
      fn: '$json_field',
      safe: false,
      args: [object, key],
      namedArgs: [],
      type: JSON_TYPE,
      coercibility: 'expression',
    };
  }
  if (type.kind !== 'struct') throw fieldAccessOnNonStruct(field.name, typeName(type), ctx.site(field.loc));
  const key = field.name.toLowerCase();
  const matches = type.fields.flatMap((f, i) => (f.name !== null && f.name.toLowerCase() === key ? [i] : []));
  if (matches.length === 0) throw structFieldNotFound(field.name, typeName(type), ctx.site(field.loc));
  if (matches.length > 1) throw ambiguousStructField(field.name, typeName(type), ctx.site(field.loc));
  const fieldIndex = matches[0];
  return { kind: 'fieldAccess', object, fieldIndex, type: type.fields[fieldIndex].type, coercibility: 'expression' };
}

const ARRAY_ACCESS: Record<string, string> = {
  OFFSET: '$array_at_offset',
  SAFE_OFFSET: '$safe_array_at_offset',
  ORDINAL: '$array_at_ordinal',
  SAFE_ORDINAL: '$safe_array_at_ordinal',
};

export function analyzeSubscript(e: Subscript, ctx: AnalyzerContext): TypedExpression {
  const object = ctx.analyze(e.object, ctx);
  const index = ctx.analyze(e.index, ctx);
  const type = object.type;
  if (isScalar(type, 'JSON') && e.mode === null) {
    return callOperator('$subscript', [object, index], [e.object.loc, e.index.loc], ctx.site(e.loc), ctx);
  }
  if (e.mode === null) {
    if (type.kind === 'array') throw arrayPositionAccess(ctx.site(e.index.loc));
    throw subscriptNotSupported('OFFSET', typeName(type), ctx.site(e.index.loc));
  }
  if (type.kind !== 'array') {
    const text = ctx.options.text;
    const at = text.toUpperCase().lastIndexOf(e.mode, ctx.offsetOf(e.index.loc));
    throw subscriptNotSupported(e.mode, typeName(type), at < 0 ? ctx.site(e.index.loc) : ctx.siteAt(at));
  }
  if (!coercesTo(index, INT64)) throw arrayIndexNotInt64(typeName(index.type), ctx.site(e.index.loc));
  return callOperator(ARRAY_ACCESS[e.mode], [object, index], [e.object.loc, e.index.loc], ctx.site(e.loc), ctx);
}
