/** Prints INSERT, UPDATE and DELETE (with ON CONFLICT, nested DML and THEN RETURN). */

import { assertNever } from '../../errors/assert-never';
import type { DmlStatement, InsertStatement, OnConflict, ThenReturn, UpdateItem, ValueOrDefault } from '../ast/dml';
import type { Expression } from '../ast/expression';
import type { Hint } from '../ast/node';
import { printExpression } from './expression-printer';
import { printHint } from './hint-printer';
import { printIdentifier, printPathName } from './identifier-printer';
import { printQuery, printSelectList } from './query-printer';

function printValue(v: ValueOrDefault): string {
  return v.kind === 'default' ? 'DEFAULT' : printExpression(v);
}

function printTail(assertRows: Expression | null, thenReturn: ThenReturn | null): string {
  let out = '';
  if (assertRows) out += ` ASSERT_ROWS_MODIFIED ${printExpression(assertRows)}`;
  if (thenReturn) {
    out += ' THEN RETURN';
    if (thenReturn.withAction)
      out += ` WITH ACTION${thenReturn.withAction.alias ? ` AS ${printIdentifier(thenReturn.withAction.alias)}` : ''}`;
    out += ` ${printSelectList(thenReturn.columns)}`;
  }
  return out;
}

function printTable(table: DmlStatement['table'], hint: Hint | null): string {
  return `${printPathName(table)}${hint ? ` ${printHint(hint)}` : ''}`;
}

function printUpdateItems(items: readonly UpdateItem[]): string {
  return items
    .map((item) =>
      item.kind === 'nestedDml'
        ? `(${printDml(item.statement)})`
        : `${printPathName(item.target)} = ${printValue(item.value)}`,
    )
    .join(', ');
}

function printConflict(oc: OnConflict): string {
  let out = ' ON CONFLICT';
  if (oc.target?.kind === 'conflictColumns') out += ` (${oc.target.columns.map(printIdentifier).join(', ')})`;
  else if (oc.target?.kind === 'conflictConstraint') out += ` ON UNIQUE CONSTRAINT ${printIdentifier(oc.target.name)}`;
  if (oc.action.kind === 'doNothing') return `${out} DO NOTHING`;
  out += ` DO UPDATE SET ${printUpdateItems(oc.action.items)}`;
  return oc.action.where ? `${out} WHERE ${printExpression(oc.action.where)}` : out;
}

function printInsert(s: InsertStatement): string {
  let out = `INSERT${s.mode ? ` OR ${s.mode}` : ''} INTO ${printTable(s.table, s.tableHint)}`;
  if (s.alias) out += ` AS ${printIdentifier(s.alias)}`;
  if (s.columns) out += ` (${s.columns.map(printIdentifier).join(', ')})`;
  if (s.source.kind === 'insertValues') {
    out += ` VALUES ${s.source.rows.map((r) => `(${r.values.map(printValue).join(', ')})`).join(', ')}`;
  } else {
    out += ` ${printQuery(s.source.query)}`;
  }
  if (s.onConflict) out += printConflict(s.onConflict);
  return out + printTail(s.assertRowsModified, s.thenReturn);
}

/** Prints a DML statement, with its statement hint when it has one. */
export function printDml(s: DmlStatement): string {
  const hint = s.hint ? `${printHint(s.hint)} ` : '';
  switch (s.kind) {
    case 'insert':
      return hint + printInsert(s);
    case 'update': {
      let out = `UPDATE ${printTable(s.table, s.tableHint)}${s.alias ? ` AS ${printIdentifier(s.alias)}` : ''}`;
      out += ` SET ${printUpdateItems(s.items)}`;
      if (s.where) out += ` WHERE ${printExpression(s.where)}`;
      return hint + out + printTail(s.assertRowsModified, s.thenReturn);
    }
    case 'delete': {
      let out = `DELETE FROM ${printTable(s.table, s.tableHint)}${s.alias ? ` AS ${printIdentifier(s.alias)}` : ''}`;
      if (s.where) out += ` WHERE ${printExpression(s.where)}`;
      return hint + out + printTail(s.assertRowsModified, s.thenReturn);
    }
    default:
      return assertNever(s, 'DML statement');
  }
}
