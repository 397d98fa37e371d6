import { parseExpression, parseStatement, parseStatements } from '../../src/sql';
import { syntaxErrorOf } from './ast-helpers';

describe('syntax errors: messages and positions', () => {
  const cases: [string, string][] = [
    ['SELECT 1)', 'Syntax error: Expected end of input but got ")" [at 1:9]'],
    ['SELECT (1', 'Syntax error: Expected ")" but got end of statement [at 1:10]'],
    ['SELECT 1 +', 'Syntax error: Unexpected end of statement [at 1:11]'],
    ['SELECT', 'Syntax error: Unexpected end of statement [at 1:7]'],
    ['SELECT a\nFROM t\nWHERE (a', 'Syntax error: Expected ")" but got end of statement [at 3:9]'],
    ['SELECT (a\nFROM t', 'Syntax error: Expected ")" but got keyword FROM [at 2:1]'],
    ['SELECT a b c', 'Syntax error: Expected end of input but got identifier "c" [at 1:12]'],
    ['SELECT 1 AS from', 'Syntax error: Unexpected keyword FROM [at 1:13]'],
    ['SELECT a = b = c', 'Syntax error: Unexpected "=" [at 1:14]'],
    [
      'SELECT 1 UNION SELECT 2',
      'Syntax error: Expected keyword ALL or keyword DISTINCT but got keyword SELECT [at 1:16]',
    ],
    [
      'SELECT 1 UNION ALL SELECT 2 INTERSECT ALL SELECT 3',
      'Syntax error: Different set operations cannot be used in the same query without using parentheses for grouping [at 1:29]',
    ],
    [
      'SELECT 1 UNION ALL SELECT 2 UNION DISTINCT SELECT 3',
      'Syntax error: Different set operations cannot be used in the same query without using parentheses for grouping [at 1:29]',
    ],
    ['SELECT CAST(1 AS)', 'Syntax error: Unexpected ")" [at 1:17]'],
    ['SELECT CASE END', 'Syntax error: Unexpected keyword END [at 1:13]'],
    ['SELECT CASE x END', 'Syntax error: Expected keyword WHEN but got keyword END [at 1:15]'],
    ['SELECT f(1,)', 'Syntax error: Unexpected ")" [at 1:12]'],
    ['SELECT * FROM', 'Syntax error: Unexpected end of statement [at 1:14]'],
    ['SELECT 1;;', 'Syntax error: Expected end of input but got ";" [at 1:10]'],
    ['SELECT 1; SELECT 2', 'Syntax error: Expected end of input but got keyword SELECT [at 1:11]'],
    ['SELECT x FROM t ORDER a', 'Syntax error: Expected keyword BY but got identifier "a" [at 1:23]'],
    ['SELECT @', 'Syntax error: Unexpected "@" [at 1:8]'],
    ['SELECT a.', 'Syntax error: Unexpected end of statement [at 1:10]'],
    ['SELECT EXTRACT(DAY d)', 'Syntax error: Expected keyword FROM but got identifier "d" [at 1:20]'],
    ['WITH a AS SELECT 1 SELECT 1', 'Syntax error: Expected "(" but got keyword SELECT [at 1:11]'],
    ['', 'Syntax error: Unexpected end of statement [at 1:1]'],
    ['  -- just a comment', 'Syntax error: Unexpected end of statement [at 1:20]'],
    ['@{hint = 1} SELECT', 'Syntax error: Unexpected end of statement [at 1:19]'],
    ['@{invalid} SELECT 1', 'Syntax error: Expected "=" but got "}" [at 1:10]'],
    ['@ SELECT 1', 'Syntax error: Unexpected "@" [at 1:1]'],
    ["SELECT 'abc", 'Syntax error: Unclosed string literal [at 1:8]'],
    ['SELECT 1 FROM t WHERE a = `', 'Syntax error: Unclosed identifier literal [at 1:27]'],
    ['UPDATE t SET a WHERE TRUE', 'Syntax error: Expected "=" but got keyword WHERE [at 1:16]'],
    ['INSERT t (a) VALS (1)', 'Syntax error: Expected keyword VALUES or a query but got identifier "VALS" [at 1:14]'],
    [
      'INSERT OR REPLACE t (a) VALUES (1)',
      'Syntax error: Expected keyword IGNORE or keyword UPDATE but got identifier "REPLACE" [at 1:11]',
    ],
    ['DELETE t FILTER a = 1', 'Syntax error: Expected end of input but got identifier "a" [at 1:17]'],
    ['SELECT ARRAY_AGG(x HAVING y)', 'Syntax error: Expected MAX or MIN but got identifier "y" [at 1:27]'],
    [
      'SELECT 1 FROM t TABLESAMPLE SYSTEM (1 PERCENT)',
      'Syntax error: Expected BERNOULLI or RESERVOIR but got identifier "SYSTEM" [at 1:29]',
    ],
  ];
  test.each(cases)('%j', (text, message) => {
    expect(syntaxErrorOf(() => parseStatement(text, 'any'))).toBe(message);
  });

  test('errors in expressions and statement lists', () => {
    expect(syntaxErrorOf(() => parseExpression('1 +'))).toBe('Syntax error: Unexpected end of statement [at 1:4]');
    expect(syntaxErrorOf(() => parseExpression('STRUCT<1>(2 +)'))).toBe(
      'Syntax error: Unexpected integer literal "1" [at 1:8]',
    );
    expect(syntaxErrorOf(() => parseExpression('a b'))).toBe(
      'Syntax error: Expected end of input but got identifier "b" [at 1:3]',
    );
    expect(syntaxErrorOf(() => parseStatements('SELECT 1;\nSELECT (;'))).toBe('Syntax error: Unexpected ";" [at 2:9]');
  });

  test('a query is not accepted as DML and DML not as a query', () => {
    expect(syntaxErrorOf(() => parseStatement('SELECT 1', 'dml'))).toBe(
      'Syntax error: Unexpected keyword SELECT [at 1:1]',
    );
    expect(syntaxErrorOf(() => parseStatement('DELETE FROM t WHERE TRUE', 'query'))).toBe(
      'Syntax error: Unexpected identifier "DELETE" [at 1:1]',
    );
  });
});
