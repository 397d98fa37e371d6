import { parseType, printType } from '../../src/sql';
import { stripLoc, syntaxErrorOf } from './ast-helpers';

describe('types', () => {
  const canonical: [string, string][] = [
    ['bool', 'BOOL'],
    ['Int64', 'INT64'],
    ['FLOAT32', 'FLOAT32'],
    ['float64', 'FLOAT64'],
    ['NUMERIC', 'NUMERIC'],
    ['STRING', 'STRING'],
    ['STRING(10)', 'STRING(10)'],
    ['string(max)', 'STRING(MAX)'],
    ['BYTES(MAX)', 'BYTES(MAX)'],
    ['DATE', 'DATE'],
    ['TIMESTAMP', 'TIMESTAMP'],
    ['JSON', 'JSON'],
    ['INTERVAL', 'INTERVAL'],
    ['TOKENLIST', 'TOKENLIST'],
    ['ARRAY<INT64>', 'ARRAY<INT64>'],
    ['ARRAY<ARRAY<STRING(MAX)>>', 'ARRAY<ARRAY<STRING(MAX)>>'],
    ['STRUCT<>', 'STRUCT<>'],
    ['STRUCT<a INT64, b STRING(MAX)>', 'STRUCT<a INT64, b STRING(MAX)>'],
    ['STRUCT<INT64, x ARRAY<STRUCT<y BOOL>>>', 'STRUCT<INT64, x ARRAY<STRUCT<y BOOL>>>'],
    ['ARRAY<STRUCT<a INT64, b STRING(MAX)>>', 'ARRAY<STRUCT<a INT64, b STRING(MAX)>>'],
    ['my.pkg.Album', 'my.pkg.Album'],
    ['`INT64`', 'INT64'],
  ];
  test.each(canonical)('%s prints as %s', (text, expected) => {
    expect(printType(parseType(text))).toBe(expected);
  });

  test('AST shape of a parameterised struct type', () => {
    expect(stripLoc(parseType('ARRAY<STRUCT<a INT64, STRING(10)>>'))).toEqual({
      kind: 'arrayType',
      element: {
        kind: 'structType',
        fields: [
          {
            kind: 'structTypeField',
            name: { kind: 'identifier', name: 'a' },
            type: { kind: 'scalarType', name: 'INT64', length: null },
          },
          { kind: 'structTypeField', name: null, type: { kind: 'scalarType', name: 'STRING', length: 10 } },
        ],
      },
    });
  });

  test('a quoted scalar name is a named type', () => {
    expect(parseType('`INT64`').kind).toBe('namedType');
  });

  test('positions cover the whole type', () => {
    expect(parseType(' ARRAY<INT64> ').loc).toEqual({ start: 1, end: 13, line: 1, column: 2 });
  });

  const errors: [string, string][] = [
    ['ARRAY<INT64', 'Syntax error: Expected ">" but got end of statement [at 1:12]'],
    ['ARRAY<>', 'Syntax error: Expected "<" but got "<>" [at 1:6]'],
    ['STRING(', 'Syntax error: Expected integer literal or MAX but got end of statement [at 1:8]'],
    ['STRUCT<1>', 'Syntax error: Unexpected integer literal "1" [at 1:8]'],
    ['SELECT', 'Syntax error: Unexpected keyword SELECT [at 1:1]'],
    ['INT64 x', 'Syntax error: Expected end of input but got identifier "x" [at 1:7]'],
  ];
  test.each(errors)('%s fails', (text, message) => {
    expect(syntaxErrorOf(() => parseType(text))).toBe(message);
  });
});
