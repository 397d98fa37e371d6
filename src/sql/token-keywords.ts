/**
 * GoogleSQL's reserved keywords (as Spanner documents them). A reserved word cannot be an
 * unquoted name except after a dot; every other word is an identifier that the parser may read
 * as a contextual keyword. Does not list contextual keywords: those live where they are parsed.
 */

const RESERVED = [
  'ALL',
  'AND',
  'ANY',
  'ARRAY',
  'AS',
  'ASC',
  'ASSERT_ROWS_MODIFIED',
  'AT',
  'BETWEEN',
  'BY',
  'CASE',
  'CAST',
  'COLLATE',
  'CONTAINS',
  'CREATE',
  'CROSS',
  'CUBE',
  'CURRENT',
  'DEFAULT',
  'DEFINE',
  'DESC',
  'DISTINCT',
  'ELSE',
  'END',
  'ENUM',
  'ESCAPE',
  'EXCEPT',
  'EXCLUDE',
  'EXISTS',
  'EXTRACT',
  'FALSE',
  'FETCH',
  'FOLLOWING',
  'FOR',
  'FROM',
  'FULL',
  'GROUP',
  'GROUPING',
  'GROUPS',
  'HASH',
  'HAVING',
  'IF',
  'IGNORE',
  'IN',
  'INNER',
  'INTERSECT',
  'INTERVAL',
  'INTO',
  'IS',
  'JOIN',
  'LATERAL',
  'LEFT',
  'LIKE',
  'LIMIT',
  'LOOKUP',
  'MERGE',
  'NATURAL',
  'NEW',
  'NO',
  'NOT',
  'NULL',
  'NULLS',
  'OF',
  'ON',
  'OR',
  'ORDER',
  'OUTER',
  'OVER',
  'PARTITION',
  'PRECEDING',
  'PROTO',
  'QUALIFY',
  'RANGE',
  'RECURSIVE',
  'RESPECT',
  'RIGHT',
  'ROLLUP',
  'ROWS',
  'SELECT',
  'SET',
  'SOME',
  'STRUCT',
  'TABLESAMPLE',
  'THEN',
  'TO',
  'TREAT',
  'TRUE',
  'UNBOUNDED',
  'UNION',
  'UNNEST',
  'USING',
  'WHEN',
  'WHERE',
  'WINDOW',
  'WITH',
  'WITHIN',
];

const RESERVED_SET: ReadonlySet<string> = new Set(RESERVED);

/** `upper` must already be upper-cased. */
export function isReservedKeyword(upper: string): boolean {
  return RESERVED_SET.has(upper);
}

/** Reserved words that may still name a function when followed by `(`, as ZetaSQL allows. */
const FUNCTION_NAME_KEYWORDS: ReadonlySet<string> = new Set(['IF', 'LEFT', 'RIGHT', 'GROUPING', 'RANGE', 'COLLATE']);

export function isKeywordFunctionName(upper: string): boolean {
  return FUNCTION_NAME_KEYWORDS.has(upper);
}

export function reservedKeywords(): readonly string[] {
  return RESERVED;
}
