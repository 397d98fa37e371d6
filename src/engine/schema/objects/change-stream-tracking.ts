/**
 * What change streams track, derived from their FOR clauses: `FOR ALL` tracks every table and
 * its non-key columns; `FOR t` tracks t and its non-key columns; `FOR t(c)` tracks c; `FOR t()`
 * only t's key. Tables named in a FOR clause and columns listed in one are tracked explicitly,
 * which blocks dropping them. Also the rules a FOR clause must follow (existing, trackable
 * objects, no repeats, no key columns) and the limit of 3 streams per table, column or ALL.
 */

import {
  changeStreamColumnNotFound,
  changeStreamDuplicateColumn,
  changeStreamDuplicateTable,
  changeStreamKeyColumnListed,
  changeStreamTableNotFound,
  changeStreamUntrackableObject,
  tooManyChangeStreamsTrackingSameObject,
} from '../../../errors/change-stream-errors';
import type { DdlChangeStreamFor, DdlTrackedTable } from '../../../sql/ast/ddl-change-stream';
import type { Catalog } from '../catalog/catalog';
import { findColumn, findIndex, findTable, isKeyColumn } from '../catalog/catalog-lookup';
import { lookupNamed, nameKey, namedValues } from '../catalog/named-map';
import type { ChangeStream, ChangeStreamFor } from '../catalog/schema-objects';
import type { Column, Table } from '../catalog/table';

export const MAX_STREAMS_PER_OBJECT = 3;

/** Columns a stream tracking the whole table follows: non-key, not generated. */
function implicitlyTracked(table: Table, column: Column): boolean {
  return column.generated === null && !isKeyColumn(table, column.name);
}

function entryFor(forClause: ChangeStreamFor | null, table: string): { columns: readonly string[] | null } | undefined {
  if (forClause === null || forClause.kind === 'all') return undefined;
  return forClause.tables.find((t) => nameKey(t.table) === nameKey(table));
}

export function tracksTable(stream: ChangeStream, table: string): boolean {
  if (stream.forClause?.kind === 'all') return true;
  return entryFor(stream.forClause, table)?.columns === null;
}

export function tracksColumn(stream: ChangeStream, table: Table, column: Column): boolean {
  if (tracksTable(stream, table.name)) return implicitlyTracked(table, column);
  const listed = entryFor(stream.forClause, table.name)?.columns ?? [];
  return listed.some((c) => nameKey(c) === nameKey(column.name));
}

/** Streams whose FOR clause names the table (which then cannot be dropped). */
export function streamsNamingTable(catalog: Catalog, table: string): ChangeStream[] {
  return namedValues(catalog.changeStreams).filter((s) => entryFor(s.forClause, table) !== undefined);
}

/** Streams whose FOR clause lists the column (which then cannot be dropped). */
export function streamsListingColumn(catalog: Catalog, table: string, column: string): ChangeStream[] {
  return namedValues(catalog.changeStreams).filter((s) =>
    (entryFor(s.forClause, table)?.columns ?? []).some((c) => nameKey(c) === nameKey(column)),
  );
}

/** Checks a FOR clause of stream `stream` against the catalog. */
export function validateForClause(catalog: Catalog, stream: string, forClause: DdlChangeStreamFor): void {
  if (forClause.kind === 'all') return;
  const seen = new Set<string>();
  for (const entry of forClause.tables) {
    const name = entry.table.name;
    if (seen.has(nameKey(name))) throw changeStreamDuplicateTable(stream, name);
    seen.add(nameKey(name));
    if (lookupNamed(catalog.changeStreams, name) !== undefined)
      throw changeStreamUntrackableObject(stream, 'Change Stream', name);
    if (findIndex(catalog, name) !== undefined) throw changeStreamUntrackableObject(stream, 'Index', name);
    const table = findTable(catalog, name);
    if (table === undefined) throw changeStreamTableNotFound(stream, name);
    validateTrackedColumns(stream, table, entry);
  }
}

function validateTrackedColumns(stream: string, table: Table, entry: DdlTrackedTable): void {
  const seen = new Set<string>();
  for (const ident of entry.columns ?? []) {
    const name = ident.name;
    if (seen.has(nameKey(name))) throw changeStreamDuplicateColumn(stream, name, table.name);
    seen.add(nameKey(name));
    const column = findColumn(table, name);
    if (column === undefined) throw changeStreamColumnNotFound(stream, name, table.name);
    if (isKeyColumn(table, name)) throw changeStreamKeyColumnListed(stream, name, table.name);
    if (column.generated !== null) {
      throw changeStreamUntrackableObject(stream, 'non-key generated column', `${table.name}.${name}`);
    }
  }
}

/**
 * At most 3 streams may track ALL, one table, or one non-key column. `stream` is the stream being
 * created or altered; its current tracking does not count against itself.
 */
export function checkTrackingLimits(catalog: Catalog, stream: string, forClause: ChangeStreamFor): void {
  const others = namedValues(catalog.changeStreams).filter((s) => nameKey(s.name) !== nameKey(stream));
  const tooMany = (count: number, object: string): void => {
    if (count + 1 > MAX_STREAMS_PER_OBJECT)
      throw tooManyChangeStreamsTrackingSameObject(stream, MAX_STREAMS_PER_OBJECT, object);
  };
  if (forClause.kind === 'all') {
    tooMany(others.filter((s) => s.forClause?.kind === 'all').length, 'ALL');
    for (const table of catalog.tables.values()) checkWholeTable(others, table, tooMany);
    return;
  }
  for (const entry of forClause.tables) {
    const table = findTable(catalog, entry.table);
    if (table === undefined) continue;
    if (entry.columns === null) {
      checkWholeTable(others, table, tooMany);
      continue;
    }
    for (const name of entry.columns) {
      const column = findColumn(table, name);
      if (column !== undefined) tooMany(others.filter((s) => tracksColumn(s, table, column)).length, column.name);
    }
  }
}

function checkWholeTable(
  others: readonly ChangeStream[],
  table: Table,
  tooMany: (count: number, object: string) => void,
): void {
  tooMany(others.filter((s) => tracksTable(s, table.name)).length, table.name);
  for (const column of table.columns) {
    if (implicitlyTracked(table, column))
      tooMany(others.filter((s) => tracksColumn(s, table, column)).length, column.name);
  }
}

/** The catalog form of a FOR clause, names as written. */
export function forClauseOf(forClause: DdlChangeStreamFor): ChangeStreamFor {
  if (forClause.kind === 'all') return { kind: 'all' };
  return {
    kind: 'tables',
    tables: forClause.tables.map((t) => ({
      table: t.table.name,
      columns: t.columns === null ? null : t.columns.map((c) => c.name),
    })),
  };
}
