/** AST of fine-grained access control: CREATE / DROP ROLE, GRANT and REVOKE. */

import type { DdlIdent, DdlName, DdlPos } from './ddl-common';

export type DdlPrivilegeName = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE' | 'EXECUTE' | 'USAGE';

export interface DdlPrivilege {
  name: DdlPrivilegeName;
  /** Column list of `SELECT(a, b)`; null when none was written. */
  columns: DdlIdent[] | null;
}

export type DdlPrivilegeObjectType =
  'TABLE' | 'VIEW' | 'CHANGE STREAM' | 'SEQUENCE' | 'TABLE FUNCTION' | 'FUNCTION' | 'SCHEMA';

export type DdlSchemaObjectsType = 'TABLES' | 'VIEWS' | 'SEQUENCES' | 'CHANGE STREAMS' | 'FUNCTIONS';

export type DdlPrivilegeTarget =
  | { kind: 'objects'; objectType: DdlPrivilegeObjectType; names: DdlName[] }
  /** `ON ALL TABLES IN SCHEMA s1, s2`. */
  | { kind: 'allInSchema'; objectType: DdlSchemaObjectsType; schemas: DdlName[] }
  /** `ON SCHEMA DEFAULT`: the unnamed default schema. */
  | { kind: 'defaultSchema' };

export type DdlGrantSubject =
  { kind: 'roles'; roles: DdlIdent[] } | { kind: 'privileges'; privileges: DdlPrivilege[]; target: DdlPrivilegeTarget };

export interface DdlGrant {
  kind: 'grant';
  subject: DdlGrantSubject;
  grantees: DdlIdent[];
  loc: DdlPos;
}

export interface DdlRevoke {
  kind: 'revoke';
  subject: DdlGrantSubject;
  grantees: DdlIdent[];
  loc: DdlPos;
}

export interface DdlCreateRole {
  kind: 'createRole';
  name: DdlIdent;
  loc: DdlPos;
}

export interface DdlDropRole {
  kind: 'dropRole';
  name: DdlIdent;
  loc: DdlPos;
}
