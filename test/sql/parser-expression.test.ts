import { parseExpression } from '../../src/sql';
import { sx } from './sexpr';

function shape(text: string): string {
  return sx(parseExpression(text));
}

describe('expressions: operator precedence and associativity', () => {
  const cases: [string, string][] = [
    ['1 + 2 * 3', '(+ 1 (* 2 3))'],
    ['1 * 2 + 3', '(+ (* 1 2) 3)'],
    ['1 - 2 - 3', '(- (- 1 2) 3)'],
    ["'a' || 'b' || 'c'", '(|| (|| "a" "b") "c")'],
    ['a / b * c', '(* (/ a b) c)'],
    ['1 << 2 + 3', '(<< 1 (+ 2 3))'],
    ['a >> 2', '(>> a 2)'],
    ['a & b | c ^ d', '(| (& a b) (^ c d))'],
    ['a | b & c', '(| a (& b c))'],
    ['a ^ b & c', '(^ a (& b c))'],
    ['a = 1 + 2', '(= a (+ 1 2))'],
    ['a < b AND c >= d', '(AND (< a b) (>= c d))'],
    ['a <> b', '(!= a b)'],
    ['a != b', '(!= a b)'],
    ['a OR b AND c', '(OR a (AND b c))'],
    ['a AND b AND c AND d', '(AND a b c d)'],
    ['a OR b OR c', '(OR a b c)'],
    ['(a OR b) AND c', '(AND (OR a b) c)'],
    ['NOT a AND b', '(AND (NOT a) b)'],
    ['NOT a = b', '(NOT (= a b))'],
    ['NOT NOT a', '(NOT (NOT a))'],
    ['a AND NOT b', '(AND a (NOT b))'],
    ['-a.b', '(- a.b)'],
    ['- -1', '(- (- 1))'],
    ['-1 + 2', '(+ (- 1) 2)'],
    ['~a & b', '(& (~ a) b)'],
    ['+a * -b', '(* (+ a) (- b))'],
    ['a LIKE b', '(LIKE a b)'],
    ["a NOT LIKE 'x%'", '(NOT LIKE a "x%")'],
    ['a BETWEEN 1 AND 2 AND c', '(AND (BETWEEN a 1 2) c)'],
    ['a NOT BETWEEN b + 1 AND c', '(NOT BETWEEN a (+ b 1) c)'],
    ['a IN (1, 2, 3)', '(IN a 1 2 3)'],
    ['a NOT IN (1)', '(NOT IN a 1)'],
    ['a IN UNNEST(@arr)', '(IN-UNNEST a @arr)'],
    ['a NOT IN UNNEST([1, 2])', '(NOT IN-UNNEST a (ARRAY 1 2))'],
    ['a IN (SELECT 1)', '(IN a {SELECT 1})'],
    ['a IN ((SELECT 1) UNION ALL (SELECT 2))', '(IN a {SELECT 1 UNION ALL SELECT 2})'],
    ['a IN ((SELECT 1), 2)', '(IN a {SELECT 1} 2)'],
    ['a IS NULL', '(IS a NULL)'],
    ['a IS NOT NULL OR b IS TRUE', '(OR (IS NOT a NULL) (IS b TRUE))'],
    ['(a = 1) IS NOT FALSE', '(IS NOT (= a 1) FALSE)'],
    ['a IS DISTINCT FROM b', '(IS DISTINCT a b)'],
    ['a IS NOT DISTINCT FROM b + 1', '(IS NOT DISTINCT a (+ b 1))'],
  ];
  test.each(cases)('%s', (text, expected) => {
    expect(shape(text)).toBe(expected);
  });
});

describe('expressions: primaries and special forms', () => {
  const cases: [string, string][] = [
    ['NULL', 'NULL'],
    ['TRUE', 'TRUE'],
    ['0x1F', '0x1F'],
    ['1.5e3', '1.5e3'],
    ["'it' 's'", '"its"'],
    ["b'a' b'b'", 'b"ab"'],
    ['@p', '@p'],
    ['@@sys', '@@sys'],
    ['a.b.c', 'a.b.c'],
    ['t.select', 't.select'],
    ['a.ALL', 'a.ALL'],
    ['`from`.`select`', 'from.select'],
    ['(a).b', '(. a b)'],
    ['f(x).y', '(. (f x) y)'],
    ['arr[OFFSET(1)]', '([] arr OFFSET 1)'],
    ['arr[safe_offset(i)]', '([] arr SAFE_OFFSET i)'],
    ['arr[ORDINAL(1)].f', '(. ([] arr ORDINAL 1) f)'],
    ['arr[SAFE_ORDINAL(1)]', '([] arr SAFE_ORDINAL 1)'],
    ['arr[1]', '([] arr 1)'],
    ["JSON '{\"a\":1}'['a']", '([] (typed JSON "{\\"a\\":1}") "a")'],
    ["DATE '2020-01-01'", '(typed DATE "2020-01-01")'],
    ["TIMESTAMP r'2020-01-01'", '(typed TIMESTAMP "2020-01-01")'],
    ["NUMERIC '1.5'", '(typed NUMERIC "1.5")'],
    ["BIGNUMERIC '1'", '(typed BIGNUMERIC "1")'],
    ["DATE('2020-01-01')", '(DATE "2020-01-01")'],
    ['CASE WHEN a THEN 1 WHEN b THEN 2 ELSE 3 END', '(CASE (a 1) (b 2) (ELSE 3))'],
    ["CASE x WHEN 1 THEN 'a' END", '(CASE x (1 "a"))'],
    ['CAST(x AS INT64)', '(CAST x INT64)'],
    ['SAFE_CAST(x AS STRING(MAX))', '(SAFE_CAST x STRING(MAX))'],
    ['CAST(x AS ARRAY<STRUCT<a INT64, b STRING(10)>>)', '(CAST x ARRAY<STRUCT<a INT64, b STRING(10)>>)'],
    ['cast(x as float32)', '(CAST x FLOAT32)'],
    ['CAST(x AS my.pkg.Message)', '(CAST x my.pkg.Message)'],
    ['EXTRACT(DAY FROM d)', '(EXTRACT DAY d)'],
    ['EXTRACT(WEEK(MONDAY) FROM d)', '(EXTRACT WEEK(MONDAY) d)'],
    ["EXTRACT(HOUR FROM ts AT TIME ZONE 'UTC')", '(EXTRACT HOUR ts "UTC")'],
    ['INTERVAL 1 DAY', '(INTERVAL 1 DAY)'],
    ['INTERVAL -5 DAY + x', '(+ (INTERVAL (- 5) DAY) x)'],
    ["INTERVAL '1-2' YEAR TO MONTH", '(INTERVAL "1-2" YEAR MONTH)'],
    ['[1, 2]', '(ARRAY 1 2)'],
    ['[]', '(ARRAY)'],
    ['ARRAY[1]', '(ARRAY 1)'],
    ['ARRAY<INT64>[]', '(ARRAY:ARRAY<INT64>)'],
    ['ARRAY<ARRAY<INT64>>[]', '(ARRAY:ARRAY<ARRAY<INT64>>)'],
    ['ARRAY(SELECT 1)', '(ARRAY {SELECT 1})'],
    ['STRUCT(1 AS a, 2)', '(STRUCT 1:a 2)'],
    ['STRUCT<a INT64>(1)', '(STRUCT:STRUCT<a INT64> 1)'],
    ['STRUCT<>()', '(STRUCT:STRUCT<>)'],
    ['STRUCT()', '(STRUCT)'],
    ["(1, 'x')", '(STRUCT 1 "x")'],
    ['((1))', '1'],
    ['EXISTS(SELECT 1)', '(EXISTS {SELECT 1})'],
    ['(SELECT 1)', '{SELECT 1}'],
    ['((SELECT 1) UNION ALL (SELECT 2)) + 3', '(+ {SELECT 1 UNION ALL SELECT 2} 3)'],
    ['(SELECT AS VALUE 1)', '{SELECT AS VALUE 1}'],
    ['WITH(a AS 1, b AS a + 1, b * 2)', '(WITH (a 1) (b (+ a 1)) (* b 2))'],
    ['NEW a.B(1 AS x, 2)', '(NEW a.B 1:x 2)'],
    [
      'NEW U {name: "Sol" planets: [1] sub {a: 1} (ext.f): 2}',
      '{U name: "Sol", planets: (ARRAY 1), sub: {a: 1}, (ext.f): 2}',
    ],
  ];
  test.each(cases)('%s', (text, expected) => {
    expect(shape(text)).toBe(expected);
  });
});

describe('expressions: function calls', () => {
  const cases: [string, string][] = [
    ['f()', '(f)'],
    ['COUNT(*)', '(COUNT *)'],
    ['COUNT(DISTINCT x)', '(COUNT x DISTINCT)'],
    ['SAFE.SUBSTR(s, 1)', '(SAFE.SUBSTR s 1)'],
    ['NET.HOST(u)', '(NET.HOST u)'],
    ['SAFE.NET.IP_FROM_STRING(u)', '(SAFE.NET.IP_FROM_STRING u)'],
    ['IF(a, 1, 2)', '(IF a 1 2)'],
    ["LEFT('abc', 1)", '(LEFT "abc" 1)'],
    ['SEARCH(t, "q", enhance_query => TRUE)', '(SEARCH t "q" (=> enhance_query TRUE))'],
    ['ARRAY_FILTER(a, e -> e > 1)', '(ARRAY_FILTER a (lambda (e) (> e 1)))'],
    ['ARRAY_FILTER(a, (e) -> e > 1)', '(ARRAY_FILTER a (lambda (e) (> e 1)))'],
    ['ARRAY_TRANSFORM(a, (e, i) -> e + i)', '(ARRAY_TRANSFORM a (lambda (e i) (+ e i)))'],
    ['GET_NEXT_SEQUENCE_VALUE(SEQUENCE s)', '(GET_NEXT_SEQUENCE_VALUE (SEQUENCE s))'],
    ['ARRAY_AGG(x IGNORE NULLS)', '(ARRAY_AGG x IGNORE-NULLS)'],
    ['ANY_VALUE(x HAVING MAX y)', '(ANY_VALUE x HAVING-MAX y)'],
    ['ARRAY_AGG(DISTINCT x ORDER BY y DESC LIMIT 3)', '(ARRAY_AGG x DISTINCT ORDER-BY y DESC LIMIT 3)'],
    ['STRING_AGG(x, ",") @{DISABLE_INLINE=TRUE}', '(STRING_AGG x "," HINT)'],
    ['REPLACE_FIELDS(b, 1 AS d.c)', '(REPLACE_FIELDS b (as 1 d.c))'],
    ['CURRENT_TIMESTAMP()', '(CURRENT_TIMESTAMP)'],
  ];
  test.each(cases)('%s', (text, expected) => {
    expect(shape(text)).toBe(expected);
  });

  test('a call keeps the name parts and positions', () => {
    const e = parseExpression('  SAFE.NET.HOST(x)');
    expect(e).toMatchObject({ kind: 'functionCall', safe: true, name: { parts: [{ name: 'NET' }, { name: 'HOST' }] } });
    expect(e.loc).toEqual({ start: 2, end: 18, line: 1, column: 3 });
  });
});
