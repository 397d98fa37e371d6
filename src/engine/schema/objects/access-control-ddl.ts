/**
 * The fine-grained access control part of GetDatabaseDdl: every role (`CREATE ROLE r`, in creation
 * order), then every grant still in effect (`GRANT <privileges> ON <target> TO ROLE r1, r2` or
 * `GRANT ROLE a TO ROLE b`), in the order granted and in the form written. The official
 * emulator's printer leaves these out; Spanner prints them after the other schema objects.
 * System roles (public, spanner_*) exist without CREATE ROLE and are never printed.
 */

import type { DdlGrantSubject, DdlPrivilege, DdlPrivilegeTarget } from '../../../sql/ast/ddl-access';
import { printIdent, printName } from '../../../sql/printer/ddl-names';
import { assertNever } from '../../../errors/assert-never';
import type { Catalog } from '../catalog/catalog';
import { namedValues } from '../catalog/named-map';
import type { Grant } from '../catalog/schema-objects';

export function accessControlDdl(catalog: Catalog): string[] {
  const roles = namedValues(catalog.roles).map((r) => `CREATE ROLE ${printIdent(r.name)}`);
  return [...roles, ...catalog.grants.map(printGrant)];
}

function printGrant(grant: Grant): string {
  const grantees = grant.grantees.map(printIdent).join(', ');
  return `GRANT ${printSubject(grant.subject)} TO ROLE ${grantees}`;
}

function printSubject(subject: DdlGrantSubject): string {
  switch (subject.kind) {
    case 'roles':
      return `ROLE ${subject.roles.map((r) => printIdent(r.name)).join(', ')}`;
    case 'privileges':
      return `${subject.privileges.map(printPrivilege).join(', ')} ON ${printTarget(subject.target)}`;
    default:
      return assertNever(subject, 'grant subject');
  }
}

function printPrivilege(privilege: DdlPrivilege): string {
  if (privilege.columns === null) return privilege.name;
  return `${privilege.name}(${privilege.columns.map((c) => printIdent(c.name)).join(', ')})`;
}

function printTarget(target: DdlPrivilegeTarget): string {
  switch (target.kind) {
    case 'objects':
      return `${target.objectType} ${target.names.map((n) => printName(n.name)).join(', ')}`;
    case 'allInSchema':
      return `ALL ${target.objectType} IN SCHEMA ${target.schemas.map((s) => printName(s.name)).join(', ')}`;
    case 'defaultSchema':
      return 'SCHEMA DEFAULT';
    default:
      return assertNever(target, 'privilege target');
  }
}
