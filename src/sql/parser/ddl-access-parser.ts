/**
 * Fine-grained access control: CREATE / DROP ROLE, GRANT and REVOKE. Which privileges make sense
 * on which kind of object is part of the grammar in Spanner (INSERT on a sequence is a syntax
 * error), so that check is made here; whether the objects and roles exist is not.
 */

import type {
  DdlGrantSubject,
  DdlPrivilege,
  DdlPrivilegeName,
  DdlPrivilegeObjectType,
  DdlPrivilegeTarget,
  DdlSchemaObjectsType,
} from '../ast/ddl-access';
import type { DdlGrant, DdlRevoke } from '../ast/ddl-access';
import type { Token } from '../token';
import { isKeywordSequence, parseDdlIdentSequence, parseDdlNameSequence, parseParenthesizedIdents } from './ddl-tokens';
import { TokenCursor } from './token-cursor';

const PRIVILEGE_NAMES: readonly DdlPrivilegeName[] = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'EXECUTE', 'USAGE'];

const ALLOWED: Readonly<Record<DdlPrivilegeObjectType | DdlSchemaObjectsType, readonly DdlPrivilegeName[]>> = {
  TABLE: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  TABLES: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  VIEW: ['SELECT'],
  VIEWS: ['SELECT'],
  'CHANGE STREAM': ['SELECT'],
  'CHANGE STREAMS': ['SELECT'],
  SEQUENCE: ['SELECT', 'UPDATE'],
  SEQUENCES: ['SELECT', 'UPDATE'],
  'TABLE FUNCTION': ['EXECUTE'],
  FUNCTION: ['EXECUTE'],
  FUNCTIONS: ['EXECUTE'],
  SCHEMA: ['USAGE'],
};

/** After `GRANT`. */
export function parseGrant(c: TokenCursor, start: Token): DdlGrant {
  const subject = parseGrantSubject(c, 'grant_statement');
  c.expectKeyword('TO');
  c.expectKeyword('ROLE');
  return { kind: 'grant', subject, grantees: parseDdlIdentSequence(c), loc: c.span(start) };
}

/** After `REVOKE`. */
export function parseRevoke(c: TokenCursor, start: Token): DdlRevoke {
  const subject = parseGrantSubject(c, 'revoke_statement');
  c.expectKeyword('FROM');
  c.expectKeyword('ROLE');
  return { kind: 'revoke', subject, grantees: parseDdlIdentSequence(c), loc: c.span(start) };
}

/**
 * `ROLE r, ...` or `privilege, ... ON target`. A first word that is neither fails the statement's
 * own choice in Spanner's grammar; a bad later privilege fails `privilege`.
 */
function parseGrantSubject(c: TokenCursor, statement: 'grant_statement' | 'revoke_statement'): DdlGrantSubject {
  if (c.acceptKeyword('ROLE')) return { kind: 'roles', roles: parseDdlIdentSequence(c) };
  const privileges = [parsePrivilege(c, statement)];
  while (c.acceptSymbol(',')) privileges.push(parsePrivilege(c, 'privilege'));
  c.expectKeyword('ON');
  const targetToken = c.peek();
  const target = parsePrivilegeTarget(c);
  const objectType = target.kind === 'defaultSchema' ? 'SCHEMA' : target.objectType;
  const refused = privileges.find((p) => !ALLOWED[objectType].includes(p.name));
  if (refused !== undefined) throw c.errorAt(targetToken, `Privilege ${refused.name} is not allowed on ${objectType}`);
  return { kind: 'privileges', privileges, target };
}

function parsePrivilege(c: TokenCursor, production: string): DdlPrivilege {
  const name = PRIVILEGE_NAMES.find((p) => c.isKeyword(p));
  if (name === undefined) throw c.encountered(production);
  c.next();
  return { name, columns: c.isSymbol('(') ? parseParenthesizedIdents(c) : null };
}

function parsePrivilegeTarget(c: TokenCursor): DdlPrivilegeTarget {
  if (c.acceptKeyword('ALL')) return parseAllInSchema(c);
  const objectType = parseObjectType(c);
  if (objectType === 'SCHEMA' && c.acceptKeyword('DEFAULT')) return { kind: 'defaultSchema' };
  return { kind: 'objects', objectType, names: parseDdlNameSequence(c) };
}

function parseObjectType(c: TokenCursor): DdlPrivilegeObjectType {
  if (isKeywordSequence(c, 'TABLE', 'FUNCTION')) return consumeWords(c, 2, 'TABLE FUNCTION');
  if (isKeywordSequence(c, 'CHANGE', 'STREAM')) return consumeWords(c, 2, 'CHANGE STREAM');
  const single: DdlPrivilegeObjectType[] = ['TABLE', 'VIEW', 'SEQUENCE', 'FUNCTION', 'SCHEMA'];
  const found = single.find((k) => c.isKeyword(k));
  if (found === undefined) throw c.encountered('target_type');
  return consumeWords(c, 1, found);
}

/** `ALL TABLES | VIEWS | SEQUENCES | CHANGE STREAMS | FUNCTIONS IN SCHEMA s, ...`. */
function parseAllInSchema(c: TokenCursor): DdlPrivilegeTarget {
  let objectType: DdlSchemaObjectsType;
  if (isKeywordSequence(c, 'CHANGE', 'STREAMS')) objectType = consumeWords(c, 2, 'CHANGE STREAMS');
  else {
    const single: DdlSchemaObjectsType[] = ['TABLES', 'VIEWS', 'SEQUENCES', 'FUNCTIONS'];
    const found = single.find((k) => c.isKeyword(k));
    if (found === undefined) throw c.encountered('privilege_target');
    objectType = consumeWords(c, 1, found);
  }
  c.expectKeyword('IN');
  c.expectKeyword('SCHEMA');
  return { kind: 'allInSchema', objectType, schemas: parseDdlNameSequence(c) };
}

function consumeWords<T>(c: TokenCursor, count: number, value: T): T {
  for (let i = 0; i < count; i++) c.next();
  return value;
}
