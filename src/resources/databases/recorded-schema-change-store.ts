/**
 * Per database, the commit timestamp of its latest schema change whose operation the metadata
 * holds (table `recorded_schema_changes`, dropped with the database's row). Plain reads and
 * writes; what the timestamp is compared with is schema-receipts.ts.
 */
import type { Micros } from '../../common/clock';
import type { SqliteDatabase } from '../../engine/storage/sqlite-file';

export class RecordedSchemaChangeStore {
  constructor(private readonly db: SqliteDatabase) {}

  /** 0 when no schema change of the database was recorded with its timestamp. */
  get(database: string): Micros {
    const sql = 'SELECT commit_timestamp AS t FROM recorded_schema_changes WHERE database = ?';
    return (this.db.prepare(sql).get(database) as { t: number } | undefined)?.t ?? 0;
  }

  set(database: string, commitTimestamp: Micros): void {
    this.db
      .prepare(
        `INSERT INTO recorded_schema_changes (database, commit_timestamp) VALUES (?, ?)
         ON CONFLICT (database) DO UPDATE SET commit_timestamp = excluded.commit_timestamp`,
      )
      .run(database, commitTimestamp);
  }
}
