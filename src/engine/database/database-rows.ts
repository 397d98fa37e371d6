/**
 * What schema changes may ask of a database's existing rows (SchemaDataAccess), answered from the
 * database's own file. The row store does not exist yet: a database file has no row tables, so
 * every table is empty and the answers below are exact, not placeholders. When the row store lands,
 * each method becomes a query over its tables in this file, and hasAnyRows() lets schema changes
 * skip the data checks while a database holds no rows at all.
 */
import type { SchemaDataAccess, StoredValue } from '../schema/schema-data-access';
import type { SqliteDatabase } from '../storage/metadata-database';

/** Row access for schema changes, plus whether there is any row at all (to skip the checks). */
export interface RowsAccess extends SchemaDataAccess {
  hasAnyRows(): boolean;
}

export class DatabaseRows implements RowsAccess {
  constructor(readonly sqlite: SqliteDatabase) {}

  /** True when any table of the database holds a row. */
  hasAnyRows(): boolean {
    return false;
  }

  tableHasRows(_table: string): boolean {
    return false;
  }

  columnHasNull(_table: string, _column: string): boolean {
    return false;
  }

  hasDuplicateValues(_table: string, _columns: readonly string[], _nullFiltered: boolean): boolean {
    return false;
  }

  maxValueLength(_table: string, _column: string): number {
    return 0;
  }

  scanRows(_table: string, _columns: readonly string[]): Iterable<readonly StoredValue[]> {
    return [];
  }
}
