import { tokenize } from '../../src/sql/lexer';
import type { Token } from '../../src/sql/token';
import { syntaxErrorOf } from './ast-helpers';

/** Compact form of a token for table comparison: kind and value (bytes as a latin1 string). */
function brief(t: Token): string {
  if (t.kind === 'bytes') return `bytes:${Buffer.from(t.bytes ?? []).toString('latin1')}`;
  if (t.kind === 'keyword') return `kw:${t.keyword}`;
  if (t.kind === 'identifier') return `${t.quoted ? 'qid' : 'id'}:${t.value}`;
  return `${t.kind === 'symbol' ? 'sym' : t.kind}:${t.value}`;
}

function lex(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind !== 'eof')
    .map(brief);
}

describe('lexer: tokens', () => {
  const cases: [string, string[]][] = [
    ['SELECT select SeLeCt', ['kw:SELECT', 'kw:SELECT', 'kw:SELECT']],
    ['foo _bar x1 OFFSET', ['id:foo', 'id:_bar', 'id:x1', 'id:OFFSET']],
    ['`select` `a b` `a\\`b`', ['qid:select', 'qid:a b', 'qid:a`b']],
    ['t.select a.ALL', ['id:t', 'sym:.', 'kw:SELECT', 'id:a', 'sym:.', 'kw:ALL']],
    ['\'abc\' "abc" \'\'\'a\'b\'\'\' """a"b"""', ['string:abc', 'string:abc', "string:a'b", 'string:a"b']],
    ["'''two\nlines'''", ['string:two\nlines']],
    [
      "'a\\nb' 'a\\tb' '\\\\' '\\?' '\\'' '\\\"' '\\`'",
      ['string:a\nb', 'string:a\tb', 'string:\\', 'string:?', "string:'", 'string:"', 'string:`'],
    ],
    ["'\\a\\b\\f\\r\\v'", ['string:\x07\x08\x0c\r\x0b']],
    ["'\\x41\\X42' '\\101' '\\u00e9' '\\U0001F600'", ['string:AB', 'string:A', 'string:é', 'string:😀']],
    ["'\\xc3\\xa9'", ['string:é']],
    ["r'a\\nb' R\"\\d+\" r'''x\\'y'''", ['string:a\\nb', 'string:\\d+', "string:x\\'y"]],
    [
      'b\'abc\' B"\\x00\\xff" rb\'\\x\' BR\'a\' Rb"""z"""',
      ['bytes:abc', 'bytes:\x00\xff', 'bytes:\\x', 'bytes:a', 'bytes:z'],
    ],
    ["b'é'", ['bytes:\xc3\xa9']],
    ['123 0x1F 0XaB', ['integer:123', 'integer:0x1F', 'integer:0XaB']],
    ['1. .5 1e10 1.5E-3 4e+2 58.', ['float:1.', 'float:.5', 'float:1e10', 'float:1.5E-3', 'float:4e+2', 'float:58.']],
    ['@p @`my param` @@sys', ['parameter:p', 'parameter:my param', 'systemVariable:sys']],
    ['@{a=1}', ['sym:@', 'sym:{', 'id:a', 'sym:=', 'integer:1', 'sym:}']],
    ['a--comment\nb#c\nc/* x\ny */d', ['id:a', 'id:b', 'id:c', 'id:d']],
    ['ARRAY<ARRAY<INT64>>', ['kw:ARRAY', 'sym:<', 'kw:ARRAY', 'sym:<', 'id:INT64', 'sym:>', 'sym:>']],
    [
      '<< <= >= <> != || => -> < > = |',
      [
        'sym:<<',
        'sym:<=',
        'sym:>=',
        'sym:<>',
        'sym:!=',
        'sym:||',
        'sym:=>',
        'sym:->',
        'sym:<',
        'sym:>',
        'sym:=',
        'sym:|',
      ],
    ],
    [
      '( ) [ ] { } , . ; + - * / & ^ ~ :',
      [
        'sym:(',
        'sym:)',
        'sym:[',
        'sym:]',
        'sym:{',
        'sym:}',
        'sym:,',
        'sym:.',
        'sym:;',
        'sym:+',
        'sym:-',
        'sym:*',
        'sym:/',
        'sym:&',
        'sym:^',
        'sym:~',
        'sym::',
      ],
    ],
    ['- -1', ['sym:-', 'sym:-', 'integer:1']],
    ['', []],
  ];
  test.each(cases)('%j', (text, expected) => {
    expect(lex(text)).toEqual(expected);
  });

  test('positions are 1-based lines and columns, also after multi-line tokens', () => {
    const tokens = tokenize("SELECT\n  '''a\nb''' x /* c\n */ y");
    expect(tokens.map((t) => [t.line, t.column])).toEqual([
      [1, 1],
      [2, 3],
      [3, 6],
      [4, 5],
      [4, 6],
    ]);
    expect(tokens[1].start).toBe(9);
    expect(tokens[1].end).toBe(18);
  });

  test('keyword field is set for unquoted words only', () => {
    const [a, b] = tokenize('offset `offset`');
    expect(a.keyword).toBe('OFFSET');
    expect(b.keyword).toBe('');
  });
});

describe('lexer: errors', () => {
  const cases: [string, string][] = [
    ["'abc", 'Syntax error: Unclosed string literal [at 1:1]'],
    ["SELECT 'a\nb'", 'Syntax error: Unclosed string literal [at 1:8]'],
    ["x '''abc''", 'Syntax error: Unclosed string literal [at 1:3]'],
    ["b'abc", 'Syntax error: Unclosed bytes literal [at 1:1]'],
    ['`abc', 'Syntax error: Unclosed identifier literal [at 1:1]'],
    ['``', 'Syntax error: Invalid empty identifier [at 1:1]'],
    ['a /* never closed', 'Syntax error: Unclosed comment [at 1:3]'],
    ["'\\q'", 'Syntax error: Illegal escape sequence: \\q [at 1:2]'],
    ["'\\x4'", "Syntax error: Illegal escape sequence: \\x4' [at 1:2]"],
    ["'\\8'", 'Syntax error: Illegal escape sequence: \\8 [at 1:2]'],
    ["'\\400'", 'Syntax error: Illegal escape sequence: \\400 [at 1:2]'],
    ["'\\uD800'", 'Syntax error: Illegal escape sequence: \\uD800 [at 1:2]'],
    [
      "b'\\u0041'",
      'Syntax error: Illegal escape sequence: Unicode escape sequence \\u cannot be used in bytes literals [at 1:3]',
    ],
    ["'\\xff'", 'Syntax error: String literal is not valid UTF-8 [at 1:1]'],
    ['SELECT $', 'Syntax error: Illegal input character "$" [at 1:8]'],
    ['SELECT 1\n  ?', 'Syntax error: Illegal input character "?" [at 2:3]'],
    ['SELECT 123abc', 'Syntax error: Missing whitespace between literal and alias [at 1:11]'],
  ];
  test.each(cases)('%j', (text, message) => {
    expect(syntaxErrorOf(() => tokenize(text))).toBe(message);
  });
});

describe('lexer: lenient mode (DDL)', () => {
  /** The tokens up to and including the first invalid one, the invalid one as its phrase. */
  function lenient(text: string): string[] {
    return tokenize(text, 'lenient')
      .filter((t) => t.kind !== 'eof')
      .map((t) => (t.kind === 'invalid' ? `invalid@${t.line}:${t.column}:${t.value}` : brief(t)));
  }

  const cases: [string, string[]][] = [
    ['a $ b', ['id:a', "invalid@1:3:an unknown character ('$')."]],
    ['a\n  x! = 1', ['id:a', 'id:x', "invalid@2:4:an unknown character ('!')."]],
    ["a 'open", ['id:a', "invalid@1:3:an unknown character (''')."]],
    ["a b'open", ['id:a', 'id:b', "invalid@1:4:an unknown character (''')."]],
    ['a `open', ['id:a', "invalid@1:3:an unknown character ('`')."]],
    ["a '\\q'", ['id:a', 'invalid@1:3:Illegal escape sequence: \\q']],
    ["a '''open", ['id:a', 'invalid@1:3:Unclosed string literal']],
    [
      'a \u201cb\u201d',
      [
        'id:a',
        'invalid@1:3:a non-ASCII UTF-8 character. Did you perhaps copy the Spanner Cloud DDL statements from a word-processed document, including non-breaking spaces or smart quotes?',
      ],
    ],
    ['a \u0001', ['id:a', "invalid@1:3:a non-printable ASCII character ('\\001')."]],
    ['a b', ['id:a', 'id:b']],
  ];
  test.each(cases)('%j', (text, tokens) => {
    expect(lenient(text)).toEqual(tokens);
  });

  test('strict mode still fails at once', () => {
    expect(syntaxErrorOf(() => tokenize('a $ b'))).toBe('Syntax error: Illegal input character "$" [at 1:3]');
  });
});
