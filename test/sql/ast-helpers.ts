/** Shared helpers for the SQL front-end tests: compare ASTs without positions, catch syntax errors. */
import { SpannerError } from '../../src/errors/spanner-error';
import { Code } from '../../src/errors/codes';

/** A deep copy of `node` without `loc` fields and with bytes as plain arrays, for toEqual. */
export function stripLoc(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripLoc);
  if (node instanceof Uint8Array) return Array.from(node);
  if (node !== null && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) if (k !== 'loc') out[k] = stripLoc(v);
    return out;
  }
  return node;
}

/** Runs `fn`, expecting a SpannerError INVALID_ARGUMENT syntax error; returns its message. */
export function syntaxErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof SpannerError)) throw e;
    expect(e.code).toBe(Code.INVALID_ARGUMENT);
    expect(e.message.startsWith('Syntax error: ')).toBe(true);
    return e.message;
  }
  throw new Error('expected a syntax error, but parsing succeeded');
}
