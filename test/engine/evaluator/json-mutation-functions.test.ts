/**
 * The JSON functions Spanner's emulator lacks: JSON_KEYS, JSON_CONTAINS, JSON_SET, JSON_REMOVE,
 * JSON_STRIP_NULLS, JSON_ARRAY_INSERT and JSON_ARRAY_APPEND. Expected values are GoogleSQL's
 * documented examples.
 */

import { evaluateSql, evaluationErrorOf } from '../../support/evaluate';

describe('documented JSON functions', () => {
  test.each([
    [`JSON_KEYS(JSON '{"a": {"b":1}}')`, ['a', 'a.b']],
    [`JSON_KEYS(JSON '{"a": {"b":1}}', 1)`, ['a']],
    [`JSON_KEYS(JSON '{"a":[{"b":1}, {"c":2}], "d":3}', mode => 'lax')`, ['a', 'a.b', 'a.c', 'd']],
    [`JSON_KEYS(JSON '{"a":[[{"b":1}]]}', mode => 'lax')`, ['a']],
    [`JSON_KEYS(JSON '{"a":[[{"b":1}]]}', mode => 'lax recursive')`, ['a', 'a.b']],
    [`JSON_KEYS(JSON '{"a":[{"b":[{"c":1}]}]}', mode => 'lax')`, ['a', 'a.b', 'a.b.c']],
    [`JSON_KEYS(JSON '{"a":[{"b":1}]}')`, ['a']],
    [`JSON_CONTAINS(JSON '{"a": {"b": 1}, "c": 2}', JSON '{"b": 1}')`, false],
    [`JSON_CONTAINS(JSON '{"a": {"b": 1, "d": 3}, "c": 2}', JSON '{"a": {"b": 1}}')`, true],
    [`JSON_CONTAINS(JSON '[1, 2, 3]', JSON '2')`, true],
    [`JSON_CONTAINS(JSON '[[1, 2, 3]]', JSON '2')`, false],
    [`JSON_CONTAINS(JSON '[[1, 2, 3]]', JSON '[2]')`, false],
    [`JSON_CONTAINS(JSON '[[1, 2, 3]]', JSON '[[2]]')`, true],
    [`JSON_CONTAINS(JSON '[{"a":0}, {"b":1, "c":2}]', JSON '[{"b":1}]')`, true],
    [`JSON_CONTAINS(JSON '[{"a":0}, {"b":1, "c":2}]', JSON '{"b":1}')`, false],
    [`JSON_CONTAINS(JSON '[{"a":0}, {"b":1, "c":2}]', JSON '[{"a":0, "b":1}]')`, false],
    [`JSON_SET(JSON '{"a": 1}', '$', JSON '{"b": 2, "c": 3}')`, '{"b":2,"c":3}'],
    [`JSON_SET(JSON '{"a": 1}', '$.b', 999, create_if_missing => false)`, '{"a":1}'],
    [`JSON_SET(JSON 'null', '$.a.b', 100)`, '{"a":{"b":100}}'],
    [`JSON_SET(JSON '{"a": 1}', '$.b', 2, '$.a.c', 100, '$.d', 3)`, '{"a":1,"b":2,"d":3}'],
    [`JSON_SET(JSON 'null', '$[0][3]', "foo")`, '[[null,null,null,"foo"]]'],
    [`JSON_SET(JSON '["a", ["b", "c"], "d"]', '$[1][2][1]', "foo")`, '["a",["b","c",[null,"foo"]],"d"]'],
    [`JSON_SET(JSON '{}', '$.b[2].d', 100)`, '{"b":[null,null,{"d":100}]}'],
    [
      `JSON_SET(JSON '{"a": 1, "b": {"c":3}, "d": [4]}', '$.a', 'v1', '$.b.e', 'v2', '$.d[2]', 'v3')`,
      '{"a":"v1","b":{"c":3,"e":"v2"},"d":[4,null,"v3"]}',
    ],
    [`JSON_REMOVE(JSON '["a", ["b", "c"], "d"]', '$[1]', '$[1]')`, '["a"]'],
    [`JSON_REMOVE(JSON '{"a": {"b": {"c": "d"}}}', '$.a.b.c')`, '{"a":{"b":{}}}'],
    [`JSON_REMOVE(JSON '{"a": [1, 2, 3]}', '$.a[0]', '$.a.b', '$.b', '$.a[0]')`, '{"a":[3]}'],
    [`JSON_REMOVE(JSON 'null', '$.a.b')`, 'null'],
    [`JSON_STRIP_NULLS(JSON '[1, null, 2, null, [null]]')`, '[1,2,[]]'],
    [`JSON_STRIP_NULLS(JSON '[1, null, 2, null, [null]]', remove_empty=>TRUE)`, '[1,2]'],
    [`JSON_STRIP_NULLS(JSON '[1, null, 2, null]', include_arrays=>FALSE)`, '[1,null,2,null]'],
    [`JSON_STRIP_NULLS(JSON '{"a": [null]}', remove_empty=>TRUE)`, 'null'],
    [
      `JSON_STRIP_NULLS(JSON '{"a": {"b": {"c": null}}, "d": [null], "e": [], "f": 1}', include_arrays=>FALSE, remove_empty=>TRUE)`,
      '{"d":[null],"e":[],"f":1}',
    ],
    [`JSON_STRIP_NULLS(JSON '{"a": {"b": {"c": null}}, "d": [null], "e": [], "f": 1}', remove_empty=>TRUE)`, '{"f":1}'],
    [`JSON_ARRAY_INSERT(JSON '["a", ["b", "c"], "d"]', '$[1][0]', 1)`, '["a",[1,"b","c"],"d"]'],
    [`JSON_ARRAY_INSERT(JSON '["a", "b", "c"]', '$[1]', [1, 2])`, '["a",1,2,"b","c"]'],
    [`JSON_ARRAY_INSERT(JSON '["a", "b", "c"]', '$[1]', [1, 2], insert_each_element=>FALSE)`, '["a",[1,2],"b","c"]'],
    [`JSON_ARRAY_INSERT(JSON '["a", "b", "c", "d"]', '$[7]', "e")`, '["a","b","c","d",null,null,null,"e"]'],
    [`JSON_ARRAY_INSERT(JSON '{"a": {}}', '$.a[0]', 2)`, '{"a":{}}'],
    [`JSON_ARRAY_INSERT(JSON '[1, 2]', '$', 3)`, '[1,2]'],
    [`JSON_ARRAY_INSERT(JSON '{"a": null}', '$.a[2]', 10)`, '{"a":[null,null,10]}'],
    [`JSON_ARRAY_APPEND(JSON '["a", "b", "c"]', '$', [1, 2])`, '["a","b","c",1,2]'],
    [
      `JSON_ARRAY_APPEND(JSON '["a", ["b"], "c"]', '$[1]', [1, 2], '$[1][1]', [3, 4], append_each_element=>FALSE)`,
      '["a",["b",[1,2,[3,4]]],"c"]',
    ],
    [`JSON_ARRAY_APPEND(JSON '["a", ["b"], "c"]', '$[1]', [1, 2], '$[1][1]', [3, 4])`, '["a",["b",1,2],"c"]'],
    [`JSON_ARRAY_APPEND(JSON '{"a": null}', '$.a', 10)`, '{"a":[10]}'],
    [`JSON_ARRAY_APPEND(JSON '{"a": 1}', '$.b', 2)`, '{"a":1}'],
  ])('%s', (sql, expected) => {
    expect(evaluateSql(sql)).toEqual(expected);
  });

  test('JSON_REMOVE refuses the root path', () => {
    expect(evaluationErrorOf(`JSON_REMOVE(JSON '{}', '$')`)).toBe("OUT_OF_RANGE: The JSONPath cannot be '$'");
  });

  test.each([
    `JSON_SET(JSON '[1]', '$[2000000000]', 1)`,
    `JSON_SET(JSON 'null', '$[2000000000]', 1)`,
    `JSON_SET(JSON '{}', '$.a[2000000000]', 1)`,
    `JSON_ARRAY_INSERT(JSON '[1]', '$[2000000000]', 1)`,
    `JSON_ARRAY_INSERT(JSON '{"a": null}', '$.a[9007199254740991]', 1)`,
  ])('%s refuses null padding past 1 MB instead of allocating it', (sql) => {
    expect(evaluationErrorOf(sql)).toMatch(
      /^OUT_OF_RANGE: JSON array index \d+ is too large: .* exceed 1048576 bytes$/,
    );
  });

  test('padding within the limit and large value arrays still work', () => {
    // More values than a spread call's argument limit allows.
    const many = `ARRAY_CONCAT(${new Array(13).fill('GENERATE_ARRAY(1, 16000)').join(', ')})`;
    const padded = evaluateSql(`ARRAY_LENGTH(JSON_QUERY_ARRAY(JSON_SET(JSON '[]', '$[100000]', 1)))`);
    expect(padded).toBe(100001n);
    const appended = evaluateSql(`ARRAY_LENGTH(JSON_QUERY_ARRAY(JSON_ARRAY_APPEND(JSON '[0]', '$', ${many})))`);
    expect(appended).toBe(208001n);
    const inserted = evaluateSql(`ARRAY_LENGTH(JSON_QUERY_ARRAY(JSON_ARRAY_INSERT(JSON '[0, 1]', '$[1]', ${many})))`);
    expect(inserted).toBe(208002n);
  });
});
