/**
 * Finds schema objects passed by name inside stored expressions and queries (`SEQUENCE s` in
 * GET_NEXT_SEQUENCE_VALUE, `MODEL m` in ML.PREDICT). The search walks the AST as plain data, so
 * it reaches every nesting (subqueries, lambdas, CASE...) without an exhaustive visitor; it reads
 * syntax only and resolves nothing.
 */

import type { ObjectArgument } from '../../../sql/ast/function-call';
import type { Column, Table } from '../catalog/table';

export type ObjectArgumentKind = ObjectArgument['objectKind'];

/** Names (dotted parts joined) of the objects of `kind` passed by name anywhere under `node`. */
export function objectArgumentNames(node: unknown, kind: ObjectArgumentKind): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (record.kind === 'objectArgument') {
      const arg = value as ObjectArgument;
      if (arg.objectKind === kind) found.push(arg.name.parts.map((p) => p.name).join('.'));
      return;
    }
    for (const [key, child] of Object.entries(record)) {
      if (key !== 'loc') visit(child);
    }
  };
  visit(node);
  return found;
}

/** The expressions a column stores (generated, DEFAULT, ON UPDATE), as parsed. */
export function columnExpressionAsts(column: Column): unknown[] {
  const asts: unknown[] = [];
  if (column.generated !== null) asts.push(column.generated.expression.ast);
  if (column.defaultValue !== null) asts.push(column.defaultValue.ast);
  if (column.onUpdate !== null) asts.push(column.onUpdate.ast);
  return asts;
}

/** True when one of the column's stored expressions names the object. */
export function columnUsesObject(column: Column, kind: ObjectArgumentKind, name: string): boolean {
  const key = name.toLowerCase();
  return columnExpressionAsts(column).some((ast) =>
    objectArgumentNames(ast, kind).some((n) => n.toLowerCase() === key),
  );
}

/** The first column of `tables` whose expressions name the object, as `Table.column`. */
export function firstColumnUsingObject(
  tables: Iterable<Table>,
  kind: ObjectArgumentKind,
  name: string,
): string | undefined {
  for (const table of tables) {
    for (const column of table.columns) {
      const byRef = column.defaultValue?.dependencies ?? [];
      const recorded = [...byRef, ...(column.generated?.expression.dependencies ?? [])].some(
        (r) => r.kind === 'sequence' && kind === 'SEQUENCE' && r.name.toLowerCase() === name.toLowerCase(),
      );
      if (recorded || columnUsesObject(column, kind, name)) return `${table.name}.${column.name}`;
    }
  }
  return undefined;
}
