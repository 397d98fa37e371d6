/**
 * The layouts of a catalog's tables with their indexes, as the row store's write path and readers
 * ask for them by table name. Computed once per catalog version and table (catalogs are immutable
 * values), so a commit does not rebuild layouts or search the catalog's indexes per mutation.
 */

import type { Catalog } from '../schema/catalog/catalog';
import { indexesOnTable, requireTable } from '../schema/catalog/catalog-lookup';
import type { ShapesOf, TableShapes } from '../storage/row-writes';
import { hasIndexStorage, IndexLayout, indexLayout } from './index-layout';
import { TableLayout, tableLayout } from './table-layout';

export interface TableLayouts extends TableShapes {
  readonly table: TableLayout;
  /** The table's indexes that have storage, in creation order. */
  readonly indexes: readonly IndexLayout[];
}

const byCatalog = new WeakMap<Catalog, Map<string, TableLayouts>>();

/** The layouts of `table` (a NOT_FOUND error when `catalog` has no such table). */
export function layoutsOf(catalog: Catalog, table: string): TableLayouts {
  let cache = byCatalog.get(catalog);
  if (cache === undefined) {
    cache = new Map();
    byCatalog.set(catalog, cache);
  }
  const key = table.toLowerCase();
  let layouts = cache.get(key);
  if (layouts === undefined) {
    const base = tableLayout(requireTable(catalog, table));
    const indexes = indexesOnTable(catalog, table)
      .filter(hasIndexStorage)
      .map((index) => indexLayout(index, base));
    layouts = { table: base, indexes };
    cache.set(key, layouts);
  }
  return layouts;
}

/** `layoutsOf` over one catalog, as the row store's write path takes it. */
export function shapesIn(catalog: Catalog): ShapesOf {
  return (table) => layoutsOf(catalog, table);
}
