/**
 * JSON_QUERY and friends over JSON-formatted STRINGs. GoogleSQL reads such text as a stream and
 * stops at the first match: text that is not valid JSON gives NULL rather than an error (and
 * what follows the match is never read), trailing commas pass, duplicate keys stay (a later
 * duplicate can match), and the matched text keeps its numbers as written (`1.50`) while spaces
 * go and strings are re-escaped.
 */

import { stepIndex, type JsonPathStep } from './json-path';
import { scanJsonToken, type JsonToken } from '../../../../../types/json/json-lexer';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** The end of the value starting with `token`, or -1 when it is not valid JSON. */
function skipValue(text: string, token: JsonToken): number {
  switch (token.type) {
    case 'string':
    case 'number':
    case 'true':
    case 'false':
    case 'null':
      return token.end;
    case '[':
      return skipContainer(text, token.end, ']', false);
    case '{':
      return skipContainer(text, token.end, '}', true);
    default:
      return -1;
  }
}

function skipContainer(text: string, from: number, close: ']' | '}', keyed: boolean): number {
  let token = scanJsonToken(text, from);
  if (token.type === close) return token.end;
  for (;;) {
    if (keyed) {
      if (token.type !== 'string') return -1;
      const colon = scanJsonToken(text, token.end);
      if (colon.type !== ':') return -1;
      token = scanJsonToken(text, colon.end);
    }
    const end = skipValue(text, token);
    if (end < 0) return -1;
    const next = scanJsonToken(text, end);
    if (next.type === close) return next.end;
    if (next.type !== ',') return -1;
    token = scanJsonToken(text, next.end);
    if (token.type === close) return token.end;
  }
}

/** Where the value a path selects lies in `text`; null when nothing is selected or the text is bad. */
export function locateInText(text: string, steps: readonly JsonPathStep[]): TextSpan | null {
  return locate(text, 0, steps, 0);
}

function locate(text: string, from: number, steps: readonly JsonPathStep[], depth: number): TextSpan | null {
  const token = scanJsonToken(text, from);
  if (depth === steps.length) {
    const end = skipValue(text, token);
    return end < 0 ? null : { start: token.start, end };
  }
  if (token.type === '{') return locateMember(text, token.end, steps, depth);
  if (token.type === '[') return locateElement(text, token.end, steps, depth);
  return null;
}

function locateMember(text: string, from: number, steps: readonly JsonPathStep[], depth: number): TextSpan | null {
  let token = scanJsonToken(text, from);
  if (token.type === '}') return null;
  for (;;) {
    if (token.type !== 'string') return null;
    const colon = scanJsonToken(text, token.end);
    if (colon.type !== ':') return null;
    if (token.value === steps[depth].text) {
      const found = locate(text, colon.end, steps, depth + 1);
      if (found !== null) return found;
    }
    const end = skipValue(text, scanJsonToken(text, colon.end));
    if (end < 0) return null;
    const next = scanJsonToken(text, end);
    if (next.type !== ',') return null;
    token = scanJsonToken(text, next.end);
    if (token.type === '}') return null;
  }
}

function locateElement(text: string, from: number, steps: readonly JsonPathStep[], depth: number): TextSpan | null {
  const target = stepIndex(steps[depth]);
  if (target === null) return null;
  let token = scanJsonToken(text, from);
  if (token.type === ']') return null;
  for (let i = 0; ; i++) {
    if (i === target) return locate(text, token.start, steps, depth + 1);
    const end = skipValue(text, token);
    if (end < 0) return null;
    const next = scanJsonToken(text, end);
    if (next.type !== ',') return null;
    token = scanJsonToken(text, next.end);
    if (token.type === ']') return null;
  }
}

/** The span's JSON without insignificant spaces, strings re-escaped, numbers as written. */
export function compactText(text: string, span: TextSpan): string {
  let out = '';
  let pos = span.start;
  while (pos < span.end) {
    const token = scanJsonToken(text, pos);
    if (token.type === 'end' || token.type === 'error') break;
    if (token.type === 'string') out += JSON.stringify(token.value);
    else if (token.type === 'number') out += token.text;
    else if (token.type !== ',' || !closesNext(text, token.end)) out += token.type;
    pos = token.end;
  }
  return out;
}

/** Whether the next token closes a container (a trailing comma before it is dropped). */
function closesNext(text: string, from: number): boolean {
  const next = scanJsonToken(text, from).type;
  return next === ']' || next === '}';
}

/** The first token of a span, for JSON_VALUE's scalar test. */
export function firstToken(text: string, span: TextSpan): JsonToken {
  return scanJsonToken(text, span.start);
}

/** The spans of an array's elements, or null when the span is not an array. */
export function arrayElementSpans(text: string, span: TextSpan): TextSpan[] | null {
  const open = scanJsonToken(text, span.start);
  if (open.type !== '[') return null;
  const spans: TextSpan[] = [];
  let token = scanJsonToken(text, open.end);
  if (token.type === ']') return spans;
  for (;;) {
    const end = skipValue(text, token);
    if (end < 0) return null;
    spans.push({ start: token.start, end });
    const next = scanJsonToken(text, end);
    if (next.type === ']') return spans;
    if (next.type !== ',') return null;
    token = scanJsonToken(text, next.end);
    if (token.type === ']') return spans;
  }
}
