/**
 * Row deletion policies (TTL): the policy's column must be a TIMESTAMP column of the table, and no
 * row the policy deletes may be held back by a descendant with ON DELETE NO ACTION or by a foreign
 * key without ON DELETE CASCADE.
 */

import {
  foreignKeyRowDeletionPolicyAddNotAllowed,
  rowDeletionPolicyHasChildWithOnDeleteNoAction,
  rowDeletionPolicyOnMissingColumn,
  rowDeletionPolicyOnNonTimestampColumn,
} from '../../../errors/schema-alter-errors';
import type { Catalog } from '../catalog/catalog';
import { findColumn, findTable, interleavedChildren } from '../catalog/catalog-lookup';
import { isTimestamp } from '../catalog/column-types';
import { sameName } from '../catalog/named-map';
import type { ForeignKey, Table } from '../catalog/table';
import { ancestorsOf } from './interleave-rules';

export function validateRowDeletionPolicy(catalog: Catalog, table: Table): void {
  const policy = table.rowDeletionPolicy;
  if (policy === null) return;
  const column = findColumn(table, policy.column);
  if (column === undefined) throw rowDeletionPolicyOnMissingColumn(policy.column, table.name);
  if (!isTimestamp(column.type)) throw rowDeletionPolicyOnNonTimestampColumn(policy.column, table.name);
  for (const descendant of descendantsOf(catalog, table)) checkDescendant(catalog, table, descendant);
  const blocking = referencingForeignKeys(catalog, table.name).filter(blocksDeletion);
  if (blocking.length > 0) {
    throw foreignKeyRowDeletionPolicyAddNotAllowed(table.name, blocking.map((fk) => fk.name).join(','));
  }
}

/**
 * Every table's policy, in catalog order: Spanner re-validates the whole schema after a change, so
 * a new foreign key can break the policy of a table it does not name (e.g. the referenced table's
 * interleaving ancestor), and that table is the one the error names.
 */
export function validateRowDeletionPolicies(catalog: Catalog): void {
  for (const table of catalog.tables.values()) validateRowDeletionPolicy(catalog, table);
}

function checkDescendant(catalog: Catalog, table: Table, descendant: Table): void {
  const interleave = descendant.interleave;
  if (interleave !== null && interleave.inParent && interleave.onDelete === 'NO ACTION') {
    throw rowDeletionPolicyHasChildWithOnDeleteNoAction(table.name, descendant.name);
  }
  for (const fk of descendant.foreignKeys.filter(blocksDeletion)) {
    const referenced = findTable(catalog, fk.referencedTable);
    if (referenced === undefined) continue;
    const withPolicy = [referenced, ...ancestorsOf(catalog, referenced)].some((t) => t.rowDeletionPolicy !== null);
    if (withPolicy) throw foreignKeyRowDeletionPolicyAddNotAllowed(table.name, fk.name);
  }
}

function blocksDeletion(fk: ForeignKey): boolean {
  return fk.enforced && fk.onDelete !== 'CASCADE';
}

/** Interleaved descendants and tables referencing them by foreign key, transitively. */
function descendantsOf(catalog: Catalog, table: Table): Table[] {
  const seen = new Set<Table>();
  const queue: Table[] = next(catalog, table);
  while (queue.length > 0) {
    const t = queue.pop() as Table;
    if (seen.has(t)) continue;
    seen.add(t);
    queue.push(...next(catalog, t));
  }
  return [...seen];
}

function next(catalog: Catalog, table: Table): Table[] {
  const referencing = [...catalog.tables.values()].filter((t) =>
    t.foreignKeys.some((fk) => sameName(fk.referencedTable, table.name)),
  );
  return [...interleavedChildren(catalog, table.name), ...referencing];
}

/** Foreign keys of any table that reference `tableName`. */
export function referencingForeignKeys(catalog: Catalog, tableName: string): ForeignKey[] {
  return [...catalog.tables.values()].flatMap((t) =>
    t.foreignKeys.filter((fk) => sameName(fk.referencedTable, tableName)),
  );
}
