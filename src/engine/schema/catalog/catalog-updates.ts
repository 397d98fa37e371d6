/**
 * Copy-on-write updates of the catalog: each returns a new Catalog with one collection changed and
 * everything else shared. Statement code composes these instead of mutating anything.
 */

import type { Catalog } from './catalog';
import { putNamed, removeNamed, replaceNamed } from './named-map';
import type { Index } from './schema-objects';
import type { Table } from './table';

/** Adds a table, or replaces the table of the same name in place. */
export function withTable(catalog: Catalog, table: Table): Catalog {
  return { ...catalog, tables: putNamed(catalog.tables, table) };
}

/** Replaces the table named `oldName` (which may be renamed) at its position. */
export function withReplacedTable(catalog: Catalog, oldName: string, table: Table): Catalog {
  return { ...catalog, tables: replaceNamed(catalog.tables, oldName, table) };
}

export function withoutTable(catalog: Catalog, name: string): Catalog {
  return { ...catalog, tables: removeNamed(catalog.tables, name) };
}

export function withIndex(catalog: Catalog, index: Index): Catalog {
  return { ...catalog, indexes: putNamed(catalog.indexes, index) };
}

export function withoutIndex(catalog: Catalog, name: string): Catalog {
  return { ...catalog, indexes: removeNamed(catalog.indexes, name) };
}

/** Applies `update` to the named table (which must exist). */
export function updateTable(catalog: Catalog, name: string, update: (table: Table) => Table): Catalog {
  const table = catalog.tables.get(name.toLowerCase());
  if (table === undefined) return catalog;
  return withReplacedTable(catalog, name, update(table));
}
