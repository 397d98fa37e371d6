/**
 * Lookups over the catalog shared by every DDL statement: tables, columns, indexes by name
 * (case-insensitively), the "not found" forms that throw Spanner's errors, and the schema-wide
 * name namespace that tables, synonyms, indexes, constraints, views, functions, sequences, change
 * streams and models share.
 */

import { columnNotFound, duplicateNameInSchema, indexNotFound, tableNotFound } from '../../../errors/schema-errors';
import type { Catalog } from './catalog';
import { lookupNamed, nameKey, type Named, type NamedMap } from './named-map';
import type { Index } from './schema-objects';
import type { Column, Table } from './table';

export function findTable(catalog: Catalog, name: string): Table | undefined {
  return lookupNamed(catalog.tables, name);
}

export function requireTable(catalog: Catalog, name: string): Table {
  const table = findTable(catalog, name);
  if (table === undefined) throw tableNotFound(name);
  return table;
}

/** The table that has `name` as a synonym, if any. */
export function findTableBySynonym(catalog: Catalog, name: string): Table | undefined {
  const key = nameKey(name);
  for (const table of catalog.tables.values()) {
    if (table.synonyms.some((s) => nameKey(s) === key)) return table;
  }
  return undefined;
}

export function findColumn(table: Table, name: string): Column | undefined {
  const key = nameKey(name);
  return table.columns.find((c) => nameKey(c.name) === key);
}

/**
 * Column references in key, index and foreign key column lists are case-sensitive in Spanner,
 * unlike column names elsewhere in DDL.
 */
export function findColumnExact(table: Table, name: string): Column | undefined {
  return table.columns.find((c) => c.name === name);
}

export function requireColumn(table: Table, name: string): Column {
  const column = findColumn(table, name);
  if (column === undefined) throw columnNotFound(table.name, name);
  return column;
}

export function isKeyColumn(table: Table, column: string): boolean {
  const key = nameKey(column);
  return table.primaryKey.some((k) => nameKey(k.column) === key);
}

export function findIndex(catalog: Catalog, name: string): Index | undefined {
  return lookupNamed(catalog.indexes, name);
}

export function requireIndex(catalog: Catalog, name: string): Index {
  const index = findIndex(catalog, name);
  if (index === undefined) throw indexNotFound(name);
  return index;
}

/** Indexes (of every kind) on `table`, in creation order. */
export function indexesOnTable(catalog: Catalog, table: string): Index[] {
  const key = nameKey(table);
  return [...catalog.indexes.values()].filter((i) => nameKey(i.table) === key);
}

/** Tables whose interleave parent is `table`, in creation order. */
export function interleavedChildren(catalog: Catalog, table: string): Table[] {
  const key = nameKey(table);
  return [...catalog.tables.values()].filter((t) => t.interleave !== null && nameKey(t.interleave.parent) === key);
}

/**
 * The name as the schema holds it (original case) when some object already uses it, whatever its
 * kind; undefined when the name is free.
 */
export function schemaNameInUse(catalog: Catalog, name: string): string | undefined {
  const key = nameKey(name);
  const maps: NamedMap<Named>[] = [
    catalog.tables,
    catalog.indexes,
    catalog.views,
    catalog.functions,
    catalog.sequences,
    catalog.changeStreams,
    catalog.models,
    catalog.propertyGraphs,
  ];
  for (const map of maps) {
    const found = map.get(key);
    if (found !== undefined) return found.name;
  }
  for (const table of catalog.tables.values()) {
    const owned = [...table.synonyms, ...table.checks.map((c) => c.name), ...table.foreignKeys.map((f) => f.name)];
    const found = owned.find((n) => nameKey(n) === key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Throws `Duplicate name in schema: <name>.` when the name is taken by any schema object. */
export function assertSchemaNameFree(catalog: Catalog, name: string): void {
  if (schemaNameInUse(catalog, name) !== undefined) throw duplicateNameInSchema(name);
}
