/**
 * JSON text to the JSON model (json-value.ts), as Spanner parses it: integers are kept exactly
 * when they fit int64/uint64, other numbers become doubles and, in the default `exact` wide
 * number mode, must survive the trip through a double (`1.2345678901234567891` is refused,
 * `round` mode rounds it). Duplicate keys keep their first value. Failures are JsonParseFailure,
 * worded as GoogleSQL words them (`syntax error while parsing object - unexpected end of input;
 * expected '}'`), for the caller to prefix (`Invalid input to PARSE_JSON: ...`).
 */

import { jsonText, shortestDigits, type JsonObject, type JsonValue } from './json-value';
import { scanJsonToken, type JsonToken } from './json-lexer';
import { INT64_MIN, UINT64_MAX } from '../int64';

export type WideNumberMode = 'exact' | 'round';

export class JsonParseFailure extends Error {}

const VALUE_EXPECTED = "'[', '{', or a literal";

/**
 * Deepest array/object nesting accepted. The serializers, comparisons and JSONPath code walk
 * documents recursively, so deeper text would overflow the stack; refusing it here keeps every
 * JSON value in the engine (they all come from parsed text) within that bound.
 */
export const MAX_JSON_NESTING = 1000;

const TOKEN_NAMES: Record<string, string> = {
  '[': "'['",
  ']': "']'",
  '{': "'{'",
  '}': "'}'",
  ':': "':'",
  ',': "','",
  string: 'string literal',
  number: 'number literal',
  true: "'true'",
  false: "'false'",
  null: "'null'",
  end: 'end of input',
};

class JsonParser {
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly mode: WideNumberMode,
  ) {}

  document(): JsonValue {
    const value = this.value(this.next());
    const after = this.next();
    if (after.type !== 'end') this.fail('value', after, 'end of input');
    return value;
  }

  private next(): JsonToken {
    const token = scanJsonToken(this.text, this.pos);
    this.pos = token.end;
    return token;
  }

  private fail(context: string, token: JsonToken, expected: string | null): never {
    const what =
      token.type === 'error' ? `${token.message}; last read: '${token.text}'` : `unexpected ${TOKEN_NAMES[token.type]}`;
    const tail = expected === null ? '' : `; expected ${expected}`;
    throw new JsonParseFailure(`syntax error while parsing ${context} - ${what}${tail}`);
  }

  private value(token: JsonToken): JsonValue {
    switch (token.type) {
      case '[':
        return this.nested(() => this.array());
      case '{':
        return this.nested(() => this.object());
      case 'string':
        return token.value;
      case 'number':
        return jsonNumberFromText(token.text, this.mode);
      case 'true':
        return true;
      case 'false':
        return false;
      case 'null':
        return null;
      case 'error':
        return this.fail('value', token, null);
      default:
        return this.fail('value', token, VALUE_EXPECTED);
    }
  }

  private nested(parse: () => JsonValue): JsonValue {
    if (++this.depth > MAX_JSON_NESTING) {
      throw new JsonParseFailure(`nesting too deep: more than ${MAX_JSON_NESTING} levels of arrays and objects`);
    }
    const value = parse();
    this.depth--;
    return value;
  }

  private array(): JsonValue[] {
    const items: JsonValue[] = [];
    let token = this.next();
    if (token.type === ']') return items;
    for (;;) {
      items.push(this.value(token));
      token = this.next();
      if (token.type === ']') return items;
      if (token.type !== ',') this.fail('array', token, "']'");
      token = this.next();
    }
  }

  private object(): JsonObject {
    const members: JsonObject = new Map();
    let token = this.next();
    if (token.type === '}') return members;
    for (;;) {
      if (token.type !== 'string') this.fail('object key', token, 'string literal');
      const key = token.value;
      const colon = this.next();
      if (colon.type !== ':') this.fail('object separator', colon, "':'");
      const value = this.value(this.next());
      if (!members.has(key)) members.set(key, value);
      token = this.next();
      if (token.type === '}') return members;
      if (token.type !== ',') this.fail('object', token, "'}'");
      token = this.next();
    }
  }
}

/** Parses JSON text; throws JsonParseFailure. */
export function parseJson(text: string, mode: WideNumberMode = 'exact'): JsonValue {
  return new JsonParser(text, mode).document();
}

/**
 * JSON text in Spanner's normalized form (keys sorted, first of duplicates kept, exact integers,
 * doubles as `1.0`): what a JSON literal, a JSON parameter or a written JSON column holds.
 * Throws JsonParseFailure; callers word it (`Invalid JSON literal: ...`).
 */
export function canonicalJsonText(text: string, mode: WideNumberMode = 'exact'): string {
  return jsonText(parseJson(text, mode));
}

/** A JSON number lexeme as Spanner holds it: an exact integer, else a double. */
export function jsonNumberFromText(text: string, mode: WideNumberMode): bigint | number {
  if (!/[.eE]/.test(text)) {
    const int = BigInt(text);
    if (int >= INT64_MIN && int <= UINT64_MAX) return int;
  }
  const double = Number(text);
  if (!Number.isFinite(double)) throw new JsonParseFailure(`number overflow parsing '${text}'`);
  if (mode === 'exact' && decimalKey(text) !== doubleKey(double)) {
    throw new JsonParseFailure(`Input number: ${text} cannot round-trip through string representation`);
  }
  return double;
}

/** A decimal number's value as `digits@point` (no leading or trailing zeros), sign first. */
function decimalKey(text: string): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (m === null) return text;
  const [, sign, int, frac = '', exp = '0'] = m;
  let digits = int + frac;
  let point = int.length + Number(exp);
  const lead = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(lead).replace(/0+$/, '');
  point -= lead;
  return digits === '' ? '0' : `${sign}${digits}@${point}`;
}

function doubleKey(x: number): string {
  if (x === 0) return '0';
  const { digits, point } = shortestDigits(x);
  return `${x < 0 ? '-' : ''}${digits.replace(/0+$/, '')}@${point}`;
}

/** Whether a decimal text is exactly the value of a double's shortest form (TO_JSON of NUMERIC). */
export function decimalRoundTrips(text: string, x: number): boolean {
  return decimalKey(text) === doubleKey(x);
}
