/**
 * CHECK constraints and FOREIGN KEYs of a table: adding (CREATE TABLE, ALTER TABLE ADD
 * CONSTRAINT / ADD FOREIGN KEY / ADD CHECK) and dropping (ALTER TABLE DROP CONSTRAINT).
 */

import { assertNever } from '../../../errors/assert-never';
import { constraintNotFound } from '../../../errors/constraint-errors';
import type { DdlTableConstraint } from '../../../sql/ast/ddl-table';
import { parseStatement } from '../../../sql/index';
import type { Catalog } from '../catalog/catalog';
import { requireTable } from '../catalog/catalog-lookup';
import { updateTable } from '../catalog/catalog-updates';
import { sameName } from '../catalog/named-map';
import type { ApplyContext } from '../ddl/apply-context';
import { addCheckConstraint } from './check-constraints';
import { checkConstraintRows } from '../evaluation/check-data';
import { dropUnusedManagedIndexes } from './foreign-key-indexes';
import { addForeignKey } from './foreign-keys';

/**
 * Validates one constraint of `tableName` and returns the catalog with it added (and any backing
 * index). CREATE TABLE calls it once per constraint, in the order written, after the table and
 * its column expressions are in the catalog; ALTER TABLE ADD CONSTRAINT calls it once.
 */
export function addTableConstraint(
  catalog: Catalog,
  tableName: string,
  constraint: DdlTableConstraint,
  ctx: ApplyContext,
): Catalog {
  switch (constraint.kind) {
    case 'check': {
      const next = addCheckConstraint(catalog, tableName, constraint);
      if (!isCreateTable(ctx))
        checkConstraintRows(next, tableName, requireTable(next, tableName).checks.at(-1)!.name, ctx);
      return next;
    }
    case 'foreignKey':
      return addForeignKey(catalog, tableName, constraint, ctx, isCreateTable(ctx));
    default:
      return assertNever(constraint, 'table constraint');
  }
}

/** A table being created has no rows to check. */
function isCreateTable(ctx: ApplyContext): boolean {
  try {
    return parseStatement(ctx.statementText, 'ddl').kind === 'createTable';
  } catch {
    return false;
  }
}

/** ALTER TABLE t DROP CONSTRAINT name: removes a check constraint or foreign key of `tableName`. */
export function dropTableConstraint(
  catalog: Catalog,
  tableName: string,
  constraintName: string,
  ctx: ApplyContext,
): Catalog {
  void ctx;
  const table = requireTable(catalog, tableName);
  if (table.foreignKeys.some((fk) => sameName(fk.name, constraintName))) {
    const next = updateTable(catalog, table.name, (t) => ({
      ...t,
      foreignKeys: t.foreignKeys.filter((fk) => !sameName(fk.name, constraintName)),
    }));
    return dropUnusedManagedIndexes(next);
  }
  if (table.checks.some((c) => sameName(c.name, constraintName))) {
    return updateTable(catalog, table.name, (t) => ({
      ...t,
      checks: t.checks.filter((c) => !sameName(c.name, constraintName)),
    }));
  }
  throw constraintNotFound(constraintName, table.name);
}
