/**
 * Placements (CREATE / ALTER / DROP PLACEMENT): named sets of options (default_leader,
 * instance_partition) that rows can be placed by. Placements have their own namespace. Where rows
 * actually live is not modelled by the emulator.
 */

import { placementAlreadyExists, placementNotFound } from '../../../errors/schema-object-errors';
import type { DdlAlterPlacement, DdlCreatePlacement, DdlDropPlacement } from '../../../sql/ast/ddl-database';
import type { Catalog } from '../catalog/catalog';
import { lookupNamed, putNamed, removeNamed } from '../catalog/named-map';
import type { ApplyContext } from '../ddl/apply-context';
import { mergedOptions, nonNullOptions } from './object-options';

export function createPlacement(catalog: Catalog, stmt: DdlCreatePlacement, ctx: ApplyContext): Catalog {
  void ctx;
  const name = stmt.name.name;
  if (lookupNamed(catalog.placements, name) !== undefined) {
    if (stmt.ifNotExists) return catalog;
    throw placementAlreadyExists(name);
  }
  return { ...catalog, placements: putNamed(catalog.placements, { name, options: nonNullOptions(stmt.options) }) };
}

export function alterPlacement(catalog: Catalog, stmt: DdlAlterPlacement, ctx: ApplyContext): Catalog {
  void ctx;
  const placement = lookupNamed(catalog.placements, stmt.name.name);
  if (placement === undefined) {
    if (stmt.ifExists) return catalog;
    throw placementNotFound(stmt.name.name);
  }
  const options = mergedOptions(placement.options, stmt.options ?? []);
  return { ...catalog, placements: putNamed(catalog.placements, { ...placement, options }) };
}

export function dropPlacement(catalog: Catalog, stmt: DdlDropPlacement, ctx: ApplyContext): Catalog {
  void ctx;
  const placement = lookupNamed(catalog.placements, stmt.name.name);
  if (placement === undefined) {
    if (stmt.ifExists) return catalog;
    throw placementNotFound(stmt.name.name);
  }
  return { ...catalog, placements: removeNamed(catalog.placements, placement.name) };
}
