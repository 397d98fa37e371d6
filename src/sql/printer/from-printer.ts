/**
 * Prints FROM items: tables and array paths, subqueries, UNNEST, table-valued functions and
 * joins. A join on the right of another join is parenthesised, since joins associate to the left.
 */

import { assertNever } from '../../errors/assert-never';
import type { FromItem, TableSample, WithOffset } from '../ast/from';
import type { Hint, Identifier } from '../ast/node';
import { printExpression } from './expression-printer';
import { printArgument } from './form-printer';
import { printHint } from './hint-printer';
import { printIdentifier, printPathName } from './identifier-printer';
import { printQuery } from './query-printer';

function suffixes(
  hint: Hint | null,
  alias: Identifier | null,
  withOffset: WithOffset | null,
  sample: TableSample | null,
): string {
  let out = '';
  if (hint) out += ` ${printHint(hint)}`;
  if (alias) out += ` AS ${printIdentifier(alias)}`;
  if (withOffset) out += ` WITH OFFSET${withOffset.alias ? ` AS ${printIdentifier(withOffset.alias)}` : ''}`;
  if (sample) {
    out += ` TABLESAMPLE ${sample.method} (${printExpression(sample.size)} ${sample.unit})`;
    if (sample.repeatable) out += ` REPEATABLE(${printExpression(sample.repeatable)})`;
  }
  return out;
}

export function printFromItem(item: FromItem): string {
  switch (item.kind) {
    case 'tableRef':
      return `${printPathName(item.path)}${suffixes(item.hint, item.alias, item.withOffset, item.sample)}`;
    case 'subqueryRef':
      return `(${printQuery(item.query)})${suffixes(item.hint, item.alias, null, item.sample)}`;
    case 'unnestRef':
      return `UNNEST(${printExpression(item.array)})${suffixes(item.hint, item.alias, item.withOffset, item.sample)}`;
    case 'tvfRef': {
      const name = `${item.safe ? 'SAFE.' : ''}${printPathName(item.name)}`;
      return `${name}(${item.args.map(printArgument).join(', ')})${suffixes(item.hint, item.alias, null, item.sample)}`;
    }
    case 'join':
      return printJoin(item);
    default:
      return assertNever(item, 'from item');
  }
}

function printJoin(j: Extract<FromItem, { kind: 'join' }>): string {
  const left = printFromItem(j.left);
  const right = j.right.kind === 'join' ? `(${printFromItem(j.right)})` : printFromItem(j.right);
  if (j.joinType === 'COMMA') return `${left}, ${right}`;
  let out = `${left} ${j.joinType}${j.method ? ` ${j.method}` : ''} JOIN${j.hint ? ` ${printHint(j.hint)}` : ''} ${right}`;
  if (j.on) out += ` ON ${printExpression(j.on)}`;
  if (j.using) out += ` USING (${j.using.map(printIdentifier).join(', ')})`;
  return out;
}
