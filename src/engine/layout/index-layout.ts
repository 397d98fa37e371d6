/**
 * How the row store lays out one secondary index (engine/storage/row-shape.ts): an entry's key is
 * the index key columns (with their ASC/DESC) followed by the base table's whole primary key, so
 * entries are unique and in index order (an interleaved index's key starts with its parent's key
 * columns, so the same layout serves it); its value holds the STORING columns. NULL_FILTERED
 * indexes have no entry for a row with a NULL index key column, nor an index `WHERE c IS NOT
 * NULL` for a row whose c is NULL. Derived from the catalog, cached
 * by index and base table version; stores nothing, checks nothing.
 */

import type { Index } from '../schema/catalog/schema-objects';
import type { KeyPartType } from '../storage/key-codec';
import { columnPosition, IndexShape, indexShape } from '../storage/row-shape';
import type { TableLayout } from './table-layout';

export interface IndexLayout extends IndexShape {
  readonly table: TableLayout;
}

/** Only plain secondary indexes have entries here (search and vector indexes do not). */
export function hasIndexStorage(index: Index): boolean {
  return index.kind === 'index';
}

const layouts = new WeakMap<Index, IndexLayout>();

/** The layout of `index` over its base table's layout `table`. */
export function indexLayout(index: Index, table: TableLayout): IndexLayout {
  const cached = layouts.get(index);
  if (cached !== undefined && cached.table === table) return cached;
  const layout = buildLayout(index, table);
  layouts.set(index, layout);
  return layout;
}

function buildLayout(index: Index, table: TableLayout): IndexLayout {
  const indexKeyPositions = index.keys.map((part) => positionIn(table, part.column, index));
  const indexKeyParts = index.keys.map((part, i): KeyPartType => {
    const type = table.columnTypes[indexKeyPositions[i]];
    if (type.kind !== 'scalar') throw new Error(`Key column ${part.column} of ${index.name} is not scalar`);
    return { type: type.name, desc: part.direction === 'DESC' };
  });
  const shape = indexShape({
    index: index.name,
    table,
    indexKeyParts,
    indexKeyPositions,
    storingPositions: index.storing.map((c) => positionIn(table, c, index)),
    nullFiltered: index.nullFiltered,
    whereNotNullPositions: index.whereNotNull.map((c) => positionIn(table, c, index)),
  });
  return { ...shape, table };
}

function positionIn(table: TableLayout, column: string, index: Index): number {
  const position = columnPosition(table, column);
  if (position < 0) throw new Error(`Column ${column} of ${index.name} not in ${table.table}`);
  return position;
}
