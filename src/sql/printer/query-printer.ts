/**
 * Prints queries: WITH, SELECT and its clauses, set operations, ORDER BY, LIMIT and FOR UPDATE.
 * Nested set operations and queries with their own clauses are parenthesised so the output parses
 * back to the same AST. FROM items are from-printer's.
 */

import { assertNever } from '../../errors/assert-never';
import type { Query, QueryExpression, Select, SelectItem, StarReplacement } from '../ast/query';
import type { Identifier } from '../ast/node';
import { printExpression, printOperand } from './expression-printer';
import { printFromItem } from './from-printer';
import { printHint, printOrderBy } from './hint-printer';
import { printIdentifier, printPathName } from './identifier-printer';

/** Postfix precedence: `expr.*` needs its expression at least this tight. */
const P_POSTFIX = 12;

export function printQuery(q: Query): string {
  let out = '';
  if (q.with) {
    const ctes = q.with.ctes.map((cte) => `${printIdentifier(cte.name)} AS (${printQuery(cte.query)})`);
    out += `WITH ${q.with.recursive ? 'RECURSIVE ' : ''}${ctes.join(', ')} `;
  }
  out += q.body.kind === 'query' ? `(${printQuery(q.body)})` : printQueryExpression(q.body);
  if (q.orderBy) out += ` ORDER BY ${printOrderBy(q.orderBy)}`;
  if (q.limit) {
    out += ` LIMIT ${printExpression(q.limit.count)}`;
    if (q.limit.offset) out += ` OFFSET ${printExpression(q.limit.offset)}`;
  }
  if (q.forUpdate) out += ' FOR UPDATE';
  return out;
}

export function printQueryExpression(e: QueryExpression): string {
  switch (e.kind) {
    case 'select':
      return printSelect(e);
    case 'setOperation': {
      const op = ` ${e.op} ${e.distinct ? 'DISTINCT' : 'ALL'} `;
      return e.inputs
        .map((input) => (input.kind === 'select' ? printSelect(input) : `(${printNested(input)})`))
        .join(op);
    }
    case 'query':
      return printQuery(e);
    case 'fromQuery':
      return `FROM ${printFromItem(e.from)}`;
    default:
      return assertNever(e, 'query expression');
  }
}

function printNested(e: QueryExpression): string {
  return e.kind === 'query' ? printQuery(e) : printQueryExpression(e);
}

function printSelect(s: Select): string {
  let out = 'SELECT';
  if (s.distinct) out += ' DISTINCT';
  if (s.selectAs) {
    const as = s.selectAs;
    out +=
      as.kind === 'asStruct' ? ' AS STRUCT' : as.kind === 'asValue' ? ' AS VALUE' : ` AS ${printPathName(as.path)}`;
  }
  out += ` ${printSelectList(s.columns)}`;
  if (s.from) out += ` FROM ${printFromItem(s.from)}`;
  if (s.where) out += ` WHERE ${printExpression(s.where)}`;
  if (s.groupBy) {
    const hint = s.groupBy.hint ? ` ${printHint(s.groupBy.hint)}` : '';
    const items = s.groupBy.items.map((i) =>
      i.kind === 'rollup' ? `ROLLUP(${i.items.map(printExpression).join(', ')})` : printExpression(i),
    );
    out += ` GROUP${hint} BY ${items.join(', ')}`;
  }
  if (s.having) out += ` HAVING ${printExpression(s.having)}`;
  return out;
}

export function printSelectList(items: readonly SelectItem[]): string {
  return items.map(printSelectItem).join(', ');
}

function printSelectItem(item: SelectItem): string {
  switch (item.kind) {
    case 'selectColumn':
      return item.alias
        ? `${printExpression(item.expr)} AS ${printIdentifier(item.alias)}`
        : printExpression(item.expr);
    case 'selectStar':
      return `*${printStarModifiers(item.except, item.replace)}`;
    case 'selectDotStar':
      return `${printOperand(item.expr, P_POSTFIX)}.*${printStarModifiers(item.except, item.replace)}`;
    default:
      return assertNever(item, 'select item');
  }
}

function printStarModifiers(except: readonly Identifier[] | null, replace: readonly StarReplacement[] | null): string {
  let out = '';
  if (except) out += ` EXCEPT (${except.map(printIdentifier).join(', ')})`;
  if (replace)
    out += ` REPLACE (${replace.map((r) => `${printExpression(r.expr)} AS ${printIdentifier(r.alias)}`).join(', ')})`;
  return out;
}
