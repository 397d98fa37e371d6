/** `(...).1` field steps, `INSERT ... AS alias`, and braced constructors inside array literals. */

import { parseExpression, parseStatement } from '../../src/sql/index';
import { tokenize } from '../../src/sql/lexer';

describe('a dot then digits after ) ] or a name', () => {
  it('is a field step, not a float literal', () => {
    expect(
      tokenize('(x).1')
        .map((t) => [t.kind, t.value])
        .slice(3, 5),
    ).toEqual([
      ['symbol', '.'],
      ['identifier', '1'],
    ]);
    expect(
      tokenize('a.1b')
        .map((t) => t.value)
        .slice(0, 3),
    ).toEqual(['a', '.', '1b']);
    expect(parseExpression('(SELECT 1 AS `1`).1').kind).not.toBe('floatLiteral');
  });

  it('stays a float literal elsewhere', () => {
    expect(
      tokenize('SELECT .5, a .5')
        .filter((t) => t.kind === 'float')
        .map((t) => t.value),
    ).toEqual(['.5', '.5']);
  });
});

describe('INSERT with a table alias', () => {
  it('keeps the alias for ON CONFLICT', () => {
    const stmt = parseStatement(
      'INSERT INTO foo AS f (x, y) VALUES (1, 2) ON CONFLICT (x) DO UPDATE SET y = f.y + 1',
      'dml',
    );
    expect(stmt.kind === 'insert' && stmt.alias?.name).toBe('f');
  });
});

describe('braced constructors', () => {
  it('accepts untyped braced elements in an array field', () => {
    const e = parseExpression('NEW Universe { name: "Sol" constellations: [{ name: "Libra" }, { name: "Scorpio" }] }');
    expect(e.kind).toBe('bracedConstructor');
  });
});
