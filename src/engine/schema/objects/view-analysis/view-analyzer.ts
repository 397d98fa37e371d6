/**
 * Analysis of a view body against a catalog, as Spanner does on CREATE [OR REPLACE] VIEW and
 * whenever something a view reads changes: names resolve (strict mode), output columns are named
 * and unique, WITH clauses and lock modes (FOR UPDATE) are refused, and the result is the view's output columns (types where
 * known) and the schema objects it reads. Errors are GoogleSQL-style detail messages positioned in
 * `CREATE VIEW `name` SQL SECURITY INVOKER AS <body>`; the caller wraps them in Spanner's view
 * errors.
 */

import {
  duplicateViewColumn,
  unexpectedLockMode,
  unnamedViewColumn,
  withClauseInView,
} from '../../../../errors/view-errors';
import type { Query } from '../../../../sql/ast/query';
import { parseQueryAt } from '../../../../sql/index';
import { parseBodyAfter } from './body-parser';
import { printIdent } from '../../../../sql/printer/ddl-names';
import type { Catalog } from '../../catalog/catalog';
import type { SchemaObjectRef } from '../../catalog/dependencies';
import type { SqlType } from '../../../query/analyzer/sql-type';
import { hasLockMode } from './lock-mode';
import { resolveQuery } from './query-resolver';
import { ViewAnalysisContext } from './view-analysis-context';
import { Scope, VALUE_TABLE_COLUMN, type NameList } from './view-scope';

export interface AnalyzedViewColumn {
  readonly name: string;
  readonly type: SqlType | null;
}

export interface ViewAnalysis {
  readonly ast: Query;
  readonly columns: readonly AnalyzedViewColumn[];
  readonly dependencies: readonly SchemaObjectRef[];
}

/**
 * Analyzes a view body given as text. The stored AST's positions are those of the statement
 * GoogleSQL analyzes, `CREATE VIEW `name` SQL SECURITY INVOKER AS <body>`.
 */
export function analyzeViewBody(catalog: Catalog, viewName: string, body: string): ViewAnalysis {
  const prefix = `CREATE VIEW \`${viewName}\` SQL SECURITY INVOKER AS `;
  const ast = parseBodyAfter(prefix, body, '', parseQueryAt);
  const ctx = new ViewAnalysisContext(catalog, prefix, body, prefix.length);
  if (hasLockMode(ast)) throw unexpectedLockMode('query', ctx.site(ast.loc));
  ctx.resolveQuery = resolveQuery;
  const names = resolveQuery(ast, Scope.root(), ctx);
  checkOutputNames(names, ast, ctx);
  if (ctx.sawWithClause) throw withClauseInView();
  const columns = names.valueTable
    ? [{ name: VALUE_TABLE_COLUMN, type: names.columns[0]?.type ?? null }]
    : names.columns.map((c) => ({ name: c.name as string, type: c.type }));
  return { ast, columns, dependencies: [...ctx.dependencies] };
}

function checkOutputNames(names: NameList, query: Query, ctx: ViewAnalysisContext): void {
  if (names.valueTable) return;
  const seen = new Set<string>();
  names.columns.forEach((column, i) => {
    if (column.name === null) throw unnamedViewColumn(i + 1, ctx.site(query.loc));
    const key = column.name.toLowerCase();
    if (seen.has(key)) throw duplicateViewColumn(printIdent(column.name), ctx.site(query.loc));
    seen.add(key);
  });
}
