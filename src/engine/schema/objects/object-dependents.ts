/**
 * What views, SQL functions, change streams, property graphs and other schema objects say when the tables, columns
 * and indexes they depend on are dropped, altered or renamed: refusals with Spanner's messages,
 * and the follow-up updates. The table and index statements call these hooks (and read the names
 * objects reserve, re-exported here); this file only routes to the objects' own rules.
 */

import { dropColumnTrackedByChangeStream, dropTableTrackedByChangeStream } from '../../../errors/change-stream-errors';
import type { Catalog } from '../catalog/catalog';
import { nameKey, namedValues, putNamed } from '../catalog/named-map';
import type { ChangeStream } from '../catalog/schema-objects';
import type { Column, Table } from '../catalog/table';
import { streamsListingColumn, streamsNamingTable } from './change-stream-tracking';
import {
  checkColumnChangeByGraphs,
  checkColumnDropByGraphs,
  checkTableDropByGraphs,
  checkTableRenameByGraphs,
} from './property-graphs';
import { checkDropByDependents, revalidateDependents } from './schema-dependents';

export { reservedObjectName } from './object-namespace';

/**
 * Refuses DROP TABLE when a change stream names it in its FOR clause or a view or function reads it. Called
 * before the table is removed.
 */
export function checkTableDropByObjects(catalog: Catalog, tableName: string): void {
  const streams = streamsNamingTable(catalog, tableName);
  if (streams.length > 0)
    throw dropTableTrackedByChangeStream(
      tableName,
      streams.map((s) => s.name),
    );
  checkDropByDependents(catalog, { kind: 'table', name: tableName });
  checkTableDropByGraphs(catalog, tableName);
}

/** Refuses ALTER TABLE DROP COLUMN when a change stream lists the column or a view or function reads it. */
export function checkColumnDropByObjects(catalog: Catalog, tableName: string, columnName: string): void {
  const streams = streamsListingColumn(catalog, tableName, columnName);
  if (streams.length > 0)
    throw dropColumnTrackedByChangeStream(
      tableName,
      columnName,
      streams.map((s) => s.name),
    );
  checkDropByDependents(catalog, { kind: 'column', table: tableName, column: columnName });
  checkColumnDropByGraphs(catalog, tableName, columnName);
}

/** Refuses DROP INDEX of an index a view or function forces with a hint. Called before the index is removed. */
export function checkIndexDropByObjects(catalog: Catalog, indexName: string): void {
  checkDropByDependents(catalog, { kind: 'index', name: indexName });
}

/**
 * Refuses an ALTER COLUMN redefinition that would make a view or function reading the column
 * invalid, or change the type of an output column of such a view.
 */
export function checkColumnChangeByObjects(catalog: Catalog, tableName: string, before: Column, after: Column): void {
  const table = catalog.tables.get(nameKey(tableName));
  if (table === undefined) return;
  checkColumnChangeByGraphs(
    catalog,
    table.name,
    before.name,
    JSON.stringify(before.type) !== JSON.stringify(after.type),
  );
  const changed: Table = {
    ...table,
    columns: table.columns.map((c) => (nameKey(c.name) === nameKey(before.name) ? after : c)),
  };
  const hypothetical = { ...catalog, tables: putNamed(catalog.tables, changed) };
  const ref = { kind: 'column' as const, table: table.name, column: before.name };
  revalidateDependents(hypothetical, ref, 'alter column', `${table.name}.${before.name}`);
}

/**
 * Follows a table rename: change streams track the table under its new name; views and functions
 * reading it must still be valid (one naming the old name fails unless a synonym keeps it). Called
 * after the table itself was renamed in `catalog`.
 */
export function renameTableInObjects(catalog: Catalog, oldName: string, newName: string): Catalog {
  checkTableRenameByGraphs(catalog, oldName);
  let next = catalog;
  for (const stream of namedValues(catalog.changeStreams)) {
    const renamed = renameInStream(stream, oldName, newName);
    if (renamed !== stream) next = { ...next, changeStreams: putNamed(next.changeStreams, renamed) };
  }
  return revalidateDependents(next, { kind: 'table', name: oldName }, 'alter TABLE', newName);
}

function renameInStream(stream: ChangeStream, oldName: string, newName: string): ChangeStream {
  const forClause = stream.forClause;
  if (forClause === null || forClause.kind === 'all') return stream;
  if (!forClause.tables.some((t) => nameKey(t.table) === nameKey(oldName))) return stream;
  const tables = forClause.tables.map((t) => (nameKey(t.table) === nameKey(oldName) ? { ...t, table: newName } : t));
  return { ...stream, forClause: { kind: 'tables', tables } };
}
