/**
 * DDL entry point: dispatches on the leading words (CREATE / ALTER / DROP / GRANT / REVOKE /
 * RENAME / ANALYZE and the object kind) to one parse function per statement. Parses a single
 * statement and stops; the caller checks for the end of input. Syntax errors are worded as
 * Spanner's DDL parser words them (see token-cursor.ts), naming the productions of its grammar.
 * Validation against a schema is the catalog's job.
 */

import type { DdlStatement } from '../ast/ddl-statement';
import type { Token } from '../token';
import { parseGrant, parseRevoke } from './ddl-access-parser';
import { parseAlterChangeStream, parseCreateChangeStream } from './ddl-change-stream-parser';
import { parseAlterTable } from './ddl-alter-table-parser';
import { parseCreateTable } from './ddl-create-table-parser';
import {
  parseAlterDatabase,
  parseAlterLocalityGroup,
  parseAlterPlacement,
  parseAlterProtoBundle,
  parseAlterSchema,
  parseAlterStatistics,
  parseCreateDatabase,
  parseCreateLocalityGroup,
  parseCreatePlacement,
  parseCreateProtoBundle,
  parseCreateSchema,
} from './ddl-database-parser';
import { parseDrop, parseRenameTable } from './ddl-drop-parser';
import { parseAlterIndex, parseCreateIndex, parseCreateSearchIndex, parseCreateVectorIndex } from './ddl-index-parser';
import { parseAlterModel, parseCreateModel } from './ddl-model-parser';
import { parseCreatePropertyGraph } from './ddl-property-graph-parser';
import { parseAlterSequence, parseCreateSequence } from './ddl-sequence-parser';
import { expectKeywords, parseDdlIdent } from './ddl-tokens';
import { parseCreateFunction, parseCreateView } from './ddl-view-parser';
import { TokenCursor } from './token-cursor';

/** Parses one DDL statement at the cursor, without any `;` after it. */
export function parseDdlStatement(c: TokenCursor): DdlStatement {
  const start = c.peek();
  switch (start.keyword) {
    case 'CREATE':
      c.next();
      return parseCreate(c, start);
    case 'ALTER':
      c.next();
      return parseAlter(c, start);
    case 'DROP':
      c.next();
      return parseDrop(c, start);
    case 'RENAME':
      c.next();
      return parseRenameTable(c, start);
    case 'ANALYZE':
      c.next();
      return { kind: 'analyze', loc: c.span(start) };
    case 'GRANT':
      c.next();
      return parseGrant(c, start);
    case 'REVOKE':
      c.next();
      return parseRevoke(c, start);
    default:
      throw c.encountered('ddl_statement');
  }
}

/** Parses `text` as exactly one DDL statement (a trailing `;` allowed). */
export function parseDdl(text: string): DdlStatement {
  const c = new TokenCursor(text, 'ddl');
  const statement = parseDdlStatement(c);
  endDdlStatement(c);
  return statement;
}

/**
 * The end of a DDL statement. A final `;` is tolerated for convenience; any other `;` is the
 * stray character Spanner's DDL parser takes it for.
 */
export function endDdlStatement(c: TokenCursor): void {
  if (c.isSymbol(';') && c.peek(1).kind === 'eof') c.next();
  c.expectEnd();
}

/**
 * Consumes a phrase that starts with the next word, requiring the rest of it: Spanner's parser
 * chooses on the first word, so a wrong second word is an error there rather than another choice.
 */
function acceptWords(c: TokenCursor, first: string, ...rest: string[]): boolean {
  if (!c.acceptKeyword(first)) return false;
  expectKeywords(c, ...rest);
  return true;
}

function parseCreate(c: TokenCursor, start: Token): DdlStatement {
  if (acceptWords(c, 'OR', 'REPLACE')) return parseCreateOrReplace(c, start, true);
  const unique = c.acceptKeyword('UNIQUE');
  const nullFiltered = c.acceptKeyword('NULL_FILTERED');
  if (unique || nullFiltered || c.isKeyword('INDEX')) {
    c.expectKeyword('INDEX');
    return parseCreateIndex(c, start, unique, nullFiltered);
  }
  if (c.acceptKeyword('TABLE')) return parseCreateTable(c, start);
  if (acceptWords(c, 'SEARCH', 'INDEX')) return parseCreateSearchIndex(c, start);
  if (acceptWords(c, 'VECTOR', 'INDEX')) return parseCreateVectorIndex(c, start);
  if (c.acceptKeyword('SEQUENCE')) return parseCreateSequence(c, start);
  if (acceptWords(c, 'CHANGE', 'STREAM')) return parseCreateChangeStream(c, start);
  if (c.acceptKeyword('DATABASE')) return parseCreateDatabase(c, start);
  if (c.acceptKeyword('PLACEMENT')) return parseCreatePlacement(c, start);
  if (acceptWords(c, 'LOCALITY', 'GROUP')) return parseCreateLocalityGroup(c, start);
  if (acceptWords(c, 'PROTO', 'BUNDLE')) return parseCreateProtoBundle(c, start);
  return parseCreateOrReplace(c, start, false);
}

/** The objects CREATE OR REPLACE applies to (and ROLE, which shares the fall-through). */
function parseCreateOrReplace(c: TokenCursor, start: Token, orReplace: boolean): DdlStatement {
  if (c.acceptKeyword('VIEW')) return parseCreateView(c, start, orReplace);
  if (c.acceptKeyword('FUNCTION')) return parseCreateFunction(c, start, orReplace);
  if (c.acceptKeyword('MODEL')) return parseCreateModel(c, start, orReplace);
  if (c.acceptKeyword('SCHEMA')) return parseCreateSchema(c, start, orReplace);
  if (c.isKeyword('PROPERTY') && c.isKeyword('GRAPH', 1)) {
    expectKeywords(c, 'PROPERTY', 'GRAPH');
    return parseCreatePropertyGraph(c, start, orReplace);
  }
  if (!orReplace && c.acceptKeyword('ROLE')) return { kind: 'createRole', name: parseDdlIdent(c), loc: c.span(start) };
  throw c.encountered(orReplace ? 'create_or_replace_statement' : 'create_statement');
}

function parseAlter(c: TokenCursor, start: Token): DdlStatement {
  if (c.acceptKeyword('TABLE')) return parseAlterTable(c, start);
  if (c.acceptKeyword('INDEX')) return parseAlterIndex(c, start, 'index');
  if (acceptWords(c, 'SEARCH', 'INDEX')) return parseAlterIndex(c, start, 'search');
  if (acceptWords(c, 'VECTOR', 'INDEX')) return parseAlterIndex(c, start, 'vector');
  if (c.acceptKeyword('SEQUENCE')) return parseAlterSequence(c, start);
  if (acceptWords(c, 'CHANGE', 'STREAM')) return parseAlterChangeStream(c, start);
  if (c.acceptKeyword('DATABASE')) return parseAlterDatabase(c, start);
  if (c.acceptKeyword('SCHEMA')) return parseAlterSchema(c, start);
  if (c.acceptKeyword('MODEL')) return parseAlterModel(c, start);
  if (c.acceptKeyword('PLACEMENT')) return parseAlterPlacement(c, start);
  if (acceptWords(c, 'LOCALITY', 'GROUP')) return parseAlterLocalityGroup(c, start);
  if (acceptWords(c, 'PROTO', 'BUNDLE')) return parseAlterProtoBundle(c, start);
  if (c.acceptKeyword('STATISTICS')) return parseAlterStatistics(c, start);
  throw c.encountered('alter_statement');
}
