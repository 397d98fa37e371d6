/** ALTER TABLE [IF EXISTS]: finds the table, then routes its one action to the file of its topic. */

import { assertNever } from '../../../errors/assert-never';
import { tableNotFound } from '../../../errors/schema-errors';
import type { DdlAlterTable } from '../../../sql/ast/ddl-table';
import type { Catalog } from '../catalog/catalog';
import { findTable } from '../catalog/catalog-lookup';
import { updateTable } from '../catalog/catalog-updates';
import { mergeOptions } from '../catalog/database-options';
import { addTableConstraint, dropTableConstraint } from '../constraints/table-constraints';
import { addColumn } from './add-column';
import { alterColumn } from './alter-column';
import type { ApplyContext } from './apply-context';
import { dropColumn } from './drop-column';
import { setInterleave, setOnDelete } from './interleave-alterations';
import { renameTableTo } from './rename-table';
import { addRowDeletionPolicy, dropRowDeletionPolicy, replaceRowDeletionPolicy } from './row-deletion-policy';
import { addSynonym, dropSynonym } from './synonyms';

export function alterTable(catalog: Catalog, stmt: DdlAlterTable, ctx: ApplyContext): Catalog {
  const table = findTable(catalog, stmt.name.name);
  if (table === undefined) {
    if (stmt.ifExists) return catalog;
    throw tableNotFound(stmt.name.name);
  }
  const action = stmt.action;
  switch (action.kind) {
    case 'addColumn':
      return addColumn(catalog, table, action, ctx);
    case 'dropColumn':
      return dropColumn(catalog, table, action.column.name, ctx);
    case 'alterColumn':
      return alterColumn(catalog, table, action, ctx);
    case 'addConstraint':
      return addTableConstraint(catalog, table.name, action.constraint, ctx);
    case 'dropConstraint':
      return dropTableConstraint(catalog, table.name, action.name.name, ctx);
    case 'addRowDeletionPolicy':
      return addRowDeletionPolicy(catalog, table, action.policy);
    case 'replaceRowDeletionPolicy':
      return replaceRowDeletionPolicy(catalog, table, action.policy);
    case 'dropRowDeletionPolicy':
      return dropRowDeletionPolicy(catalog, table);
    case 'setOnDelete':
      return setOnDelete(catalog, table, action.action);
    case 'setInterleave':
      return setInterleave(catalog, table, action.interleave);
    case 'setOptions':
      return updateTable(catalog, table.name, (t) => ({ ...t, options: mergeOptions(t.options, action.options) }));
    case 'renameTo':
      return renameTableTo(catalog, table, action.newName.name, action.addSynonym?.name ?? null);
    case 'addSynonym':
      return addSynonym(catalog, table, action.name.name);
    case 'dropSynonym':
      return dropSynonym(catalog, table, action.name.name);
    default:
      return assertNever(action, 'ALTER TABLE action');
  }
}
