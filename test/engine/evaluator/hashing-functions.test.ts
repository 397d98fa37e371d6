/**
 * FARM_FINGERPRINT (equal to Spanner's for STRING and BYTES), MD5 and the SHA digests of the
 * UTF-8 bytes of a STRING, and GENERATE_UUID's version 4 text. Expected values were taken from
 * Spanner's emulator (BYTES results as base64).
 */

import { evaluateSql } from '../../support/evaluate';
import { asJson } from './rest-json-form';

const VALUES: readonly (readonly [string, unknown])[] = [
  ["FARM_FINGERPRINT('')", '-7286425919675154353'],
  ["FARM_FINGERPRINT('hello')", '-5436999610281751320'],
  ["MD5('abc')", 'kAFQmDzST7DWlj99KOF/cg=='],
  ["SHA1(b'')", '2jmj7l5rSw0yVb/vlWAYkK/YBwk='],
  ["SHA256('héllo')", 'PEhZHY0JikU49eAT389AbpSOrE0yd7EL9hTildYGgXk='],
  ["SHA512('a')", 'H0D8ktokFpR1CXnubPWC8tXX0o4YM13gWrxU0FYOD1MChgxlK/CNVgJSql50IQVG82n7u86MEs/HlXsmUv6adQ=='],
  ["FARM_FINGERPRINT(b'hello')", '-5436999610281751320'],
  ["FARM_FINGERPRINT(REPEAT('abcdefghij', 20))", '-8302785565583432065'],
  ["FARM_FINGERPRINT(b'\\xff\\x00')", '220203550205093463'],
  ["FARM_FINGERPRINT('0123456789abcdefXYZ')", '-4898744475548769542'],
  ["FARM_FINGERPRINT('0123456789abcdef0123456789abcdefXYZ')", '8814464545258539304'],
  ['MD5(CAST(NULL AS STRING))', null],
];

describe('hashing functions', () => {
  test.each(VALUES)('%s', (expression, expected) => {
    expect(asJson(evaluateSql(expression))).toEqual(expected);
  });

  test('GENERATE_UUID gives a new version 4 UUID on each call', () => {
    const first = evaluateSql('GENERATE_UUID()');
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(evaluateSql('GENERATE_UUID()')).not.toBe(first);
  });
});
