/**
 * Conversions between the three spellings of a type a view meets: DDL column types (with STRING
 * lengths and vector lengths, as tables store them), CAST targets written in a query, and the
 * analyzer's value types. Proto and enum types are not supported by this emulator's schema, so a
 * named type is unknown. A CAST target GoogleSQL does not know is an analysis error.
 */

import { typeNotFound } from '../../../../errors/analyzer-errors';
import type { DdlColumnType } from '../../../../sql/ast/ddl-common';
import type { TypeNode } from '../../../../sql/ast/type';
import { arrayOf, scalar, structOf, typeSqlName, type SqlType } from '../../../query/analyzer/sql-type';
import type { ViewAnalysisContext } from './view-analysis-context';

/** A value type as the catalog stores view columns (STRING and BYTES without a length). */
export function columnTypeOfSql(type: SqlType): DdlColumnType {
  switch (type.kind) {
    case 'scalar':
      return type.name === 'STRING' || type.name === 'BYTES'
        ? { kind: 'sized', name: type.name, length: null }
        : { kind: 'scalar', name: type.name };
    case 'array':
      return { kind: 'array', element: columnTypeOfSql(type.element), vectorLength: null };
    case 'struct':
      return {
        kind: 'struct',
        fields: type.fields.map((f) => ({ name: f.name ?? '', type: columnTypeOfSql(f.type) })),
      };
  }
}

/** The CAST target type; unknown type names are GoogleSQL's "Type not found". */
export function sqlTypeOfTypeNode(node: TypeNode, ctx: ViewAnalysisContext): SqlType {
  switch (node.kind) {
    case 'scalarType':
      if (node.name === 'BIGNUMERIC') throw typeNotFound(node.name, ctx.site(node.loc));
      return scalar(node.name);
    case 'arrayType':
      return arrayOf(sqlTypeOfTypeNode(node.element, ctx));
    case 'structType':
      return structOf(node.fields.map((f) => ({ name: f.name?.name ?? null, type: sqlTypeOfTypeNode(f.type, ctx) })));
    case 'namedType':
      throw typeNotFound(node.path.parts.map((p) => p.name).join('.'), ctx.site(node.loc));
  }
}

/** The name Spanner gives a view column's type in messages (FLOAT32 spelled out). */
export function viewTypeName(type: SqlType): string {
  return typeSqlName(type);
}

export function sameViewType(a: SqlType | null, b: SqlType | null): boolean {
  if (a === null || b === null) return true;
  return viewTypeName(a) === viewTypeName(b);
}
