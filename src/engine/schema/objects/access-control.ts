/**
 * Fine-grained access control: CREATE / DROP ROLE, GRANT and REVOKE. The emulator accepts these
 * statements and records roles and grants in the catalog, but enforces no privileges (as the
 * official emulator does, which also validates none of them); GetDatabaseDdl prints them as Spanner
 * does (access-control-ddl.ts).
 */

import type { DdlCreateRole, DdlDropRole, DdlGrant, DdlRevoke } from '../../../sql/ast/ddl-access';
import type { Catalog } from '../catalog/catalog';
import { lookupNamed, putNamed, removeNamed } from '../catalog/named-map';
import type { Grant } from '../catalog/schema-objects';
import type { ApplyContext } from '../ddl/apply-context';

export function createRole(catalog: Catalog, stmt: DdlCreateRole, ctx: ApplyContext): Catalog {
  void ctx;
  if (lookupNamed(catalog.roles, stmt.name.name) !== undefined) return catalog;
  return { ...catalog, roles: putNamed(catalog.roles, { name: stmt.name.name }) };
}

export function dropRole(catalog: Catalog, stmt: DdlDropRole, ctx: ApplyContext): Catalog {
  void ctx;
  const key = stmt.name.name.toLowerCase();
  const grants = catalog.grants.filter((g) => !g.grantees.some((r) => r.toLowerCase() === key));
  return { ...catalog, roles: removeNamed(catalog.roles, stmt.name.name), grants };
}

export function grant(catalog: Catalog, stmt: DdlGrant, ctx: ApplyContext): Catalog {
  void ctx;
  const entry: Grant = { subject: stmt.subject, grantees: stmt.grantees.map((g) => g.name) };
  return { ...catalog, grants: [...catalog.grants, entry] };
}

/** Removes the grants of the same subject to the named grantees. */
export function revoke(catalog: Catalog, stmt: DdlRevoke, ctx: ApplyContext): Catalog {
  void ctx;
  const subject = subjectKey(stmt.subject);
  const revoked = new Set(stmt.grantees.map((g) => g.name.toLowerCase()));
  const grants = catalog.grants.flatMap((g) => {
    if (subjectKey(g.subject) !== subject) return [g];
    const grantees = g.grantees.filter((r) => !revoked.has(r.toLowerCase()));
    return grantees.length === 0 ? [] : [{ ...g, grantees }];
  });
  return { ...catalog, grants };
}

/** A comparable form of a grant subject: the AST without source positions, names lower-cased. */
function subjectKey(subject: Grant['subject']): string {
  return JSON.stringify(subject, (key, value: unknown) => {
    if (key === 'loc') return undefined;
    return typeof value === 'string' && key === 'name' ? value.toLowerCase() : value;
  });
}
