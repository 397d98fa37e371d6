/**
 * Spanner's restriction on tables referenced by an ON DELETE CASCADE foreign key: one batch may
 * not both delete a row of such a table and write it (insert it, or update the referenced
 * columns), in either order, since the cascade's outcome would depend on the order. Deletes count
 * by what a delete mutation addressed (a range that held no rows still counts) and by replace,
 * which deletes before it inserts; writes count when they set a referenced column. Only the
 * tables and columns that cascading foreign keys reference are tracked.
 */
import { writeAndDeleteOfCascadeReferencedRow } from '../../errors/row-write-errors';
import type { Catalog } from '../schema/catalog/catalog';
import { nameKey } from '../schema/catalog/named-map';
import type { Table } from '../schema/catalog/table';
import type { EncodedBounds } from '../storage/key-range';

interface TableRestrictions {
  /** Lower-cased names of the columns cascading foreign keys reference. */
  readonly referencedColumns: Set<string>;
  readonly written: Set<string>;
  readonly deleted: EncodedBounds[];
}

export class CascadeRestrictions {
  private readonly tables = new Map<string, TableRestrictions>();

  constructor(catalog: Catalog) {
    for (const table of catalog.tables.values()) {
      for (const fk of table.foreignKeys) {
        if (fk.onDelete !== 'CASCADE') continue;
        const entry = this.tables.get(nameKey(fk.referencedTable)) ?? {
          referencedColumns: new Set<string>(),
          written: new Set<string>(),
          deleted: [],
        };
        fk.referencedColumns.forEach((c) => entry.referencedColumns.add(nameKey(c)));
        this.tables.set(nameKey(fk.referencedTable), entry);
      }
    }
  }

  /** A delete mutation addressed `bounds` of `table`; `text` prints the range for the message. */
  deleteRange(table: Table, bounds: EncodedBounds, text: () => string): void {
    const entry = this.tables.get(nameKey(table.name));
    if (entry === undefined) return;
    for (const written of entry.written) {
      if (inBounds(bounds, Buffer.from(written, 'latin1'))) {
        throw writeAndDeleteOfCascadeReferencedRow(table.name, text());
      }
    }
    entry.deleted.push(bounds);
  }

  /** A replace deletes `key` before writing it again. */
  deleteKey(table: Table, key: Buffer, text: () => string): void {
    const entry = this.tables.get(nameKey(table.name));
    if (entry === undefined) return;
    if (entry.written.has(key.toString('latin1'))) throw writeAndDeleteOfCascadeReferencedRow(table.name, text());
    entry.deleted.push({ lower: key, upper: Buffer.concat([key, Buffer.of(0)]) });
  }

  /** A write of `key` that sets `columns` (names). */
  write(table: Table, key: Buffer, columns: readonly string[], text: () => string): void {
    const entry = this.tables.get(nameKey(table.name));
    if (entry === undefined || !columns.some((c) => entry.referencedColumns.has(nameKey(c)))) return;
    if (entry.deleted.some((b) => inBounds(b, key))) throw writeAndDeleteOfCascadeReferencedRow(table.name, text());
    entry.written.add(key.toString('latin1'));
  }
}

function inBounds(bounds: EncodedBounds, key: Buffer): boolean {
  return Buffer.compare(bounds.lower, key) <= 0 && Buffer.compare(key, bounds.upper) < 0;
}
