import {
  MAX_NESTING_DEPTH,
  parseExpression,
  parseStatement,
  parseType,
  printStatement,
  SqlStatement,
} from '../../src/sql';
import { syntaxErrorOf } from './ast-helpers';

const TOO_DEEP = /^Syntax error: Expression or statement nesting is too deep \[at \d+:\d+\]$/;

describe('nesting depth', () => {
  const deep = 100000;
  const cases: [string, () => unknown][] = [
    ['parentheses', () => parseExpression(`${'('.repeat(deep)}1${')'.repeat(deep)}`)],
    ['unary minus', () => parseExpression(`${'- '.repeat(deep)}1`)],
    ['NOT', () => parseExpression(`${'NOT '.repeat(deep)}TRUE`)],
    ['array literals', () => parseExpression(`${'['.repeat(deep)}1${']'.repeat(deep)}`)],
    ['subqueries', () => parseStatement(`SELECT ${'(SELECT '.repeat(deep)}1${')'.repeat(deep)}`)],
    ['types', () => parseType(`${'ARRAY<'.repeat(deep)}INT64${'>'.repeat(deep)}`)],
    ['FROM parentheses', () => parseStatement(`SELECT 1 FROM ${'('.repeat(deep)}t${')'.repeat(deep)}`)],
    ['unclosed parentheses', () => parseExpression('('.repeat(deep))],
    ['CASE', () => parseExpression(`${'CASE WHEN TRUE THEN '.repeat(deep)}1${' END'.repeat(deep)}`)],
  ];
  test.each(cases)('%s nested %#: a syntax error, not a crash', (_name, parse) => {
    expect(syntaxErrorOf(parse)).toMatch(TOO_DEEP);
  });

  test('nesting below the limit parses and prints', () => {
    const n = MAX_NESTING_DEPTH - 100;
    expect(parseExpression(`${'('.repeat(n)}1${')'.repeat(n)}`)).toMatchObject({ kind: 'intLiteral' });
    const stmt = parseStatement(`SELECT ${'['.repeat(n)}1${']'.repeat(n)}`) as SqlStatement;
    expect(printStatement(stmt)).toBe(`SELECT ${'['.repeat(n)}1${']'.repeat(n)}`);
  });

  test('long flat chains are not nesting', () => {
    const terms = Array.from({ length: 20000 }, (_, i) => `a = ${i}`);
    expect(parseExpression(terms.join(' OR '))).toMatchObject({ kind: 'or' });
    expect(parseExpression(`x IN (${terms.map((_, i) => i).join(', ')})`)).toMatchObject({ kind: 'inList' });
    const unions = Array.from({ length: 5000 }, (_, i) => `SELECT ${i}`).join(' UNION ALL ');
    expect(parseStatement(unions)).toMatchObject({ query: { body: { kind: 'setOperation' } } });
  });
});
