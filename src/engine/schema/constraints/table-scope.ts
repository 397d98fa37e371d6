/**
 * What column expressions of a table can see: its columns, typed for the analyzer, and the
 * column facts the expression rules ask about (generated, commit timestamp).
 */

import type { Catalog } from '../catalog/catalog';
import { findColumn } from '../catalog/catalog-lookup';
import { lookupNamed } from '../catalog/named-map';
import type { Column, SchemaExpression, Table } from '../catalog/table';
import type { SchemaObjectRef } from '../catalog/dependencies';
import type { ScopeColumn } from '../../query/analyzer/index';
import { analyzableType } from '../catalog/column-types';

/** The table's columns with analyzer types; proto and enum columns are left out (not analyzable yet). */
export function tableScope(table: Table): ScopeColumn[] {
  return table.columns.flatMap((c) => {
    const type = analyzableType(c.type);
    return type === null ? [] : [{ name: c.name, type }];
  });
}

export function isCommitTimestampColumn(column: Column): boolean {
  return column.allowsCommitTimestamp;
}

/** Column references of a stored expression, as recorded when it was analyzed. */
export function columnDependencies(expression: SchemaExpression): string[] {
  return expression.dependencies.flatMap((d) => (d.kind === 'column' ? [d.column] : []));
}

export function columnRefs(table: string, columns: readonly string[]): SchemaObjectRef[] {
  return columns.map((column) => ({ kind: 'column', table, column }));
}

/** Whether `column` is a generated column of `table`. */
export function isGenerated(table: Table, column: string): boolean {
  return findColumn(table, column)?.generated != null;
}

/** A sequence's name as the schema spells it, for `GET_NEXT_SEQUENCE_VALUE(SEQUENCE s)`. */
export function sequenceResolver(catalog: Catalog): (name: string) => string | null {
  return (name) => lookupNamed(catalog.sequences, name)?.name ?? null;
}
