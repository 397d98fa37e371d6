/**
 * Result rows (SpannerValue arrays) with their column names and types to the wire: the
 * ResultSetMetadata row type, each row's values, and whole ResultSets for the non-streaming RPCs.
 * Streaming results go through chunking.ts. Transactions, stats and precommit tokens are the
 * caller's to add.
 */
import type { ResultSet, ResultSetMetadata } from '../../generated/google/spanner/v1/result_set';
import type { StructType } from '../../generated/google/spanner/v1/type';
import type { SqlType } from '../engine/query/analyzer/sql-type';
import type { SpannerValue } from '../types/spanner-value';
import { typeToProto } from './types';
import { valueToProto } from './values';
import type { ResultWireValue } from './wire-value';

export interface ResultColumn {
  /** Empty for an unnamed column (`SELECT 1`). */
  readonly name: string;
  readonly type: SqlType;
}

export function rowTypeToProto(columns: readonly ResultColumn[]): StructType {
  return { fields: columns.map((c) => ({ name: c.name, type: typeToProto(c.type) })) };
}

export function resultSetMetadata(columns: readonly ResultColumn[]): ResultSetMetadata {
  return { rowType: rowTypeToProto(columns), transaction: undefined, undeclaredParameters: undefined };
}

export function rowToProto(row: readonly SpannerValue[], columns: readonly ResultColumn[]): ResultWireValue[] {
  if (row.length !== columns.length) throw new Error(`Row of ${row.length} values for ${columns.length} columns`);
  return row.map((value, i) => valueToProto(value, columns[i].type));
}

export function resultSetToProto(columns: readonly ResultColumn[], rows: Iterable<readonly SpannerValue[]>): ResultSet {
  const wireRows: ResultWireValue[][] = [];
  for (const row of rows) wireRows.push(rowToProto(row, columns));
  return { metadata: resultSetMetadata(columns), rows: wireRows, stats: undefined, precommitToken: undefined };
}
