/** ALTER TABLE ADD / REPLACE / DROP ROW DELETION POLICY. */

import { rowDeletionPolicyAlreadyExists, rowDeletionPolicyDoesNotExist } from '../../../errors/schema-alter-errors';
import type { DdlRowDeletionPolicy } from '../../../sql/ast/ddl-table';
import type { Catalog } from '../catalog/catalog';
import { requireTable } from '../catalog/catalog-lookup';
import { updateTable } from '../catalog/catalog-updates';
import type { Table } from '../catalog/table';
import { validateRowDeletionPolicy } from './row-deletion-policy-rules';

export function addRowDeletionPolicy(catalog: Catalog, table: Table, policy: DdlRowDeletionPolicy): Catalog {
  if (table.rowDeletionPolicy !== null) throw rowDeletionPolicyAlreadyExists(policy.column.name, table.name);
  return withPolicy(catalog, table, policy);
}

export function replaceRowDeletionPolicy(catalog: Catalog, table: Table, policy: DdlRowDeletionPolicy): Catalog {
  if (table.rowDeletionPolicy === null) throw rowDeletionPolicyDoesNotExist(table.name);
  return withPolicy(catalog, table, policy);
}

export function dropRowDeletionPolicy(catalog: Catalog, table: Table): Catalog {
  if (table.rowDeletionPolicy === null) throw rowDeletionPolicyDoesNotExist(table.name);
  return updateTable(catalog, table.name, (t) => ({ ...t, rowDeletionPolicy: null }));
}

function withPolicy(catalog: Catalog, table: Table, policy: DdlRowDeletionPolicy): Catalog {
  const rowDeletionPolicy = { column: policy.column.name, days: policy.days };
  const next = updateTable(catalog, table.name, (t) => ({ ...t, rowDeletionPolicy }));
  validateRowDeletionPolicy(next, requireTable(next, table.name));
  return next;
}
