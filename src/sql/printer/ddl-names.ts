/**
 * How canonical DDL spells names and string literals: reserved words and names that are not plain
 * identifiers are back-quoted, qualified names are quoted part by part, strings use single quotes.
 */

/** GoogleSQL reserved keywords: a name spelled like one must be quoted. */
const RESERVED_WORDS = new Set(
  (
    'ALL AND ANY ARRAY AS ASC ASSERT_ROWS_MODIFIED AT BETWEEN BY CASE CAST COLLATE CONTAINS CREATE ' +
    'CROSS CUBE CURRENT DEFAULT DEFINE DESC DISTINCT ELSE END ENUM ESCAPE EXCEPT EXCLUDE EXISTS ' +
    'EXTRACT FALSE FETCH FOLLOWING FOR FROM FULL GROUP GROUPING GROUPS HASH HAVING IF IGNORE IN ' +
    'INNER INTERSECT INTERVAL INTO IS JOIN LATERAL LEFT LIKE LIMIT LOOKUP MERGE NATURAL NEW NO NOT ' +
    'NULL NULLS OF ON OR ORDER OUTER OVER PARTITION PRECEDING PROTO RANGE RECURSIVE RESPECT RIGHT ' +
    'ROLLUP ROWS SELECT SET SOME STRUCT TABLESAMPLE THEN TO TREAT TRUE UNBOUNDED UNION UNNEST ' +
    'USING WHEN WHERE WINDOW WITH WITHIN'
  ).split(' '),
);

const PLAIN_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isReservedWord(word: string): boolean {
  return RESERVED_WORDS.has(word.toUpperCase());
}

/** One identifier, back-quoted when it would not read back as the same name. */
export function printIdent(name: string): string {
  if (PLAIN_IDENTIFIER.test(name) && !isReservedWord(name)) return name;
  return '`' + name.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
}

/** A possibly schema-qualified name stored dot-joined (`sch.Table`). */
export function printName(name: string): string {
  return name.split('.').map(printIdent).join('.');
}

/** Spanner's rule for proto and enum type names: when any part needs quoting, the whole dotted path is quoted. */
export function printTypePath(path: string): string {
  const needsQuotes = path.split('.').some((part) => printIdent(part) !== part);
  return needsQuotes ? '`' + path + '`' : path;
}

export function printNameList(names: readonly string[]): string {
  return names.map(printName).join(', ');
}

const STRING_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** A single-quoted GoogleSQL string literal. */
export function printStringLiteral(value: string): string {
  let out = "'";
  for (const ch of value) {
    const escaped = STRING_ESCAPES[ch];
    if (escaped !== undefined) out += escaped;
    else if (ch < ' ' || ch === '\x7f') out += '\\x' + ch.charCodeAt(0).toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + "'";
}
