/**
 * Instances as rows of the metadata database (table `instances`). Plain reads and writes; the
 * rules (ids, labels, capacity) are instance-rules.ts and the RPC semantics are the handlers'.
 * Callers wrap multi-row changes in the metadata transaction.
 */
import type { Micros } from '../../common/clock';
import type { SqliteDatabase } from '../../engine/storage/sqlite-file';

export interface InstanceRecord {
  readonly name: string;
  /** Full config name as given, e.g. `projects/p/instanceConfigs/regional-us-central1`. */
  readonly config: string;
  readonly displayName: string;
  readonly nodeCount: number;
  readonly processingUnits: number;
  readonly labels: Readonly<Record<string, string>>;
  /** Instance edition as its enum name; empty when never set. */
  readonly edition: string;
  readonly createTime: Micros;
  readonly updateTime: Micros;
}

interface InstanceRow {
  name: string;
  config: string;
  display_name: string;
  node_count: number;
  processing_units: number;
  labels: string;
  edition: string;
  create_time: number;
  update_time: number;
}

function fromRow(row: InstanceRow): InstanceRecord {
  return {
    name: row.name,
    config: row.config,
    displayName: row.display_name,
    nodeCount: row.node_count,
    processingUnits: row.processing_units,
    labels: JSON.parse(row.labels) as Record<string, string>,
    edition: row.edition,
    createTime: row.create_time,
    updateTime: row.update_time,
  };
}

function toRow(r: InstanceRecord): InstanceRow {
  return {
    name: r.name,
    config: r.config,
    display_name: r.displayName,
    node_count: r.nodeCount,
    processing_units: r.processingUnits,
    labels: JSON.stringify(r.labels),
    edition: r.edition,
    create_time: r.createTime,
    update_time: r.updateTime,
  };
}

export class InstanceStore {
  constructor(private readonly db: SqliteDatabase) {}

  get(name: string): InstanceRecord | undefined {
    const row = this.db.prepare('SELECT * FROM instances WHERE name = ?').get(name) as InstanceRow | undefined;
    return row && fromRow(row);
  }

  /** The project's instances, sorted by name (code-unit order, as page tokens compare). */
  list(project: string): InstanceRecord[] {
    const prefix = `projects/${project}/instances/`;
    const rows = this.db
      .prepare('SELECT * FROM instances WHERE substr(name, 1, length(@prefix)) = @prefix ORDER BY name')
      .all({ prefix }) as InstanceRow[];
    return rows.map(fromRow);
  }

  insert(record: InstanceRecord): void {
    this.db
      .prepare(
        `INSERT INTO instances (name, config, display_name, node_count, processing_units, labels, edition,
           create_time, update_time)
         VALUES (@name, @config, @display_name, @node_count, @processing_units, @labels, @edition,
           @create_time, @update_time)`,
      )
      .run(toRow(record));
  }

  update(record: InstanceRecord): void {
    this.db
      .prepare(
        `UPDATE instances SET config = @config, display_name = @display_name, node_count = @node_count,
           processing_units = @processing_units, labels = @labels, edition = @edition, update_time = @update_time
         WHERE name = @name`,
      )
      .run(toRow(record));
  }

  delete(name: string): void {
    this.db.prepare('DELETE FROM instances WHERE name = ?').run(name);
  }
}
