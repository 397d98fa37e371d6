/**
 * How the row store lays out one secondary index: an entry's key is the index key columns (with
 * their ASC/DESC) followed by the base table's whole primary key, so entries are unique and in
 * index order (an interleaved index's key starts with its parent's key columns, so the same
 * layout serves it); its value holds the STORING columns. NULL_FILTERED indexes have no entry
 * for a row with a NULL index key column. Derived from the catalog; stores nothing, checks nothing.
 */

import type { SpannerValue } from '../../types/spanner-value';
import type { Catalog } from '../schema/catalog/catalog';
import { indexesOnTable, requireTable } from '../schema/catalog/catalog-lookup';
import type { Index } from '../schema/catalog/schema-objects';
import { sameName } from '../schema/catalog/named-map';
import { encodeKey, KeyPartType } from './key-codec';
import { TableLayout, tableLayout } from './table-layout';
import { encodeColumnValues } from './value-codec';

export interface IndexLayout {
  readonly index: string;
  readonly table: TableLayout;
  /** The index key columns (catalog spelling), without the base primary key. */
  readonly keyColumns: readonly string[];
  /** The index key parts followed by the base primary key's parts. */
  readonly keyParts: readonly KeyPartType[];
  readonly storing: readonly string[];
  readonly nullFiltered: boolean;
}

/** An encoded index entry. */
export interface EncodedEntry {
  readonly key: Buffer;
  readonly vals: Buffer;
}

/** Only plain secondary indexes have entries here (search and vector indexes do not). */
export function hasIndexStorage(index: Index): boolean {
  return index.kind === 'index';
}

export function indexLayout(index: Index, table: TableLayout): IndexLayout {
  const indexParts = index.keys.map((part) => {
    const type = columnOf(table, part.column).type;
    if (type.kind !== 'scalar') throw new Error(`Key column ${part.column} of ${index.name} is not scalar`);
    return { type: type.name, desc: part.direction === 'DESC' };
  });
  return {
    index: index.name,
    table,
    keyColumns: index.keys.map((k) => columnOf(table, k.column).name),
    keyParts: [...indexParts, ...table.keyParts],
    storing: index.storing.map((c) => columnOf(table, c).name),
    nullFiltered: index.nullFiltered,
  };
}

function columnOf(table: TableLayout, name: string): TableLayout['columns'][number] {
  const column = table.columns.find((c) => sameName(c.name, name));
  if (column === undefined) throw new Error(`Column ${name} not in ${table.table}`);
  return column;
}

/** The entry of a base row (all its values by catalog column name), or null when it has none. */
export function entryOf(layout: IndexLayout, row: ReadonlyMap<string, SpannerValue>): EncodedEntry | null {
  // Names are matched case-insensitively: key column names come as the PRIMARY KEY clause spells them.
  const lower = new Map([...row].map(([name, v]) => [name.toLowerCase(), v]));
  const value = (c: string): SpannerValue => lower.get(c.toLowerCase()) ?? null;
  const indexKey = layout.keyColumns.map(value);
  if (layout.nullFiltered && indexKey.some((v) => v === null)) return null;
  const key = encodeKey(layout.keyParts, [...indexKey, ...layout.table.keyColumns.map(value)]);
  return { key, vals: encodeColumnValues(new Map(layout.storing.map((c) => [c, value(c)]))) };
}

/** The layouts of the indexes with storage on `table` in `catalog`. */
export function tableIndexLayouts(catalog: Catalog, table: string): IndexLayout[] {
  const indexes = indexesOnTable(catalog, table).filter(hasIndexStorage);
  if (indexes.length === 0) return [];
  const base = tableLayout(requireTable(catalog, table));
  return indexes.map((index) => indexLayout(index, base));
}
