/**
 * Proto bundles (CREATE / ALTER / DROP PROTO BUNDLE): the fully qualified proto and enum type
 * names the database may use. The descriptors Spanner receives alongside the statements are not
 * part of DDL text, so only the names are kept; whether they exist in a descriptor set is not
 * checked.
 */

import { protoBundleAlreadyExists, protoBundleMissing } from '../../../errors/schema-object-errors';
import type { DdlAlterProtoBundle, DdlCreateProtoBundle, DdlDropProtoBundle } from '../../../sql/ast/ddl-database';
import type { Catalog } from '../catalog/catalog';
import type { ApplyContext } from '../ddl/apply-context';

export function createProtoBundle(catalog: Catalog, stmt: DdlCreateProtoBundle, ctx: ApplyContext): Catalog {
  void ctx;
  if (catalog.protoBundleTypes.length > 0) throw protoBundleAlreadyExists();
  return { ...catalog, protoBundleTypes: unique(stmt.types) };
}

export function alterProtoBundle(catalog: Catalog, stmt: DdlAlterProtoBundle, ctx: ApplyContext): Catalog {
  void ctx;
  if (catalog.protoBundleTypes.length === 0) throw protoBundleMissing('alter');
  const deleted = new Set(stmt.delete);
  const kept = catalog.protoBundleTypes.filter((t) => !deleted.has(t));
  return { ...catalog, protoBundleTypes: unique([...kept, ...stmt.insert]) };
}

export function dropProtoBundle(catalog: Catalog, stmt: DdlDropProtoBundle, ctx: ApplyContext): Catalog {
  void stmt;
  void ctx;
  if (catalog.protoBundleTypes.length === 0) throw protoBundleMissing('drop');
  return { ...catalog, protoBundleTypes: [] };
}

function unique(types: readonly string[]): string[] {
  return [...new Set(types)];
}
