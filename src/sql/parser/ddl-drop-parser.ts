/** DROP statements for every kind of schema object, and RENAME TABLE. Existence is checked later. */

import type { DdlName } from '../ast/ddl-common';
import type { DdlStatement } from '../ast/ddl-statement';
import type { DdlRenameTable } from '../ast/ddl-table';
import type { Token } from '../token';
import { parseLocalityGroupName } from './ddl-database-parser';
import { parseDropPropertyGraph } from './ddl-property-graph-parser';
import { expectKeywords, parseDdlIdent, parseDdlName, parseIfExists } from './ddl-tokens';
import { TokenCursor } from './token-cursor';

/** After `DROP`; a two-word object kind is chosen by its first word, as Spanner's parser does. */
export function parseDrop(c: TokenCursor, start: Token): DdlStatement {
  const word = c.peek().keyword;
  if (c.isKeyword('SEARCH') || c.isKeyword('VECTOR')) {
    expectKeywords(c, word, 'INDEX');
    const named = parseIfExistsAndName(c);
    return { kind: 'dropIndex', indexKind: word === 'SEARCH' ? 'search' : 'vector', ...named, loc: c.span(start) };
  }
  if (c.isKeyword('CHANGE')) {
    expectKeywords(c, 'CHANGE', 'STREAM');
    return { kind: 'dropChangeStream', name: parseDdlName(c), loc: c.span(start) };
  }
  if (c.isKeyword('PROTO')) {
    expectKeywords(c, 'PROTO', 'BUNDLE');
    return { kind: 'dropProtoBundle', loc: c.span(start) };
  }
  if (c.isKeyword('LOCALITY')) {
    expectKeywords(c, 'LOCALITY', 'GROUP');
    const ifExists = parseIfExists(c);
    return { kind: 'dropLocalityGroup', name: parseLocalityGroupName(c), ifExists, loc: c.span(start) };
  }
  // Spanner's grammar looks two words ahead here, so `DROP PROPERTY x` is not this statement.
  if (c.isKeyword('PROPERTY') && c.isKeyword('GRAPH', 1)) {
    expectKeywords(c, 'PROPERTY', 'GRAPH');
    return parseDropPropertyGraph(c, start);
  }
  if (c.acceptKeyword('ROLE')) return { kind: 'dropRole', name: parseDdlIdent(c), loc: c.span(start) };
  return parseDropNamed(c, start, word);
}

/** The DROP forms that are `DROP <object> [IF EXISTS] name`. */
function parseDropNamed(c: TokenCursor, start: Token, word: string): DdlStatement {
  if (!DROP_NAMED_KINDS.has(word)) throw c.encountered('drop_statement');
  c.next();
  const named = parseIfExistsAndName(c);
  const loc = c.span(start);
  switch (word) {
    case 'TABLE':
      return { kind: 'dropTable', ...named, loc };
    case 'INDEX':
      return { kind: 'dropIndex', indexKind: 'index', ...named, loc };
    case 'VIEW':
      return { kind: 'dropView', ...named, loc };
    case 'FUNCTION':
      return { kind: 'dropFunction', ...named, loc };
    case 'SEQUENCE':
      return { kind: 'dropSequence', ...named, loc };
    case 'MODEL':
      return { kind: 'dropModel', ...named, loc };
    case 'SCHEMA':
      return { kind: 'dropSchema', ...named, loc };
    default:
      return { kind: 'dropPlacement', ...named, loc };
  }
}

const DROP_NAMED_KINDS: ReadonlySet<string> = new Set([
  'TABLE',
  'INDEX',
  'VIEW',
  'FUNCTION',
  'SEQUENCE',
  'MODEL',
  'SCHEMA',
  'PLACEMENT',
]);

function parseIfExistsAndName(c: TokenCursor): { ifExists: boolean; name: DdlName } {
  const ifExists = parseIfExists(c);
  return { ifExists, name: parseDdlName(c) };
}

/** After `RENAME`: `TABLE a TO b [, c TO d ...]`. */
export function parseRenameTable(c: TokenCursor, start: Token): DdlRenameTable {
  c.expectKeyword('TABLE');
  const renames: DdlRenameTable['renames'] = [];
  do {
    const from = parseDdlName(c);
    c.expectKeyword('TO');
    renames.push({ from, to: parseDdlName(c) });
  } while (c.acceptSymbol(','));
  return { kind: 'renameTable', renames, loc: c.span(start) };
}
