/**
 * What DDL validation may ask of a database's existing rows: whether a table is empty, the first
 * row (in key order) that holds NULL in a column (setting NOT NULL) or a value longer than a new
 * length limit, a duplicated index key (a new UNIQUE index), and a plain scan for the rules that
 * evaluate rows themselves (FOREIGN KEY). Answers that name a row give its key as Spanner's
 * messages print it (`{Int64(1)}`), because only the row store knows the column types. Synchronous,
 * because the row store (better-sqlite3) is. This file defines the questions and the answer for a
 * database that has no rows; the database's own is engine/database/database-rows.ts.
 */

import type { SpannerValue } from '../../types/spanner-value';

/** A column value as the row store hands it over. */
export type StoredValue = SpannerValue;

export interface SchemaDataAccess {
  /** True when the table holds at least one row. */
  tableHasRows(table: string): boolean;
  /** The key of the first row with NULL in `column`, or null when there is none. */
  findNullValue(table: string, column: string): string | null;
  /**
   * An index key over `columns` that two rows share (a UNIQUE index over them would fail), or
   * null. With `nullFiltered`, rows with a NULL in any of the columns are ignored.
   */
  findDuplicateValues(table: string, columns: readonly string[], nullFiltered: boolean): string | null;
  /**
   * The first row whose STRING (characters) or BYTES (bytes) value in `column`, or an element of
   * it, is longer than `limit`: that length and the row's key; null when every value fits.
   */
  findValueLongerThan(table: string, column: string, limit: number): { length: number; key: string } | null;
  /** The key of the first row whose BYTES value in `column` (or an element) is not UTF-8, or null. */
  findInvalidUtf8(table: string, column: string): string | null;
  /** Every row's values of `columns`, in key order. */
  scanRows(table: string, columns: readonly string[]): Iterable<readonly StoredValue[]>;
  /** `values` of `columns` of `table` as Spanner's messages print a key: `{Int64(1)}`. */
  valuesText(table: string, columns: readonly string[], values: readonly StoredValue[]): string;
}

/**
 * The answer for a database without rows. Also the right access for replaying a stored schema log:
 * each statement was validated against the rows of its time when first applied.
 */
export const noRowsDataAccess: SchemaDataAccess = {
  tableHasRows: () => false,
  findNullValue: () => null,
  findDuplicateValues: () => null,
  findValueLongerThan: () => null,
  findInvalidUtf8: () => null,
  scanRows: () => [],
  valuesText: () => '{}',
};
