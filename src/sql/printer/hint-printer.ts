/** Prints `@{key=value, ...}` hints and the ORDER BY lists shared by queries and aggregate calls. */

import type { Hint } from '../ast/node';
import type { OrderByItem } from '../ast/query';
import { printExpression } from './expression-printer';
import { printName } from './identifier-printer';
import { printStringLiteral } from './literal-printer';

export function printHint(hint: Hint): string {
  const entries = hint.entries.map(
    (e) => `${e.key.parts.map((p) => printName(p.name, true)).join('.')}=${printExpression(e.value)}`,
  );
  return `@{${entries.join(', ')}}`;
}

export function printOrderBy(items: readonly OrderByItem[]): string {
  return items
    .map((item) => {
      let out = printExpression(item.expr);
      if (item.collate !== null) out += ` COLLATE ${printStringLiteral(item.collate)}`;
      if (item.direction) out += ` ${item.direction}`;
      if (item.nulls) out += ` NULLS ${item.nulls}`;
      return out;
    })
    .join(', ');
}
