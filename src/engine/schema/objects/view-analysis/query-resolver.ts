/**
 * Queries of a view body: WITH (resolved so errors inside are reported, then refused by the
 * caller), SELECT with its FROM / WHERE / GROUP BY / HAVING, set operations (matching column
 * counts), ORDER BY and LIMIT, producing the output column list with names as GoogleSQL infers
 * them. Select-list aliases are visible to GROUP BY, HAVING and ORDER BY.
 */

import { assertNever } from '../../../../errors/assert-never';
import {
  setOperationColumnCountMismatch,
  setOperationIncompatibleTypes,
  starInView,
} from '../../../../errors/view-errors';
import type { Query, QueryExpression, Select, SetOperation } from '../../../../sql/ast/query';
import { structOf, typeName, type SqlType } from '../../../query/analyzer/sql-type';
import { resolveExpression, supertypeOf } from './expression-resolver';
import { resolveFromItem } from './from-resolver';
import { resolveSelectItems } from './select-list';
import type { ViewAnalysisContext } from './view-analysis-context';
import { Scope, type NameList, type OutputColumn } from './view-scope';

interface ResolvedBody {
  readonly names: NameList;
  /** Where ORDER BY of the enclosing query resolves its names. */
  readonly orderScope: Scope;
}

export function resolveQuery(query: Query, outer: Scope, ctx: ViewAnalysisContext): NameList {
  const withCtes = query.with !== null;
  if (query.with !== null) {
    ctx.sawWithClause = true;
    const ctes = new Map<string, NameList>();
    ctx.pushCtes(ctes);
    for (const cte of query.with.ctes) ctes.set(cte.name.name.toLowerCase(), resolveQuery(cte.query, outer, ctx));
  }
  try {
    const body = resolveBody(query.body, outer, ctx);
    query.orderBy?.forEach((item) => resolveExpression(item.expr, body.orderScope, ctx));
    if (query.limit !== null) {
      resolveExpression(query.limit.count, outer, ctx);
      if (query.limit.offset !== null) resolveExpression(query.limit.offset, outer, ctx);
    }
    return body.names;
  } finally {
    if (withCtes) ctx.popCtes();
  }
}

function resolveBody(body: QueryExpression, outer: Scope, ctx: ViewAnalysisContext): ResolvedBody {
  switch (body.kind) {
    case 'select':
      return resolveSelect(body, outer, ctx);
    case 'setOperation':
      return resolveSetOperation(body, outer, ctx);
    case 'query': {
      const names = resolveQuery(body, outer, ctx);
      return { names, orderScope: outputScope(outer, names) };
    }
    case 'fromQuery':
      resolveFromItem(body.from, outer.child([]), ctx);
      throw starInView(ctx.site(body.loc));
    default:
      return assertNever(body, 'query expression');
  }
}

function resolveSelect(select: Select, outer: Scope, ctx: ViewAnalysisContext): ResolvedBody {
  const variables = select.from === null ? [] : resolveFromItem(select.from, outer.child([]), ctx);
  const scope = outer.child(variables);
  if (select.where !== null) resolveExpression(select.where, scope, ctx);
  const columns = resolveSelectItems(select.columns, scope, ctx);
  const aliased = scope.withNames(aliasTypes(columns));
  for (const item of select.groupBy?.items ?? []) {
    const expressions = item.kind === 'rollup' ? item.items : [item];
    expressions.forEach((e) => resolveExpression(e, aliased, ctx));
  }
  if (select.having !== null) resolveExpression(select.having, aliased, ctx);
  return { names: selectAsNames(select, columns), orderScope: aliased };
}

function aliasTypes(columns: readonly OutputColumn[]): Map<string, SqlType | null> {
  const names = new Map<string, SqlType | null>();
  for (const c of columns) if (c.name !== null) names.set(c.name, c.type);
  return names;
}

/** SELECT AS STRUCT / AS VALUE make a value table of one column. */
function selectAsNames(select: Select, columns: readonly OutputColumn[]): NameList {
  const as = select.selectAs;
  if (as === null) return { columns, valueTable: false };
  switch (as.kind) {
    case 'asValue':
      return { columns: [{ name: null, type: columns[0]?.type ?? null }], valueTable: true };
    case 'asStruct': {
      const known = columns.every((c) => c.type !== null);
      const type = known ? structOf(columns.map((c) => ({ name: c.name, type: c.type as SqlType }))) : null;
      return { columns: [{ name: null, type }], valueTable: true };
    }
    case 'asTypeName':
      return { columns: [{ name: null, type: null }], valueTable: true };
    default:
      return assertNever(as, 'SELECT AS');
  }
}

function resolveSetOperation(op: SetOperation, outer: Scope, ctx: ViewAnalysisContext): ResolvedBody {
  const inputs = op.inputs.map((input) => resolveBody(input, outer, ctx).names);
  const first = inputs[0];
  const label = `${op.op} ${op.distinct ? 'DISTINCT' : 'ALL'}`;
  inputs.forEach((names, i) => {
    if (names.columns.length !== first.columns.length) {
      throw setOperationColumnCountMismatch(
        label,
        first.columns.length,
        i + 1,
        names.columns.length,
        ctx.site(op.inputs[i].loc),
      );
    }
  });
  const columns = first.columns.map((column, i) => {
    const types = inputs.map((n) => n.columns[i].type);
    const type = supertypeOf(types.map((t) => ({ type: t, coercibility: 'expression' as const })));
    if (type === null && types.every((t) => t !== null)) {
      throw setOperationIncompatibleTypes(
        label,
        i + 1,
        types.map((t) => typeName(t)),
        ctx.site(op.loc),
      );
    }
    return { name: column.name, type };
  });
  const names = { columns, valueTable: first.valueTable };
  return { names, orderScope: outputScope(outer, names) };
}

function outputScope(outer: Scope, names: NameList): Scope {
  return outer.child([]).withNames(aliasTypes(names.columns));
}
