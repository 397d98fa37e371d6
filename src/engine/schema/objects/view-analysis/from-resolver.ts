/**
 * FROM items of a view query, turned into the range variables they bring into scope: tables
 * (and their synonyms), views and common table expressions by name, subqueries, UNNEST and array
 * paths, table-valued functions, and joins (USING is refused: strict mode wants JOIN ON). Tables,
 * views and indexes forced by a hint become dependencies of the view; columns only once read.
 */

import { assertNever } from '../../../../errors/assert-never';
import { hintIndexNotFound, tableNotFoundInQuery, usingInView } from '../../../../errors/view-errors';
import { printIdent } from '../../../../sql/printer/ddl-names';
import type { FromItem, Join, TableRef, UnnestRef } from '../../../../sql/ast/from';
import type { Hint } from '../../../../sql/ast/node';
import { printParts } from '../../../../sql/printer/identifier-printer';
import { findTable, findTableBySynonym } from '../../catalog/catalog-lookup';
import { lookupNamed } from '../../catalog/named-map';
import type { Table } from '../../catalog/table';
import { INT64, type SqlType } from '../../../query/analyzer/sql-type';
import { resolveExpression } from './expression-resolver';
import { resolveCallArguments } from './call-resolver';
import type { ViewAnalysisContext } from './view-analysis-context';
import { VALUE_TABLE_COLUMN, type NameList, type RangeVariable, type Scope } from './view-scope';
import { analyzableType } from '../../catalog/column-types';

/** `scope` holds the enclosing query's names and the FROM items to the left of `item`. */
export function resolveFromItem(item: FromItem, scope: Scope, ctx: ViewAnalysisContext): RangeVariable[] {
  switch (item.kind) {
    case 'tableRef':
      return resolveTableRef(item, scope, ctx);
    case 'subqueryRef': {
      if (ctx.resolveQuery === null) throw new Error('view analysis has no query resolver');
      const names = ctx.resolveQuery(item.query, scope, ctx);
      return [{ ...variableOfNameList(item.alias?.name ?? null, names), bareColumns: true }];
    }
    case 'unnestRef':
      return resolveUnnest(item, scope, ctx);
    case 'tvfRef': {
      resolveCallArguments(item.args, scope, ctx);
      const alias = item.alias?.name ?? item.name.parts[item.name.parts.length - 1].name;
      return [{ alias, columns: [], value: null, opaque: true }];
    }
    case 'join':
      return resolveJoin(item, scope, ctx);
    default:
      return assertNever(item, 'FROM item');
  }
}

function resolveTableRef(item: TableRef, scope: Scope, ctx: ViewAnalysisContext): RangeVariable[] {
  const parts = item.path.parts;
  const name = parts.map((p) => p.name).join('.');
  const alias = item.alias?.name ?? parts[parts.length - 1].name;
  const cte = parts.length === 1 ? ctx.findCte(name) : undefined;
  if (cte !== undefined) return [variableOfNameList(alias, cte)];
  const table = findTable(ctx.catalog, name) ?? findTableBySynonym(ctx.catalog, name);
  if (table !== undefined) {
    ctx.addDependency({ kind: 'table', name: table.name });
    checkIndexHint(item.hint, table, ctx);
    return [tableVariable(alias, table)];
  }
  const view = lookupNamed(ctx.catalog.views, name);
  if (view !== undefined) {
    ctx.addDependency({ kind: 'view', name: view.name });
    const columns = view.columns.map((c) => ({ name: c.name, type: c.type, ref: null }));
    if (columns.length === 1 && columns[0].name === VALUE_TABLE_COLUMN) {
      return [{ alias, columns: [], value: { type: columns[0].type }, opaque: false }];
    }
    return [{ alias, columns, value: null, opaque: false }];
  }
  if (parts.length > 1 && scope.findVariable(parts[0].name) !== undefined) {
    const path = resolveExpression({ kind: 'path', parts, loc: item.path.loc }, scope, ctx);
    return [elementVariable(alias, path.type), ...offsetVariable(item)];
  }
  throw tableNotFoundInQuery(printParts(parts), ctx.site(item.path.loc));
}

function tableVariable(alias: string, table: Table): RangeVariable {
  const columns = table.columns.map((c) => ({
    name: c.name,
    type: analyzableType(c.type),
    ref: { kind: 'column' as const, table: table.name, column: c.name },
  }));
  return { alias, columns, value: null, opaque: false };
}

/** `@{FORCE_INDEX=name}` must name an index of the table (or `_BASE_TABLE`); the view then needs it. */
function checkIndexHint(hint: Hint | null, table: Table, ctx: ViewAnalysisContext): void {
  for (const entry of hint?.entries ?? []) {
    const key = entry.key.parts
      .map((p) => p.name)
      .join('.')
      .toLowerCase();
    if (key !== 'force_index') continue;
    const value = entry.value;
    const indexName =
      value.kind === 'path'
        ? value.parts.map((p) => p.name).join('.')
        : value.kind === 'stringLiteral'
          ? value.value
          : null;
    if (indexName === null || indexName.toUpperCase() === '_BASE_TABLE') continue;
    const index = lookupNamed(ctx.catalog.indexes, indexName);
    if (index === undefined || index.table.toLowerCase() !== table.name.toLowerCase()) {
      throw hintIndexNotFound(table.name, indexName);
    }
    ctx.addDependency({ kind: 'index', name: index.name });
  }
}

/** A subquery or CTE as a range variable; a value table stands for its one value. */
export function variableOfNameList(alias: string | null, names: NameList): RangeVariable {
  if (names.valueTable) return { alias, columns: [], value: { type: names.columns[0]?.type ?? null }, opaque: false };
  const columns = names.columns.flatMap((c) => (c.name === null ? [] : [{ name: c.name, type: c.type, ref: null }]));
  return { alias, columns, value: null, opaque: false };
}

function resolveUnnest(item: UnnestRef, scope: Scope, ctx: ViewAnalysisContext): RangeVariable[] {
  const array = resolveExpression(item.array, scope, ctx);
  const implicit = item.array.kind === 'path' ? item.array.parts[item.array.parts.length - 1].name : null;
  return [elementVariable(item.alias?.name ?? implicit, array.type), ...offsetVariable(item)];
}

function elementVariable(alias: string | null, arrayType: SqlType | null): RangeVariable {
  const element = arrayType !== null && arrayType.kind === 'array' ? arrayType.element : null;
  return { alias, columns: [], value: { type: element }, opaque: false };
}

function offsetVariable(item: TableRef | UnnestRef): RangeVariable[] {
  if (item.withOffset === null) return [];
  return [{ alias: item.withOffset.alias?.name ?? 'offset', columns: [], value: { type: INT64 }, opaque: false }];
}

function resolveJoin(join: Join, scope: Scope, ctx: ViewAnalysisContext): RangeVariable[] {
  const left = resolveFromItem(join.left, scope, ctx);
  const right = resolveFromItem(join.right, scope.extend(left), ctx);
  const both = [...left, ...right];
  if (join.on !== null) resolveExpression(join.on, scope.extend(both), ctx);
  const using = join.using?.[0];
  if (using !== undefined) throw usingInView(printIdent(using.name), ctx.site(using.loc));
  return both;
}
