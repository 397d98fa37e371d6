/**
 * Generated columns (`AS (expr) [STORED]`): the expression is analyzed against the table and must
 * yield the column's type deterministically; afterwards the table-wide rules: no dependency
 * cycles, NOT NULL only when STORED, no commit timestamp columns as inputs.
 */

import {
  commitTimestampGeneratedColumnDependency,
  cycleDetected,
  generatedColumnDefinitionError,
  nonStoredGeneratedColumnNotNull,
} from '../../../errors/constraint-errors';
import { SpannerError } from '../../../errors/spanner-error';
import type { Catalog } from '../catalog/catalog';
import { findColumn } from '../catalog/catalog-lookup';
import { nameKey } from '../catalog/named-map';
import type { Column, SchemaExpression, Table } from '../catalog/table';
import { analyzableType } from '../catalog/column-types';
import { validateSchemaExpression } from './expression-validation';
import { columnDependencies, columnRefs, isCommitTimestampColumn, sequenceResolver, tableScope } from './table-scope';

/** The generated column's expression, analyzed (dependencies recorded). */
export function analyzeGeneratedColumn(catalog: Catalog, table: Table, column: Column): SchemaExpression {
  const generated = column.generated;
  const target = analyzableType(column.type);
  if (generated === null || target === null) return generated?.expression as SchemaExpression;
  try {
    const v = validateSchemaExpression(generated.expression.text, generated.expression.ast, target, tableScope(table), {
      use: 'stored generated columns',
      allowVolatile: false,
      allowPendingCommitTimestamp: false,
      parenthesized: true,
      resolveSequence: sequenceResolver(catalog),
    });
    return { ...generated.expression, dependencies: columnRefs(table.name, v.columns) };
  } catch (e) {
    if (e instanceof SpannerError) throw generatedColumnDefinitionError(table.name, column.name, e.message);
    throw e;
  }
}

/** Rules a generated column must meet once every expression of its table is analyzed. */
export function checkGeneratedColumn(table: Table, column: Column): void {
  const generated = column.generated;
  if (generated === null) return;
  if (!generated.stored && column.notNull) throw nonStoredGeneratedColumnNotNull(`${table.name}.${column.name}`);
  for (const name of columnDependencies(generated.expression)) {
    const dep = findColumn(table, name);
    if (dep !== undefined && isCommitTimestampColumn(dep)) throw commitTimestampGeneratedColumnDependency(dep.name);
  }
}

/**
 * Refuses cycles among generated columns. Walks columns in table order, depth first along each
 * expression's references; the message lists the walk's path when it meets a column on it.
 */
export function checkGeneratedColumnCycles(table: Table): void {
  const visited = new Set<string>();
  const path: Column[] = [];
  const visit = (column: Column): void => {
    visited.add(nameKey(column.name));
    path.push(column);
    const deps = column.generated === null ? [] : columnDependencies(column.generated.expression);
    for (const depName of deps) {
      const dep = findColumn(table, depName);
      if (dep === undefined) continue;
      if (!visited.has(nameKey(dep.name))) visit(dep);
      else if (path.includes(dep))
        throw cycleDetected(
          'generated column',
          path.map((c) => c.name),
        );
    }
    path.pop();
  };
  for (const column of table.columns) if (!visited.has(nameKey(column.name))) visit(column);
}

/** Generated columns of `table` that read `column` directly. */
export function generatedColumnsReading(table: Table, column: string): Column[] {
  const key = nameKey(column);
  return table.columns.filter(
    (c) => c.generated !== null && columnDependencies(c.generated.expression).some((d) => nameKey(d) === key),
  );
}

/** Whether the expression's columns include a non-generated one, following generated columns. */
export function readsNonGeneratedColumn(table: Table, columns: readonly string[], seen = new Set<string>()): boolean {
  for (const name of columns) {
    const column = findColumn(table, name);
    if (column === undefined || seen.has(nameKey(name))) continue;
    seen.add(nameKey(name));
    if (column.generated === null) return true;
    if (readsNonGeneratedColumn(table, columnDependencies(column.generated.expression), seen)) return true;
  }
  return false;
}
