/**
 * DROP INDEX [IF EXISTS]: refused for indexes that foreign keys need or views force with a hint
 * (asked of the constraints and objects code).
 */

import type { DdlDropIndex } from '../../../sql/ast/ddl-index';
import type { Catalog } from '../catalog/catalog';
import { findIndex, requireIndex } from '../catalog/catalog-lookup';
import { withoutIndex } from '../catalog/catalog-updates';
import { checkIndexDropByConstraints } from '../constraints/constraint-dependents';
import { checkIndexDropByObjects } from '../objects/object-dependents';
import type { ApplyContext } from './apply-context';

export function dropIndex(catalog: Catalog, stmt: DdlDropIndex, ctx: ApplyContext): Catalog {
  void ctx;
  if (stmt.ifExists && findIndex(catalog, stmt.name.name) === undefined) return catalog;
  const index = requireIndex(catalog, stmt.name.name);
  checkIndexDropByConstraints(catalog, index.name);
  checkIndexDropByObjects(catalog, index.name);
  return withoutIndex(catalog, index.name);
}
