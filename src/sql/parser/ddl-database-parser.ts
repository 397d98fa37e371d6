/**
 * Statements on database-wide objects: the database itself, named schemas, placements, locality
 * groups, statistics packages and the proto bundle. All are a name plus OPTIONS or a name list.
 */

import type { DdlName } from '../ast/ddl-common';
import type {
  DdlAlterDatabase,
  DdlAlterLocalityGroup,
  DdlAlterPlacement,
  DdlAlterProtoBundle,
  DdlAlterSchema,
  DdlAlterStatistics,
  DdlCreateDatabase,
  DdlCreateLocalityGroup,
  DdlCreatePlacement,
  DdlCreateProtoBundle,
  DdlCreateSchema,
} from '../ast/ddl-database';
import type { Token } from '../token';
import { parseOptionalOptions, parseOptionsClause } from './ddl-options-parser';
import { parseDdlIdent, parseDdlName, parseIfExists, parseIfNotExists } from './ddl-tokens';
import { TokenCursor } from './token-cursor';

/** After `CREATE DATABASE`. */
export function parseCreateDatabase(c: TokenCursor, start: Token): DdlCreateDatabase {
  const name = parseDdlIdent(c);
  return { kind: 'createDatabase', name, options: parseOptionalOptions(c), loc: c.span(start) };
}

/** After `ALTER DATABASE`. */
export function parseAlterDatabase(c: TokenCursor, start: Token): DdlAlterDatabase {
  const name = parseDdlIdent(c);
  c.expectKeyword('SET');
  return { kind: 'alterDatabase', name, options: parseOptionsClause(c), loc: c.span(start) };
}

/** After `CREATE [OR REPLACE] SCHEMA`. */
export function parseCreateSchema(c: TokenCursor, start: Token, orReplace: boolean): DdlCreateSchema {
  const ifNotExists = parseIfNotExists(c);
  const name = parseDdlName(c);
  return { kind: 'createSchema', name, orReplace, ifNotExists, options: parseOptionalOptions(c), loc: c.span(start) };
}

/** After `ALTER SCHEMA`. */
export function parseAlterSchema(c: TokenCursor, start: Token): DdlAlterSchema {
  const ifExists = parseIfExists(c);
  const name = parseDdlName(c);
  return { kind: 'alterSchema', name, ifExists, options: parseOptionalSetOptions(c), loc: c.span(start) };
}

/** After `CREATE PLACEMENT`. */
export function parseCreatePlacement(c: TokenCursor, start: Token): DdlCreatePlacement {
  const ifNotExists = parseIfNotExists(c);
  const name = parseDdlName(c);
  return { kind: 'createPlacement', name, ifNotExists, options: parseOptionalOptions(c), loc: c.span(start) };
}

/** After `ALTER PLACEMENT`. */
export function parseAlterPlacement(c: TokenCursor, start: Token): DdlAlterPlacement {
  const ifExists = parseIfExists(c);
  const name = parseDdlName(c);
  return { kind: 'alterPlacement', name, ifExists, options: parseOptionalSetOptions(c), loc: c.span(start) };
}

/** After `CREATE LOCALITY GROUP`. */
export function parseCreateLocalityGroup(c: TokenCursor, start: Token): DdlCreateLocalityGroup {
  const ifNotExists = parseIfNotExists(c);
  const name = parseLocalityGroupName(c);
  return { kind: 'createLocalityGroup', name, ifNotExists, options: parseOptionalOptions(c), loc: c.span(start) };
}

/** After `ALTER LOCALITY GROUP`. */
export function parseAlterLocalityGroup(c: TokenCursor, start: Token): DdlAlterLocalityGroup {
  const ifExists = parseIfExists(c);
  const name = parseLocalityGroupName(c);
  return { kind: 'alterLocalityGroup', name, ifExists, options: parseOptionalSetOptions(c), loc: c.span(start) };
}

/** A locality group name, or null for the unquoted keyword DEFAULT (the built-in group). */
export function parseLocalityGroupName(c: TokenCursor): DdlName | null {
  return c.acceptKeyword('DEFAULT') ? null : parseDdlName(c);
}

/** After `ALTER STATISTICS`. */
export function parseAlterStatistics(c: TokenCursor, start: Token): DdlAlterStatistics {
  const name = parseDdlName(c);
  c.expectKeyword('SET');
  return { kind: 'alterStatistics', name, options: parseOptionsClause(c), loc: c.span(start) };
}

function parseOptionalSetOptions(c: TokenCursor): ReturnType<typeof parseOptionalOptions> {
  return c.acceptKeyword('SET') ? parseOptionsClause(c) : null;
}

/** After `CREATE PROTO BUNDLE`. */
export function parseCreateProtoBundle(c: TokenCursor, start: Token): DdlCreateProtoBundle {
  return { kind: 'createProtoBundle', types: parseProtoTypeList(c), loc: c.span(start) };
}

/** After `ALTER PROTO BUNDLE`: any of INSERT (...), UPDATE (...), DELETE (...), in that order. */
export function parseAlterProtoBundle(c: TokenCursor, start: Token): DdlAlterProtoBundle {
  const insert = c.acceptKeyword('INSERT') ? parseProtoTypeList(c) : [];
  const update = c.acceptKeyword('UPDATE') ? parseProtoTypeList(c) : [];
  const del = c.acceptKeyword('DELETE') ? parseProtoTypeList(c) : [];
  return { kind: 'alterProtoBundle', insert, update, delete: del, loc: c.span(start) };
}

/** `(a.b.C, `x.y.Z`, ...)`, a trailing comma tolerated. */
function parseProtoTypeList(c: TokenCursor): string[] {
  c.expectSymbol('(');
  const types = [parseDdlName(c).name];
  while (c.acceptSymbol(',')) {
    if (c.isSymbol(')')) break;
    types.push(parseDdlName(c).name);
  }
  c.expectSymbol(')');
  return types;
}
