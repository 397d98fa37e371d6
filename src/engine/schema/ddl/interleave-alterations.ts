/**
 * ALTER TABLE SET ON DELETE and ALTER TABLE SET INTERLEAVE IN [PARENT]: changes of how an
 * interleaved table follows its parent. The parent itself cannot change.
 */

import {
  changeInterleavingNotAllowed,
  changeInterleavingTableNotAllowed,
  interleaveInToInParentOnDeleteCascadeUnsupported,
  setOnDeleteOnInterleaveInTable,
  setOnDeleteWithoutInterleaving,
} from '../../../errors/interleave-errors';
import { rowDeletionPolicyOnAncestors } from '../../../errors/schema-alter-errors';
import type { OnDeleteAction } from '../../../sql/ast/ddl-common';
import type { DdlInterleave } from '../../../sql/ast/ddl-table';
import type { Catalog } from '../catalog/catalog';
import { findTable, requireTable } from '../catalog/catalog-lookup';
import { updateTable } from '../catalog/catalog-updates';
import { sameName } from '../catalog/named-map';
import type { Table } from '../catalog/table';
import { validateTable } from './table-rules';

export function setOnDelete(catalog: Catalog, table: Table, action: OnDeleteAction): Catalog {
  const interleave = table.interleave;
  if (interleave === null) throw setOnDeleteWithoutInterleaving(table.name);
  const next = updateTable(catalog, table.name, (t) => ({ ...t, interleave: { ...interleave, onDelete: action } }));
  validateTable(next, requireTable(next, table.name));
  if (!interleave.inParent) throw setOnDeleteOnInterleaveInTable(table.name);
  const parent = findTable(catalog, interleave.parent);
  if (action !== 'CASCADE' && parent?.rowDeletionPolicy) throw rowDeletionPolicyOnAncestors(table.name, parent.name);
  return next;
}

export function setInterleave(catalog: Catalog, table: Table, clause: DdlInterleave): Catalog {
  const current = table.interleave;
  if (current === null) throw changeInterleavingNotAllowed(table.name);
  if (!sameName(current.parent, clause.parent.name)) throw changeInterleavingTableNotAllowed(table.name);
  const onDelete = clause.onDelete ?? 'NO ACTION';
  if (clause.inParent && onDelete === 'NO ACTION') checkAncestorPolicies(catalog, table);
  if (!current.inParent && clause.inParent && onDelete === 'CASCADE') {
    throw interleaveInToInParentOnDeleteCascadeUnsupported(table.name);
  }
  const interleave = {
    parent: current.parent,
    inParent: clause.inParent,
    onDelete: clause.inParent ? onDelete : 'NO ACTION',
  } as const;
  const next = updateTable(catalog, table.name, (t) => ({ ...t, interleave }));
  validateTable(next, requireTable(next, table.name));
  return next;
}

/** ON DELETE NO ACTION is refused under an ancestor with a row deletion policy. */
function checkAncestorPolicies(catalog: Catalog, table: Table): void {
  for (let t = findTable(catalog, table.interleave?.parent ?? ''); t !== undefined;) {
    if (t.rowDeletionPolicy !== null) throw rowDeletionPolicyOnAncestors(table.name, t.name);
    if (t.interleave === null || !t.interleave.inParent) break;
    t = findTable(catalog, t.interleave.parent);
  }
}
