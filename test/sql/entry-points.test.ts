import {
  parseExpression,
  parseExpressionAt,
  parseQueryAt,
  parseStatement,
  parseStatements,
  parseType,
  parseTypeAt,
  sourceText,
  TokenCursor,
} from '../../src/sql';
import { StatementCache } from '../../src/sql/statement-cache';

describe('entry points', () => {
  test('parseStatement dispatches on the first word for "any"', () => {
    expect(parseStatement('SELECT 1').kind).toBe('queryStatement');
    expect(parseStatement('(SELECT 1)').kind).toBe('queryStatement');
    expect(parseStatement('WITH a AS (SELECT 1) SELECT * FROM a').kind).toBe('queryStatement');
    expect(parseStatement('@{h=1} select 1;').kind).toBe('queryStatement');
    expect(parseStatement('insert t (a) values (1)').kind).toBe('insert');
    expect(parseStatement('Update t SET a = 1 WHERE TRUE').kind).toBe('update');
    expect(parseStatement('DELETE t WHERE TRUE').kind).toBe('delete');
    expect(parseStatement('CREATE TABLE t (a INT64) PRIMARY KEY (a)').kind).toBe('createTable');
    expect(parseStatements('CREATE TABLE t (a INT64) PRIMARY KEY (a); DROP TABLE t;', 'ddl')).toHaveLength(2);
  });

  test("DDL syntax errors are worded as Spanner's DDL parser words them, the others as GoogleSQL", () => {
    expect(() => parseStatement('CREATE TABLE t (a INT64) PRIMARY KEY (a) FROM', 'ddl')).toThrow(
      "Syntax error on line 1, column 42: Expecting 'EOF' but found 'FROM'",
    );
    expect(() => parseStatement('CREATE TABLE t (a INT64) PRIMARY KEY (a); DROP TABLE t', 'ddl')).toThrow(
      "Syntax error on line 1, column 41: Expecting 'EOF' but found an unknown character (';').",
    );
    expect(() => parseStatements('DROP TABLE t; DROP TABLE', 'ddl')).toThrow(
      "Syntax error on line 1, column 24: Encountered 'EOF' while parsing: identifier",
    );
    expect(() => parseStatement('SELECT 1 FROM', 'query')).toThrow(
      'Syntax error: Unexpected end of statement [at 1:14]',
    );
    expect(() => parseStatement('SELECT 1 2', 'query')).toThrow(
      'Syntax error: Expected end of input but got integer literal "2" [at 1:10]',
    );
    expect(() => parseStatement('DELETE t WHERE', 'dml')).toThrow(
      'Syntax error: Unexpected end of statement [at 1:15]',
    );
  });

  test('parseStatement caches by kind and text', () => {
    const a = parseStatement('SELECT 42 AS cached');
    expect(parseStatement('SELECT 42 AS cached')).toBe(a);
    expect(parseStatement('SELECT 42 AS cached', 'query')).not.toBe(a);
  });

  test('parseStatements splits on semicolons and allows a trailing one', () => {
    const list = parseStatements('SELECT 1; INSERT t (a) VALUES (1);\nDELETE t WHERE TRUE;');
    expect(list.map((s) => s.kind)).toEqual(['queryStatement', 'insert', 'delete']);
    expect(parseStatements('SELECT 1')).toHaveLength(1);
  });

  test('parseExpression and parseType read a whole text', () => {
    expect(parseExpression(' a + 1 ')).toMatchObject({ kind: 'binary', op: '+' });
    expect(parseType('ARRAY<INT64>')).toMatchObject({ kind: 'arrayType' });
  });

  test('cursor-level parsers stop where their production ends', () => {
    const c = new TokenCursor('CHECK (a > 0) ARRAY<STRING(MAX)> NOT NULL AS (SELECT 1) x');
    c.expectKeyword('CHECK');
    c.expectSymbol('(');
    const check = parseExpressionAt(c);
    c.expectSymbol(')');
    const type = parseTypeAt(c);
    expect(c.isKeyword('NOT')).toBe(true);
    c.next();
    c.expectKeyword('NULL');
    c.expectKeyword('AS');
    c.expectSymbol('(');
    const query = parseQueryAt(c);
    c.expectSymbol(')');
    expect(c.peek().value).toBe('x');
    expect(sourceText(c.text, check)).toBe('a > 0');
    expect(sourceText(c.text, type)).toBe('ARRAY<STRING(MAX)>');
    expect(sourceText(c.text, query)).toBe('SELECT 1');
  });

  test('reset after a failed parse restores position and nesting depth', () => {
    const c = new TokenCursor(`${'('.repeat(900)}1 +`);
    const m = c.mark();
    for (let i = 0; i < 3; i++) {
      expect(() => parseExpressionAt(c)).toThrow('Unexpected end of statement');
      c.reset(m);
    }
    expect(c.peek().value).toBe('(');
  });

  test('sourceText returns the node exactly as written', () => {
    const text = "SELECT  Upper( name )  ||   '!'  AS  x FROM t";
    const stmt = parseStatement(text, 'query');
    if (stmt.kind !== 'queryStatement' || stmt.query.body.kind !== 'select') throw new Error('shape');
    const col = stmt.query.body.columns[0];
    if (col.kind !== 'selectColumn') throw new Error('shape');
    expect(sourceText(text, col.expr)).toBe("Upper( name )  ||   '!'");
    expect(sourceText(text, col)).toBe("Upper( name )  ||   '!'  AS  x");
  });

  test('every node carries its line and column', () => {
    const e = parseExpression('1 +\n  foo(\n    bar)');
    expect(e.loc).toEqual({ start: 0, end: 19, line: 1, column: 1 });
    if (e.kind !== 'binary' || e.right.kind !== 'functionCall') throw new Error('shape');
    expect(e.right.loc).toMatchObject({ line: 2, column: 3 });
    expect(e.right.args[0].loc).toMatchObject({ line: 3, column: 5 });
  });
});

describe('StatementCache', () => {
  test('evicts the least recently used entry', () => {
    const cache = new StatementCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });
});
