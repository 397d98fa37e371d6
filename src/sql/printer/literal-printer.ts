/**
 * Prints string and bytes literals (and the bodies of quoted identifiers) with escapes chosen so
 * the lexer reads back exactly the same value. Always single-line, quoted with `'`.
 */

const NAMED_ESCAPES: Readonly<Record<number, string>> = {
  7: '\\a',
  8: '\\b',
  9: '\\t',
  10: '\\n',
  11: '\\v',
  12: '\\f',
  13: '\\r',
  92: '\\\\',
};

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}

/** Escapes a string body for quoting with `quote` (`'` for strings, `` ` `` for identifiers). */
export function escapeBody(value: string, quote: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    const named = NAMED_ESCAPES[code];
    if (named !== undefined) out += named;
    else if (ch === quote) out += `\\${ch}`;
    else if (code < 32 || code === 127) out += `\\x${hex2(code)}`;
    else out += ch;
  }
  return out;
}

export function printStringLiteral(value: string): string {
  return `'${escapeBody(value, "'")}'`;
}

export function printBytesLiteral(value: Uint8Array): string {
  let out = "b'";
  for (const byte of value) {
    const named = NAMED_ESCAPES[byte];
    if (named !== undefined) out += named;
    else if (byte === 39) out += "\\'";
    else if (byte < 32 || byte >= 127) out += `\\x${hex2(byte)}`;
    else out += String.fromCharCode(byte);
  }
  return `${out}'`;
}
