/**
 * Types as a view meets them: CAST targets written in a query become the analyzer's value types
 * (which is also what the catalog holds for table and view columns), and the names and equality
 * of view column types. Proto and enum CAST targets are not supported yet, so a named type is
 * unknown. A CAST target GoogleSQL does not know is an analysis error.
 */

import { typeNotFound } from '../../../../errors/analyzer-errors';
import type { TypeNode } from '../../../../sql/ast/type';
import { arrayOf, scalar, structOf, typeSqlName, type SqlType } from '../../../query/analyzer/sql-type';
import type { ViewAnalysisContext } from './view-analysis-context';

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
