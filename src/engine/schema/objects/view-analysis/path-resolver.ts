/**
 * Resolves dotted names in a view query under strict name resolution: `alias.column[.field...]`
 * through a range variable, a plain name (lambda parameter, alias) with fields, or a value range
 * variable with fields. A bare column name resolves to a subquery's column; one only a table or
 * a view has is refused ("Alias c cannot be used without a qualifier"), one several FROM items
 * have is ambiguous, anything else unknown is "Unrecognized name". Reading a column
 * records it as a dependency of the view.
 */

import { fieldAccessOnNonStruct, structFieldNotFound, unrecognizedName } from '../../../../errors/analyzer-errors';
import { ambiguousColumnName, nameNotFoundInside, unqualifiedNameInView } from '../../../../errors/view-errors';
import type { Identifier } from '../../../../sql/ast/node';
import { printIdent } from '../../../../sql/printer/ddl-names';
import { JSON_TYPE, structOf, typeName, type SqlType } from '../../../query/analyzer/sql-type';
import { exprInfo, type ExprInfo } from './call-typing';
import type { ViewAnalysisContext } from './view-analysis-context';
import { findScopeColumn, type RangeVariable, type Scope } from './view-scope';

export function resolvePath(parts: readonly Identifier[], scope: Scope, ctx: ViewAnalysisContext): ExprInfo {
  const [head, ...rest] = parts;
  const variable = scope.findVariable(head.name);
  if (variable !== undefined) return resolveThroughVariable(variable, head, rest, ctx);
  const named = scope.findName(head.name);
  if (named !== undefined) return exprInfo(fieldsOf(named.type, rest, ctx));
  return resolveBareColumn(head, rest, scope, ctx);
}

/** A bare column name: a subquery's column, or an error saying why not. */
function resolveBareColumn(head: Identifier, rest: readonly Identifier[], scope: Scope, ctx: ViewAnalysisContext) {
  const holders = scope.variablesWithColumn(head.name);
  if (holders.length === 0) throw unrecognizedName(printIdent(head.name), ctx.site(head.loc));
  if (holders.length > 1) throw ambiguousColumnName(printIdent(head.name), ctx.site(head.loc));
  const [holder] = holders;
  if (holder.bareColumns !== true) throw unqualifiedNameInView(printIdent(head.name), ctx.site(head.loc));
  const column = findScopeColumn(holder, head.name)!;
  if (column.ref !== null) ctx.addDependency(column.ref);
  return exprInfo(fieldsOf(column.type, rest, ctx));
}

function resolveThroughVariable(
  variable: RangeVariable,
  head: Identifier,
  rest: readonly Identifier[],
  ctx: ViewAnalysisContext,
): ExprInfo {
  if (variable.value !== null) return exprInfo(fieldsOf(variable.value.type, rest, ctx));
  if (rest.length === 0) return exprInfo(rowType(variable));
  const [columnName, ...fields] = rest;
  const column = findScopeColumn(variable, columnName.name);
  if (column === undefined) {
    if (variable.opaque) return exprInfo(null);
    throw nameNotFoundInside(printIdent(columnName.name), printIdent(head.name), ctx.site(columnName.loc));
  }
  if (column.ref !== null) ctx.addDependency(column.ref);
  return exprInfo(fieldsOf(column.type, fields, ctx));
}

/** A range variable used as a value: the STRUCT of its columns. */
export function rowType(variable: RangeVariable): SqlType | null {
  if (variable.opaque || variable.columns.some((c) => c.type === null)) return null;
  return structOf(variable.columns.map((c) => ({ name: c.name, type: c.type as SqlType })));
}

/** The type reached by `.f1.f2...` from `type`; JSON fields stay JSON. */
export function fieldsOf(
  type: SqlType | null,
  fields: readonly Identifier[],
  ctx: ViewAnalysisContext,
): SqlType | null {
  let current = type;
  for (const field of fields) {
    if (current === null) return null;
    current = fieldOf(current, field, ctx);
  }
  return current;
}

export function fieldOf(type: SqlType, field: Identifier, ctx: ViewAnalysisContext): SqlType {
  if (type.kind === 'scalar' && type.name === 'JSON') return JSON_TYPE;
  if (type.kind !== 'struct') throw fieldAccessOnNonStruct(printIdent(field.name), typeName(type), ctx.site(field.loc));
  const key = field.name.toLowerCase();
  const found = type.fields.find((f) => f.name !== null && f.name.toLowerCase() === key);
  if (found === undefined) throw structFieldNotFound(printIdent(field.name), typeName(type), ctx.site(field.loc));
  return found.type;
}
