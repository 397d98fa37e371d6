/**
 * DEFAULT and ON UPDATE column expressions. A default may call volatile functions
 * (CURRENT_TIMESTAMP, GENERATE_UUID, sequences) but not read columns; a commit timestamp column's
 * only default is PENDING_COMMIT_TIMESTAMP(). ON UPDATE must repeat the default exactly and be
 * PENDING_COMMIT_TIMESTAMP(), on a non-key column.
 */

import {
  columnDefaultValueError,
  commitTimestampColumnDefault,
  defaultWithColumnReference,
  onUpdateColumnInPrimaryKey,
  onUpdateDefaultMismatch,
  onUpdateMustBePendingCommitTimestamp,
  onUpdateWithoutDefault,
  pendingCommitTimestampDefaultWithoutOption,
} from '../../../errors/constraint-errors';
import { SpannerError } from '../../../errors/spanner-error';
import type { Catalog } from '../catalog/catalog';
import { isKeyColumn } from '../catalog/catalog-lookup';
import type { Column, SchemaExpression, Table } from '../catalog/table';
import { childrenOf, type TypedExpression } from '../../query/analyzer/index';
import { analyzableType } from '../catalog/column-types';
import { validateSchemaExpression } from './expression-validation';
import { isCommitTimestampColumn, sequenceResolver, tableScope } from './table-scope';

export interface AnalyzedDefault {
  readonly expression: SchemaExpression;
  readonly isPendingCommitTimestamp: boolean;
}

export function analyzeDefault(catalog: Catalog, table: Table, column: Column): AnalyzedDefault | null {
  const value = column.defaultValue;
  const target = analyzableType(column.type);
  if (value === null || target === null) return null;
  const wrap = (message: string) => columnDefaultValueError(table.name, column.name, message);
  let result;
  try {
    result = validateSchemaExpression(value.text, value.ast, target, tableScope(table), {
      use: 'column default',
      allowVolatile: true,
      // Accepted here on any column; checkDefaultRules then requires allow_commit_timestamp.
      allowPendingCommitTimestamp: true,
      parenthesized: false,
      resolveSequence: sequenceResolver(catalog),
    });
  } catch (e) {
    if (e instanceof SpannerError) throw wrap(e.message);
    throw e;
  }
  if (result.columns.length > 0) throw wrap(defaultWithColumnReference(column.name).message);
  const sequences = sequencesCalled(result.typed);
  const expression = { ...value, dependencies: sequences.map((name) => ({ kind: 'sequence' as const, name })) };
  return { expression, isPendingCommitTimestamp: result.isPendingCommitTimestamp };
}

/** Sequences the expression draws from (`GET_NEXT_SEQUENCE_VALUE(SEQUENCE s)`), in first-use order. */
function sequencesCalled(e: TypedExpression): string[] {
  const names: string[] = [];
  const walk = (node: TypedExpression): void => {
    if (node.kind === 'schemaObject' && node.objectKind === 'SEQUENCE' && !names.includes(node.name))
      names.push(node.name);
    childrenOf(node).forEach(walk);
  };
  walk(e);
  return names;
}

/** Rules between a column's DEFAULT and its commit timestamp option. */
export function checkDefaultRules(column: Column, isPendingCommitTimestamp: boolean): void {
  if (column.defaultValue === null) return;
  const commitTimestamp = isCommitTimestampColumn(column);
  if (commitTimestamp && !isPendingCommitTimestamp) throw commitTimestampColumnDefault(column.name);
  if (!commitTimestamp && isPendingCommitTimestamp) throw pendingCommitTimestampDefaultWithoutOption(column.name);
}

export function checkOnUpdate(table: Table, column: Column, defaultIsPendingCommitTimestamp: boolean): void {
  if (column.onUpdate === null) return;
  if (isKeyColumn(table, column.name)) throw onUpdateColumnInPrimaryKey(table.name, column.name);
  if (column.defaultValue === null) throw onUpdateWithoutDefault(column.name);
  if (column.defaultValue.text !== column.onUpdate.text) throw onUpdateDefaultMismatch(column.name);
  if (!defaultIsPendingCommitTimestamp) throw onUpdateMustBePendingCommitTimestamp();
}
