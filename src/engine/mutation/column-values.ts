/**
 * The checks Spanner makes on each value a write sets, given or computed (the official
 * emulator's ColumnValueValidator): STRING values valid UTF-8 and within the column's length in
 * characters, BYTES within its length in bytes (also as array elements), arrays with a
 * vector_length exactly that long and without NULLs, placement keys naming a placement, and no
 * timestamp after the commit timestamp in an allow_commit_timestamp column. Types were checked when
 * the mutation was converted; key sizes are key-size.ts's; NULL in a NOT NULL column is
 * not-null.ts's, since production judges given and computed NULLs at different times.
 */
import {
  commitTimestampInFuture,
  invalidStringEncoding,
  nullInVectorArray,
  unknownPlacement,
  valueExceedsColumnLimit,
  vectorLengthExceedsLimit,
  vectorLengthLessThanLimit,
} from '../../errors/row-write-errors';
import { isTimestampValue, type SpannerValue } from '../../types/spanner-value';
import { isScalar, type SqlType } from '../query/analyzer/sql-type';
import { lookupNamed } from '../schema/catalog/named-map';
import type { Column, Table } from '../schema/catalog/table';
import type { MutationBatch, Row } from './mutation-batch';

/** Checks the values of `row` at `positions` (the columns a write sets) against their columns. */
export function checkColumnValues(batch: MutationBatch, table: Table, row: Row, positions: Iterable<number>): void {
  for (const p of positions) checkColumnValue(batch, table, table.columns[p], row[p]);
}

function checkColumnValue(batch: MutationBatch, table: Table, column: Column, value: SpannerValue): void {
  if (value === null) return;
  const type = column.type;
  if (type.kind === 'array') checkArray(table, column, type.element, value as readonly SpannerValue[]);
  else if (isScalar(type, 'STRING')) checkString(batch, table, column, value as string);
  else if (isScalar(type, 'BYTES')) checkBytes(table, column, value as Uint8Array);
  else if (isScalar(type, 'TIMESTAMP') && column.allowsCommitTimestamp && isTimestampValue(value)) {
    if (value.nanos > batch.commitValue.nanos) throw commitTimestampInFuture(value.nanos);
  }
}

function checkArray(table: Table, column: Column, element: SqlType, values: readonly SpannerValue[]): void {
  const limit = column.vectorLength;
  if (limit !== null && values.length > limit) {
    throw vectorLengthExceedsLimit(qualified(table, column), values.length, limit);
  }
  if (limit !== null && values.length < limit) {
    throw vectorLengthLessThanLimit(qualified(table, column), values.length, limit);
  }
  for (const v of values) {
    if (v === null) continue;
    if (isScalar(element, 'STRING')) checkStringLength(table, column, v as string);
    else if (isScalar(element, 'BYTES')) checkBytes(table, column, v as Uint8Array);
  }
  if (limit !== null && values.includes(null)) throw nullInVectorArray(qualified(table, column));
}

function checkString(batch: MutationBatch, table: Table, column: Column, value: string): void {
  checkStringLength(table, column, value);
  if (column.placementKey && value !== '' && lookupNamed(batch.catalog.placements, value) === undefined) {
    throw unknownPlacement(value);
  }
}

function checkStringLength(table: Table, column: Column, value: string): void {
  if (LONE_SURROGATE.test(value) && !isWellFormed(value)) throw invalidStringEncoding(table.name, column.name);
  // Characters never outnumber UTF-16 units: only a long string needs counting.
  if (value.length <= column.maxLength) return;
  const characters = countCodePoints(value);
  if (characters > column.maxLength) {
    throw valueExceedsColumnLimit(qualified(table, column), characters, column.maxLength);
  }
}

function checkBytes(table: Table, column: Column, value: Uint8Array): void {
  if (value.length > column.maxLength) {
    throw valueExceedsColumnLimit(qualified(table, column), value.length, column.maxLength);
  }
}

const LONE_SURROGATE = /[\uD800-\uDFFF]/;

/** No unpaired surrogate: the text has a UTF-8 encoding. */
function isWellFormed(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return false;
  }
  return true;
}

function countCodePoints(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdbff) n++;
  }
  return n;
}

function qualified(table: Table, column: Column): string {
  return `${table.name}.${column.name}`;
}
