/**
 * Renaming tables: ALTER TABLE t RENAME TO n [, ADD SYNONYM s] and RENAME TABLE a TO b [, ...]
 * (applied in order, as one statement). References by name follow the table: interleaved
 * children, indexes, and whatever the constraints and objects code track.
 */

import { tableNotFound } from '../../../errors/schema-errors';
import type { DdlRenameTable } from '../../../sql/ast/ddl-table';
import type { Catalog } from '../catalog/catalog';
import { findTable } from '../catalog/catalog-lookup';
import { withReplacedTable } from '../catalog/catalog-updates';
import { namedValues, sameName } from '../catalog/named-map';
import type { Index } from '../catalog/schema-objects';
import type { Table } from '../catalog/table';
import { renameTableInConstraints } from '../constraints/constraint-dependents';
import { renameTableInObjects } from '../objects/object-dependents';
import type { ApplyContext } from './apply-context';
import { assertNameAvailable } from './schema-names';
import { validateSchemaObjectName } from './column-rules';
import { withSynonym } from './synonyms';

export function renameTable(catalog: Catalog, stmt: DdlRenameTable, ctx: ApplyContext): Catalog {
  void ctx;
  let next = catalog;
  for (const { from, to } of stmt.renames) {
    const table = findTable(next, from.name);
    if (table === undefined) throw tableNotFound(from.name);
    next = renameTableTo(next, table, to.name, null);
  }
  return next;
}

export function renameTableTo(catalog: Catalog, table: Table, newName: string, synonym: string | null): Catalog {
  assertNameAvailable(catalog, newName);
  validateSchemaObjectName('Table', newName);
  let next = withReplacedTable(catalog, table.name, { ...table, name: newName });
  next = followRename(next, table.name, newName);
  next = renameTableInConstraints(next, table.name, newName);
  // The synonym comes before views and functions are re-checked: one that names the old name
  // stays valid when the synonym keeps that name.
  if (synonym !== null) next = withSynonym(next, newName, synonym);
  return renameTableInObjects(next, table.name, newName);
}

/** Points interleaved children and indexes at the new name. */
function followRename(catalog: Catalog, oldName: string, newName: string): Catalog {
  const rename = (name: string) => (sameName(name, oldName) ? newName : name);
  let next = catalog;
  for (const child of namedValues(catalog.tables)) {
    if (child.interleave !== null && sameName(child.interleave.parent, oldName)) {
      next = withReplacedTable(next, child.name, { ...child, interleave: { ...child.interleave, parent: newName } });
    }
  }
  const indexes = new Map<string, Index>();
  for (const [key, index] of catalog.indexes) {
    const interleaveIn = index.interleaveIn === null ? null : rename(index.interleaveIn);
    indexes.set(key, { ...index, table: rename(index.table), interleaveIn });
  }
  return { ...next, indexes };
}
