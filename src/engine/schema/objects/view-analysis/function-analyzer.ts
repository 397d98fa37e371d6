/**
 * Analysis of a SQL function body (CREATE FUNCTION ... AS (expr)) against a catalog, as Spanner
 * does on CREATE [OR REPLACE] FUNCTION and when something the body reads changes: the parameters
 * are the names in scope, everything else resolves as in a view (strict mode), and the body must
 * convert to the declared RETURNS type. Errors are positioned in the statement GoogleSQL analyzes,
 * `CREATE FUNCTION `name`(params) RETURNS type SQL SECURITY INVOKER AS (<body>)`.
 */

import { withClauseInView, functionReturnTypeMismatch, unexpectedLockMode } from '../../../../errors/view-errors';
import type { Expression } from '../../../../sql/ast/expression';
import type { DdlCreateFunction } from '../../../../sql/ast/ddl-view';
import { parseExpressionAt } from '../../../../sql/index';
import { parseBodyAfter } from './body-parser';
import { printDdlColumnType } from '../../../../sql/printer/ddl-type-printer';
import type { Catalog } from '../../catalog/catalog';
import type { SchemaObjectRef } from '../../catalog/dependencies';
import { assignableTo } from '../../../query/analyzer/coercion';
import { typeSqlName, type SqlType } from '../../../query/analyzer/sql-type';
import { resolveExpression } from './expression-resolver';
import { hasLockMode } from './lock-mode';
import { resolveQuery } from './query-resolver';
import { ViewAnalysisContext } from './view-analysis-context';
import { Scope } from './view-scope';
import { NO_NAMED_TYPES, typeFromColumnType } from '../../../query/analyzer/type-from-syntax';

export interface FunctionAnalysis {
  readonly ast: Expression;
  /** The declared RETURNS type, else the body's type when known. */
  readonly resultType: SqlType | null;
  readonly dependencies: readonly SchemaObjectRef[];
}

function statementPrefix(def: DdlCreateFunction): string {
  const params = def.params.map((p) => `${p.name.name} ${printDdlColumnType(p.type)}`).join(', ');
  const returns = def.returns === null ? '' : ` RETURNS ${printDdlColumnType(def.returns)}`;
  return `CREATE FUNCTION \`${def.name.name}\`(${params})${returns} SQL SECURITY INVOKER AS (`;
}

export function analyzeFunctionBody(catalog: Catalog, def: DdlCreateFunction, body: string): FunctionAnalysis {
  const prefix = statementPrefix(def);
  const ast = parseBodyAfter(prefix, body, ')', parseExpressionAt);
  const ctx = new ViewAnalysisContext(catalog, prefix, body, prefix.length, ')');
  // Refused at the body's opening parenthesis, as GoogleSQL's parser places it.
  if (hasLockMode(ast))
    throw unexpectedLockMode('function body query', { text: `${prefix}${body})`, offset: prefix.length - 1 });
  ctx.resolveQuery = resolveQuery;
  const params = new Map(def.params.map((p) => [p.name.name, typeFromColumnType(p.type, NO_NAMED_TYPES)]));
  const info = resolveExpression(ast, Scope.root().withNames(params), ctx);
  const declared = def.returns === null ? null : typeFromColumnType(def.returns, NO_NAMED_TYPES);
  if (
    declared !== null &&
    info.type !== null &&
    !assignableTo({ type: info.type, coercibility: info.coercibility }, declared)
  ) {
    throw functionReturnTypeMismatch(typeSqlName(declared), typeSqlName(info.type), ctx.site(ast.loc));
  }
  if (ctx.sawWithClause) throw withClauseInView();
  return { ast, resultType: declared ?? info.type, dependencies: [...ctx.dependencies] };
}
