/**
 * What DDL validation may ask of a database's existing rows: whether a table is empty (adding a
 * NOT NULL column without a default), whether a column holds NULLs (setting NOT NULL), whether
 * rows collide on an index key (a new UNIQUE index), whether values fit a narrower type, and a
 * plain scan for the rules that evaluate expressions over rows (CHECK, FOREIGN KEY). Synchronous,
 * because the row store (better-sqlite3) is. Each database provides its implementation; this file
 * only defines the questions and the answer for a database that has no rows.
 */

/** A column value as the row store hands it over; the value model is the data plane's. */
export type StoredValue = unknown;

export interface SchemaDataAccess {
  /** True when the table holds at least one row. */
  tableHasRows(table: string): boolean;
  /** True when some row has NULL in `column`. */
  columnHasNull(table: string, column: string): boolean;
  /**
   * True when two rows have equal values in all `columns` (a UNIQUE index over them would fail).
   * With `nullFiltered`, rows with a NULL in any of the columns are ignored.
   */
  hasDuplicateValues(table: string, columns: readonly string[], nullFiltered: boolean): boolean;
  /** Largest length of a STRING (characters) or BYTES (bytes) value in `column`, or 0 when none. */
  maxValueLength(table: string, column: string): number;
  /** Every row's values of `columns`, in key order. */
  scanRows(table: string, columns: readonly string[]): Iterable<readonly StoredValue[]>;
}

/**
 * The answer for a database without rows. Also the right access for replaying a stored schema log:
 * each statement was validated against the rows of its time when first applied.
 */
export const noRowsDataAccess: SchemaDataAccess = {
  tableHasRows: () => false,
  columnHasNull: () => false,
  hasDuplicateValues: () => false,
  maxValueLength: () => 0,
  scanRows: () => [],
};
