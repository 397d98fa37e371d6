/**
 * CREATE [OR REPLACE] PROPERTY GRAPH [IF NOT EXISTS] name NODE TABLES (...) [EDGE TABLES (...)]
 * and DROP PROPERTY GRAPH [IF EXISTS] name. Spanner's DDL parser only delimits the element tables
 * and hands them to the GoogleSQL graph grammar, which is what this file follows: element table
 * [AS alias] [KEY (...)] [SOURCE KEY (...) REFERENCES node [(...)]] [DESTINATION KEY ...]
 * [LABEL ... | DEFAULT LABEL ... | properties] [DYNAMIC LABEL (col)] [DYNAMIC PROPERTIES (col)].
 * Property expressions are parsed with the expression grammar and kept with their source text.
 */

import type { DdlExpression, DdlIdent } from '../ast/ddl-common';
import type {
  DdlCreatePropertyGraph,
  DdlDropPropertyGraph,
  DdlGraphDerivedProperty,
  DdlGraphElementTable,
  DdlGraphLabel,
  DdlGraphNodeReference,
  DdlGraphProperties,
} from '../ast/ddl-property-graph';
import type { Token } from '../token';
import { parseDdlIdent, parseDdlName, parseIfExists, parseIfNotExists, parseParenthesizedIdents } from './ddl-tokens';
import { parseExpression } from './expression-parser';
import { TokenCursor } from './token-cursor';

/** After `CREATE [OR REPLACE] PROPERTY GRAPH`. */
export function parseCreatePropertyGraph(c: TokenCursor, start: Token, orReplace: boolean): DdlCreatePropertyGraph {
  const ifNotExists = parseIfNotExists(c);
  const name = parseDdlName(c);
  c.expectKeyword('NODE');
  c.expectKeyword('TABLES');
  const nodeTables = parseElementTableList(c);
  let edgeTables: DdlGraphElementTable[] = [];
  if (c.acceptKeyword('EDGE')) {
    c.expectKeyword('TABLES');
    edgeTables = parseElementTableList(c);
  }
  return { kind: 'createPropertyGraph', name, orReplace, ifNotExists, nodeTables, edgeTables, loc: c.span(start) };
}

/** After `DROP PROPERTY GRAPH`. */
export function parseDropPropertyGraph(c: TokenCursor, start: Token): DdlDropPropertyGraph {
  const ifExists = parseIfExists(c);
  return { kind: 'dropPropertyGraph', name: parseDdlName(c), ifExists, loc: c.span(start) };
}

/** `( element, ... [,] )`. */
function parseElementTableList(c: TokenCursor): DdlGraphElementTable[] {
  c.expectSymbol('(');
  const tables = [parseElementTable(c)];
  while (c.acceptSymbol(',')) {
    if (c.isSymbol(')')) break;
    tables.push(parseElementTable(c));
  }
  c.expectSymbol(')');
  return tables;
}

function parseElementTable(c: TokenCursor): DdlGraphElementTable {
  const start = c.peek();
  const tableName = parseDdlName(c);
  const table: DdlIdent = { name: tableName.name, loc: tableName.loc };
  const alias = c.acceptKeyword('AS') ? parseDdlIdent(c) : null;
  const key = c.isKeyword('KEY') ? (c.next(), parseParenthesizedIdents(c)) : null;
  const source = c.isKeyword('SOURCE') ? parseNodeReference(c, 'SOURCE') : null;
  const destination = c.isKeyword('DESTINATION') ? parseNodeReference(c, 'DESTINATION') : null;
  const labels = parseLabels(c);
  const dynamicLabel = parseDynamic(c, 'LABEL');
  const dynamicProperties = parseDynamic(c, 'PROPERTIES');
  return { table, alias, key, source, destination, labels, dynamicLabel, dynamicProperties, loc: c.span(start) };
}

/** `SOURCE|DESTINATION KEY (cols) REFERENCES node [(cols)]`. */
function parseNodeReference(c: TokenCursor, word: 'SOURCE' | 'DESTINATION'): DdlGraphNodeReference {
  const start = c.expectKeyword(word);
  c.expectKeyword('KEY');
  const edgeColumns = parseParenthesizedIdents(c);
  c.expectKeyword('REFERENCES');
  const nodeTable = parseDdlIdent(c);
  const nodeColumns = c.isSymbol('(') ? parseParenthesizedIdents(c) : null;
  return { edgeColumns, nodeTable, nodeColumns, loc: c.span(start) };
}

/** LABEL / DEFAULT LABEL clauses, or one bare properties clause; neither means DEFAULT LABEL. */
function parseLabels(c: TokenCursor): DdlGraphLabel[] {
  const start = c.peek();
  if (isPropertiesStart(c)) return [{ name: null, properties: parseProperties(c), loc: c.span(start) }];
  const labels: DdlGraphLabel[] = [];
  for (;;) {
    const at = c.peek();
    let name: DdlIdent | null;
    if (c.acceptKeyword('LABEL')) name = parseDdlIdent(c);
    else if (c.isKeyword('DEFAULT') && c.isKeyword('LABEL', 1)) {
      c.next();
      c.next();
      name = null;
    } else break;
    const properties: DdlGraphProperties = isPropertiesStart(c)
      ? parseProperties(c)
      : { kind: 'allColumns', except: null };
    labels.push({ name, properties, loc: c.span(at) });
  }
  if (labels.length === 0)
    labels.push({ name: null, properties: { kind: 'allColumns', except: null }, loc: c.span(start) });
  return labels;
}

function isPropertiesStart(c: TokenCursor): boolean {
  return (c.isKeyword('NO') && c.isKeyword('PROPERTIES', 1)) || c.isKeyword('PROPERTIES');
}

/** NO PROPERTIES | PROPERTIES [ARE] ALL COLUMNS [EXCEPT (cols)] | PROPERTIES (expr [AS name], ...). */
function parseProperties(c: TokenCursor): DdlGraphProperties {
  if (c.acceptKeyword('NO')) {
    c.expectKeyword('PROPERTIES');
    return { kind: 'none' };
  }
  c.expectKeyword('PROPERTIES');
  if (c.isSymbol('(')) return { kind: 'list', items: parseDerivedProperties(c) };
  c.acceptKeyword('ARE');
  c.expectKeyword('ALL');
  c.expectKeyword('COLUMNS');
  const except = c.acceptKeyword('EXCEPT') ? parseParenthesizedIdents(c) : null;
  return { kind: 'allColumns', except };
}

function parseDerivedProperties(c: TokenCursor): DdlGraphDerivedProperty[] {
  c.expectSymbol('(');
  const items: DdlGraphDerivedProperty[] = [];
  if (!c.isSymbol(')')) {
    do {
      const start = c.peek();
      const expression = parsePropertyExpression(c);
      const alias = c.acceptKeyword('AS') ? parseDdlIdent(c) : null;
      items.push({ expression, alias, loc: c.span(start) });
    } while (c.acceptSymbol(','));
  }
  c.expectSymbol(')');
  return items;
}

function parsePropertyExpression(c: TokenCursor): DdlExpression {
  const first = c.peek();
  const ast = parseExpression(c);
  return { text: c.sourceText(first.start, c.lastEnd), ast, loc: c.span(first) };
}

/** `DYNAMIC LABEL (col)` / `DYNAMIC PROPERTIES (col)`: a column of the element table. */
function parseDynamic(c: TokenCursor, word: 'LABEL' | 'PROPERTIES'): DdlIdent | null {
  if (!(c.isKeyword('DYNAMIC') && c.isKeyword(word, 1))) return null;
  c.next();
  c.next();
  c.expectSymbol('(');
  const column = parseDdlIdent(c);
  c.expectSymbol(')');
  return column;
}
