/**
 * Prints a query or DML statement, statement hint first. Canonical DDL is the schema engine's
 * (engine/schema/printer), which prints the catalog, not statements.
 */

import { assertNever } from '../../errors/assert-never';
import type { SqlStatement } from '../ast/statement';
import { printDml } from './dml-printer';
import { printHint } from './hint-printer';
import { printQuery } from './query-printer';

export function printStatement(s: SqlStatement): string {
  switch (s.kind) {
    case 'queryStatement':
      return s.hint ? `${printHint(s.hint)} ${printQuery(s.query)}` : printQuery(s.query);
    case 'insert':
    case 'update':
    case 'delete':
      return printDml(s);
    default:
      return assertNever(s, 'statement');
  }
}
