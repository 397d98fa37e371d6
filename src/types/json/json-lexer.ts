/**
 * JSON tokens, one at a time from a position, with GoogleSQL's lexical error wording (`invalid
 * literal`, `invalid string: missing closing quote`, `invalid number; expected digit after '-'`).
 * Shared by the full parser (json-parser.ts) and the lenient extraction over JSON-formatted
 * strings (json-text-extract.ts). Number tokens keep their text; the parser decides their value.
 */

export type JsonToken =
  | {
      readonly type: '[' | ']' | '{' | '}' | ':' | ',' | 'true' | 'false' | 'null' | 'end';
      readonly start: number;
      readonly end: number;
    }
  | { readonly type: 'number'; readonly text: string; readonly start: number; readonly end: number }
  | { readonly type: 'string'; readonly value: string; readonly start: number; readonly end: number }
  | {
      readonly type: 'error';
      readonly message: string;
      readonly text: string;
      readonly start: number;
      readonly end: number;
    };

const CONTROL_NAMES = [
  'NUL',
  'SOH',
  'STX',
  'ETX',
  'EOT',
  'ENQ',
  'ACK',
  'BEL',
  'BS',
  'HT',
  'LF',
  'VT',
  'FF',
  'CR',
  'SO',
  'SI',
  'DLE',
  'DC1',
  'DC2',
  'DC3',
  'DC4',
  'NAK',
  'SYN',
  'ETB',
  'CAN',
  'EM',
  'SUB',
  'ESC',
  'FS',
  'GS',
  'RS',
  'US',
];
const SHORT_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
const SHORT_OF_CONTROL: Record<number, string> = { 8: 'b', 9: 't', 10: 'n', 12: 'f', 13: 'r' };

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function error(text: string, start: number, end: number, message: string): JsonToken {
  return { type: 'error', message, text: text.slice(start, Math.min(end, text.length)), start, end };
}

export function scanJsonToken(text: string, from: number): JsonToken {
  let pos = from;
  while (pos < text.length && isSpace(text[pos])) pos++;
  if (pos >= text.length) return { type: 'end', start: pos, end: pos };
  const c = text[pos];
  if ('[]{}:,'.includes(c)) return { type: c as '[', start: pos, end: pos + 1 };
  if (c === '"') return scanString(text, pos);
  if (c === '-' || isDigit(c)) return scanNumber(text, pos);
  for (const word of ['true', 'false', 'null'] as const) {
    if (c === word[0]) return scanWord(text, pos, word);
  }
  return error(text, pos, pos + 1, 'invalid literal');
}

function scanWord(text: string, start: number, word: 'true' | 'false' | 'null'): JsonToken {
  for (let i = 0; i < word.length; i++) {
    if (text[start + i] !== word[i]) return error(text, start, start + i + 1, 'invalid literal');
  }
  return { type: word, start, end: start + word.length };
}

function scanDigits(text: string, pos: number): number {
  while (isDigit(text[pos])) pos++;
  return pos;
}

function scanNumber(text: string, start: number): JsonToken {
  let pos = start;
  if (text[pos] === '-') pos++;
  if (!isDigit(text[pos])) return error(text, start, pos + 1, "invalid number; expected digit after '-'");
  pos = text[pos] === '0' ? pos + 1 : scanDigits(text, pos);
  if (text[pos] === '.') {
    pos++;
    if (!isDigit(text[pos])) return error(text, start, pos + 1, "invalid number; expected digit after '.'");
    pos = scanDigits(text, pos);
  }
  if (text[pos] === 'e' || text[pos] === 'E') {
    pos++;
    if (text[pos] === '+' || text[pos] === '-') {
      pos++;
      if (!isDigit(text[pos])) return error(text, start, pos + 1, 'invalid number; expected digit after exponent sign');
    } else if (!isDigit(text[pos])) {
      return error(text, start, pos + 1, "invalid number; expected '+', '-', or digit after exponent");
    }
    pos = scanDigits(text, pos);
  }
  return { type: 'number', text: text.slice(start, pos), start, end: pos };
}

function hex4(text: string, pos: number): number {
  const digits = text.slice(pos, pos + 4);
  return /^[0-9a-fA-F]{4}$/.test(digits) ? parseInt(digits, 16) : -1;
}

function controlMessage(code: number): string {
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const short = SHORT_OF_CONTROL[code];
  const alternative = short === undefined ? '' : ` or \\${short}`;
  return `invalid string: control character U+${hex} (${CONTROL_NAMES[code]}) must be escaped to \\u${hex}${alternative}`;
}

function scanString(text: string, start: number): JsonToken {
  let pos = start + 1;
  let value = '';
  for (;;) {
    if (pos >= text.length) return error(text, start, pos, 'invalid string: missing closing quote');
    const c = text[pos];
    if (c === '"') return { type: 'string', value, start, end: pos + 1 };
    const code = c.charCodeAt(0);
    if (code < 0x20) return error(text, start, pos + 1, controlMessage(code));
    if (c !== '\\') {
      value += c;
      pos++;
      continue;
    }
    const escaped = scanEscape(text, pos);
    if (typeof escaped === 'string') return error(text, start, pos + 2, escaped);
    value += escaped.chars;
    pos = escaped.end;
  }
}

/** One escape sequence at `pos` (the backslash): its characters, or an error message. */
function scanEscape(text: string, pos: number): { chars: string; end: number } | string {
  const e = text[pos + 1];
  if (e !== undefined && e in SHORT_ESCAPES) return { chars: SHORT_ESCAPES[e], end: pos + 2 };
  if (e !== 'u') return 'invalid string: forbidden character after backslash';
  const unit = hex4(text, pos + 2);
  if (unit < 0) return "invalid string: '\\u' must be followed by 4 hex digits";
  if (unit >= 0xdc00 && unit <= 0xdfff) return 'invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF';
  if (unit < 0xd800 || unit > 0xdbff) return { chars: String.fromCharCode(unit), end: pos + 6 };
  const low = text.slice(pos + 6, pos + 8) === '\\u' ? hex4(text, pos + 8) : -1;
  if (low < 0xdc00 || low > 0xdfff)
    return 'invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF';
  return { chars: String.fromCharCode(unit, low), end: pos + 12 };
}
