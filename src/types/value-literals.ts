/**
 * STRING and BYTES values as GoogleSQL literals, the way ZetaSQL prints them (FORMAT's %T, values
 * in error messages such as `String("a")` or `Bytes(b"\x00")`): double quotes unless the text has
 * `"` and no `'`; escapes for backslash, the quote and control characters (bytes outside printable
 * ASCII as `\xhh`). Not the SQL printer's literals (sql/printer), which always quote with `'`.
 */

/** A string literal: double quotes unless the text has `"` and no `'`. */
export function stringLiteral(text: string): string {
  const quote = text.includes('"') && !text.includes("'") ? "'" : '"';
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (ch === '\\' || ch === quote) out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

export function bytesLiteral(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('latin1');
  const quote = text.includes('"') && !text.includes("'") ? "'" : '"';
  let out = `b${quote}`;
  for (const b of bytes) {
    const ch = String.fromCharCode(b);
    if (ch === '\\' || ch === quote) out += `\\${ch}`;
    else if (b >= 0x20 && b < 0x7f) out += ch;
    else out += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return out + quote;
}
