/**
 * The NET.* functions: IP addresses between text, bytes and integers, masks, truncation, and the host, public suffix and registered domain of URLs.
 * Expected values and messages were taken from Spanner's emulator; values are compared in the
 * REST JSON form (INT64 as text, BYTES as base64).
 */

import { evaluateSql, evaluationErrorOf } from '../../support/evaluate';
import { asJson } from './rest-json-form';

const VALUES: readonly (readonly [string, unknown])[] = [
  ["NET.IP_FROM_STRING('192.168.0.1')", 'wKgAAQ=='],
  ["NET.IP_FROM_STRING('::1')", 'AAAAAAAAAAAAAAAAAAAAAQ=='],
  ["NET.IP_FROM_STRING('2001:db8::ff00:42:8329')", 'IAENuAAAAAAAAP8AAEKDKQ=='],
  ["NET.IP_FROM_STRING('::ffff:1.2.3.4')", 'AAAAAAAAAAAAAP//AQIDBA=='],
  ["NET.IP_FROM_STRING('FE80::1')", '/oAAAAAAAAAAAAAAAAAAAQ=='],
  ["NET.SAFE_IP_FROM_STRING('1.2.3')", null],
  ["NET.SAFE_IP_FROM_STRING('1.2.3.4')", 'AQIDBA=='],
  ["NET.IP_TO_STRING(b'\\x01\\x02\\x03\\x04')", '1.2.3.4'],
  ["NET.IP_TO_STRING(FROM_HEX('20010db8000000000000ff0000428329'))", '2001:db8::ff00:42:8329'],
  ["NET.IP_TO_STRING(FROM_HEX('00000000000000000000ffff01020304'))", '::ffff:1.2.3.4'],
  ["NET.IP_TO_STRING(FROM_HEX('00000000000000000000000001020304'))", '::1.2.3.4'],
  ["NET.IP_TO_STRING(FROM_HEX('00000000000000000000000000000001'))", '::1'],
  ["NET.IP_TO_STRING(FROM_HEX('00000000000000000000000000000000'))", '::'],
  ["NET.IP_TO_STRING(FROM_HEX('00010000000000000000000000000000'))", '1::'],
  ["NET.IP_TO_STRING(FROM_HEX('00010000000100000000000000000000'))", '1:0:1::'],
  ["NET.IP_TO_STRING(FROM_HEX('00010000000000010000000000000001'))", '1:0:0:1::1'],
  ['NET.IP_NET_MASK(4, 22)', '///8AA=='],
  ['NET.IP_NET_MASK(16, 36)', '//////AAAAAAAAAAAAAAAA=='],
  ["NET.IP_TRUNC(b'\\x01\\x02\\x03\\x04', 20)", 'AQIAAA=='],
  ['NET.IPV4_FROM_INT64(0x0A000001)', 'CgAAAQ=='],
  ['NET.IPV4_FROM_INT64(-1)', '/////w=='],
  ['NET.IPV4_FROM_INT64(0xFFFFFFFF)', '/////w=='],
  ['NET.IPV4_FROM_INT64(-0x80000000)', 'gAAAAA=='],
  ["NET.IPV4_TO_INT64(b'\\xff\\xff\\xff\\xff')", '4294967295'],
  ["NET.IP_TO_STRING(FROM_HEX('00000000000000000000000000000002'))", '::2'],
  ["NET.IP_TO_STRING(FROM_HEX('00000000000000000000000000010000'))", '::0.1.0.0'],
  ["NET.IP_TO_STRING(FROM_HEX('00000000000000000000fffe01020304'))", '::fffe:102:304'],
  ["NET.IP_TO_STRING(FROM_HEX('00010000000000010000000000000000'))", '1:0:0:1::'],
  ["NET.IP_TO_STRING(FROM_HEX('00010001000100010001000100010000'))", '1:1:1:1:1:1:1:0'],
  ["NET.IP_FROM_STRING('1:2:3:4:5:6:1.2.3.4')", 'AAEAAgADAAQABQAGAQIDBA=='],
  ["NET.IP_FROM_STRING('1:2:3:4:5:6:7::')", 'AAEAAgADAAQABQAGAAcAAA=='],
  ["NET.IP_FROM_STRING('::1:2:3:4:5:6:7')", 'AAAAAQACAAMABAAFAAYABw=='],
  ["NET.IP_FROM_STRING('1.2.3.0')", 'AQIDAA=='],
  ["NET.HOST('http://www.google.com/path?q=1')", 'www.google.com'],
  ["NET.HOST('https://user:pw@Example.co.uk:8080/x')", 'Example.co.uk'],
  ["NET.HOST('www.example.com')", 'www.example.com'],
  ["NET.HOST('//example.com/x')", 'example.com'],
  ["NET.HOST('example.com:80')", 'example.com'],
  ["NET.HOST('http://[::1]:80/x')", '[::1]'],
  ["NET.HOST('mailto:a@b.com')", 'b.com'],
  ["NET.HOST('')", null],
  ["NET.HOST('   http://a.com  ')", 'a.com'],
  ["NET.HOST('http://a.com#frag')", 'a.com'],
  ["NET.HOST('http://a.com.')", 'a.com.'],
  ["NET.HOST('http:/a.com')", 'http'],
  ["NET.HOST('http://a.b.c.d.e')", 'a.b.c.d.e'],
  ["NET.HOST('http://üñí.com')", 'üñí.com'],
  ["NET.HOST('http://a%20b.com')", 'a%20b.com'],
  ["NET.HOST('http://A.COM\\\\x')", 'A.COM'],
  ["NET.PUBLIC_SUFFIX('http://www.google.co.uk/x')", 'co.uk'],
  ["NET.PUBLIC_SUFFIX('a.b.com')", 'com'],
  ["NET.PUBLIC_SUFFIX('a.b.unknowntld')", null],
  ["NET.PUBLIC_SUFFIX('com')", 'com'],
  ["NET.PUBLIC_SUFFIX('foo.appspot.com')", 'com'],
  ["NET.PUBLIC_SUFFIX('a.b.c.kawasaki.jp')", 'c.kawasaki.jp'],
  ["NET.PUBLIC_SUFFIX('city.kawasaki.jp')", 'kawasaki.jp'],
  ["NET.PUBLIC_SUFFIX('1.2.3.4')", null],
  ["NET.PUBLIC_SUFFIX('http://[::1]/')", null],
  ["NET.PUBLIC_SUFFIX('Www.Google.CO.UK')", 'CO.UK'],
  ["NET.REG_DOMAIN('http://www.google.co.uk/x')", 'google.co.uk'],
  ["NET.REG_DOMAIN('co.uk')", null],
  ["NET.REG_DOMAIN('a.b.unknowntld')", null],
  ["NET.REG_DOMAIN('www.foo.appspot.com')", 'appspot.com'],
  ["NET.REG_DOMAIN('Www.Google.COM.')", 'Google.COM.'],
  ["NET.PUBLIC_SUFFIX('Www.Google.COM.')", 'COM.'],
  ["NET.PUBLIC_SUFFIX('a..com')", 'com'],
  ["NET.REG_DOMAIN('a..com')", null],
];

const ERRORS: readonly (readonly [string, string])[] = [
  ["NET.IP_FROM_STRING('1.2.3')", 'OUT_OF_RANGE: NET.IP_FROM_STRING() encountered an unparseable IP-address: 1.2.3'],
  [
    "NET.IP_FROM_STRING('1.2.3.256')",
    'OUT_OF_RANGE: NET.IP_FROM_STRING() encountered an unparseable IP-address: 1.2.3.256',
  ],
  [
    "NET.IP_FROM_STRING('01.2.3.4')",
    'OUT_OF_RANGE: NET.IP_FROM_STRING() encountered an unparseable IP-address: 01.2.3.4',
  ],
  [
    "NET.IP_FROM_STRING(' 1.2.3.4')",
    'OUT_OF_RANGE: NET.IP_FROM_STRING() encountered an unparseable IP-address:  1.2.3.4',
  ],
  [
    "NET.IP_FROM_STRING('1.2.3.4/24')",
    'OUT_OF_RANGE: NET.IP_FROM_STRING() encountered an unparseable IP-address: 1.2.3.4/24',
  ],
  ["NET.IP_FROM_STRING('::1::')", 'OUT_OF_RANGE: NET.IP_FROM_STRING() encountered an unparseable IP-address: ::1::'],
  [
    "NET.IP_FROM_STRING('fe80::1%eth0')",
    'OUT_OF_RANGE: NET.IP_FROM_STRING() encountered an unparseable IP-address: fe80::1%eth0',
  ],
  [
    "NET.IP_TO_STRING(b'\\x01\\x02\\x03')",
    'OUT_OF_RANGE: NET.IP_TO_STRING() encountered an invalid IP address. Expected 4 (for IPv4) or 16 (for IPv6) bytes but got 3',
  ],
  [
    'NET.IP_NET_MASK(4, 33)',
    'OUT_OF_RANGE: The second argument of NET.IP_NET_MASK() must be between 0 and the first argument * 8; got 33',
  ],
  [
    'NET.IP_NET_MASK(4, -1)',
    'OUT_OF_RANGE: The second argument of NET.IP_NET_MASK() must be between 0 and the first argument * 8; got -1',
  ],
  [
    'NET.IP_NET_MASK(5, 1)',
    'OUT_OF_RANGE: The first argument of NET.IP_NET_MASK() must be either 4 (for IPv4) or 16 (for IPv6); got 5',
  ],
  [
    "NET.IP_TRUNC(b'\\x01\\x02\\x03\\x04', 33)",
    'OUT_OF_RANGE: The second argument of NET.IP_TRUNC() must be between 0 and 8 * LENGTH(first argument); got 33',
  ],
  [
    "NET.IP_TRUNC(b'\\x01\\x02\\x03', 3)",
    'OUT_OF_RANGE: The first argument of NET.IP_TRUNC() must have length 4 (for IPv4) or 16 (for IPv6); got 3',
  ],
  [
    "NET.IP_TRUNC(b'\\x01\\x02\\x03\\x04', -1)",
    'OUT_OF_RANGE: The second argument of NET.IP_TRUNC() must be between 0 and 8 * LENGTH(first argument); got -1',
  ],
  [
    'NET.IPV4_FROM_INT64(0x100000000)',
    'OUT_OF_RANGE: NET.IPV4_FROM_INT64() encountered an invalid integer IP. Expected range: [-0x80000000, 0xFFFFFFFF]; got 4294967296',
  ],
  [
    'NET.IPV4_FROM_INT64(-0x80000001)',
    'OUT_OF_RANGE: NET.IPV4_FROM_INT64() encountered an invalid integer IP. Expected range: [-0x80000000, 0xFFFFFFFF]; got -2147483649',
  ],
  [
    "NET.IPV4_TO_INT64(b'\\x01\\x02\\x03')",
    'OUT_OF_RANGE: NET.IPV4_TO_INT64() encountered a non-IPv4 address. Expected 4 bytes but got 3',
  ],
  [
    "NET.IPV4_TO_INT64(FROM_HEX('00000000000000000000000000000001'))",
    'OUT_OF_RANGE: NET.IPV4_TO_INT64() encountered a non-IPv4 address. Expected 4 bytes but got 16',
  ],
  [
    "NET.IP_FROM_STRING('1:2:3:4:5:6:7:8:9')",
    'OUT_OF_RANGE: NET.IP_FROM_STRING() encountered an unparseable IP-address: 1:2:3:4:5:6:7:8:9',
  ],
  [
    "NET.IP_FROM_STRING('1::2:3:4:5:6:7:8')",
    'OUT_OF_RANGE: NET.IP_FROM_STRING() encountered an unparseable IP-address: 1::2:3:4:5:6:7:8',
  ],
  [
    "NET.IP_FROM_STRING('12345::')",
    'OUT_OF_RANGE: NET.IP_FROM_STRING() encountered an unparseable IP-address: 12345::',
  ],
  [
    "NET.IP_FROM_STRING('0x1.2.3.4')",
    'OUT_OF_RANGE: NET.IP_FROM_STRING() encountered an unparseable IP-address: 0x1.2.3.4',
  ],
  [
    "NET.IP_FROM_STRING('1.2.3.04')",
    'OUT_OF_RANGE: NET.IP_FROM_STRING() encountered an unparseable IP-address: 1.2.3.04',
  ],
  [
    "NET.IP_FROM_STRING('::1.2.3')",
    'OUT_OF_RANGE: NET.IP_FROM_STRING() encountered an unparseable IP-address: ::1.2.3',
  ],
  ["NET.IP_FROM_STRING('')", 'OUT_OF_RANGE: NET.IP_FROM_STRING() encountered an unparseable IP-address: '],
];

describe('NET functions', () => {
  test.each(VALUES)('%s', (expression, expected) => {
    expect(asJson(evaluateSql(expression))).toEqual(expected);
  });

  test.each(ERRORS)('%s fails', (expression, message) => {
    expect(evaluationErrorOf(expression)).toBe(message);
  });
});
