/**
 * Prints names so that they parse back to the same name: backtick-quoted when not a plain word,
 * or when a reserved keyword stands where a keyword would be read (anywhere but after a dot).
 */

import type { Identifier, PathName } from '../ast/node';
import { isReservedKeyword } from '../token-keywords';
import { escapeBody } from './literal-printer';

const PLAIN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `afterDot`: the name follows a dot, where reserved words need no quotes. */
export function printName(name: string, afterDot = false): string {
  if (PLAIN.test(name) && (afterDot || !isReservedKeyword(name.toUpperCase()))) return name;
  return `\`${escapeBody(name, '`')}\``;
}

export function printIdentifier(id: Identifier): string {
  return printName(id.name);
}

/** Dotted parts: the first as a name, later ones as after-dot words. */
export function printParts(parts: readonly Identifier[]): string {
  let out = printName(parts[0].name);
  for (let i = 1; i < parts.length; i++) out += `.${printName(parts[i].name, true)}`;
  return out;
}

export function printPathName(path: PathName): string {
  return printParts(path.parts);
}
