/**
 * UUID text on the wire, read as ZetaSQL reads it: 32 hexadecimal digits in either case, single
 * hyphens allowed between any two digits (none leading, none doubled, none trailing), optionally
 * inside one pair of braces. The engine holds the canonical lower-case 8-4-4-4-12 form. Refusals
 * carry ZetaSQL's reason, which the caller puts into its message.
 */

const HEX_DIGITS = 32;

export type UuidParse =
  { readonly kind: 'uuid'; readonly text: string } | { readonly kind: 'invalid'; readonly reason: string };

export function parseWireUuid(input: string): UuidParse {
  const invalid = (why: string): UuidParse => ({ kind: 'invalid', reason: `Invalid input: '${input}'. ${why}` });
  const tooShort = `UUID must be at least ${HEX_DIGITS} characters long.`;
  if (input.length < HEX_DIGITS) return invalid(tooShort);
  let body = input;
  if (body.startsWith('{')) {
    if (!body.endsWith('}')) return invalid("Mismatched curly braces in UUID, missing closing '}'.");
    body = body.slice(1, -1);
  }
  if (body.startsWith('-')) return invalid('UUID cannot start with a hyphen (-).');
  let digits = '';
  let i = 0;
  while (digits.length < HEX_DIGITS) {
    if (body[i] === '-') i++;
    if (i >= body.length) return invalid(tooShort);
    const c = body[i];
    if (c === '-') return invalid('UUID cannot have multiple consecutive hyphens (-).');
    if (!/^[0-9a-fA-F]$/.test(c)) return invalid(`UUID cannot have '${c}' character.`);
    digits += c;
    i++;
  }
  if (i < body.length) return invalid(`${body.length - i} extra characters found after parsing UUID.`);
  const hex = digits.toLowerCase();
  return {
    kind: 'uuid',
    text: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
  };
}
