/**
 * Proto bundles (CREATE / ALTER / DROP PROTO BUNDLE): the proto and enum types columns may use,
 * with the descriptor files that define them. CREATE and ALTER read the descriptors sent with the
 * schema change (ApplyContext.protoDescriptors); CREATE replaces any existing bundle, as Spanner's
 * emulator does. Every change is followed by Spanner's column check: no column may keep a proto or
 * enum type the bundle no longer holds (proto-column-types.ts, which also resolves column types).
 */

import { protoBundleMissing } from '../../../errors/schema-object-errors';
import type { DdlAlterProtoBundle, DdlCreateProtoBundle, DdlDropProtoBundle } from '../../../sql/ast/ddl-database';
import type { Catalog } from '../catalog/catalog';
import type { ApplyContext } from '../ddl/apply-context';
import { ProtoBundleBuilder, type BuiltBundle } from './proto-bundle-builder';
import { checkBundleFeatures } from './proto-bundle-features';
import { retypeProtoColumns } from './proto-column-types';

export function createProtoBundle(catalog: Catalog, stmt: DdlCreateProtoBundle, ctx: ApplyContext): Catalog {
  const builder = new ProtoBundleBuilder(ctx.protoDescriptors, null);
  builder.insert(stmt.types);
  return withBundle(catalog, builder.build());
}

export function alterProtoBundle(catalog: Catalog, stmt: DdlAlterProtoBundle, ctx: ApplyContext): Catalog {
  if (catalog.protoBundleTypes.length === 0) throw protoBundleMissing('alter');
  const previous = { types: catalog.protoBundleTypes, files: catalog.protoBundleFiles };
  const builder = new ProtoBundleBuilder(ctx.protoDescriptors, previous);
  builder.insert(stmt.insert);
  builder.update(stmt.update);
  builder.delete(stmt.delete);
  return withBundle(catalog, builder.build());
}

export function dropProtoBundle(catalog: Catalog, stmt: DdlDropProtoBundle, ctx: ApplyContext): Catalog {
  void stmt;
  void ctx;
  if (catalog.protoBundleTypes.length === 0) throw protoBundleMissing('drop');
  return withBundle(catalog, { types: [], files: [] });
}

function withBundle(catalog: Catalog, bundle: BuiltBundle): Catalog {
  checkBundleFeatures(bundle);
  return retypeProtoColumns({ ...catalog, protoBundleTypes: bundle.types, protoBundleFiles: bundle.files });
}
