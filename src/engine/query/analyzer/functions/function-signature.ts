/**
 * The shape of the function catalog: a function's signatures (parameter types, optional and
 * repeated parameters, templated ANY types), its volatility and whether Spanner offers it.
 * Signatures are written in a compact text form (`'STRING, INT64, [INT64] -> STRING'`) parsed
 * once at load; `T1`/`T2` are templated types (arguments sharing one supertype), `ANY` any type, `ARRAY<T1>` an array of one, `DATE_PART` a date
 * part keyword (`DAY`), `INTERVAL` an `INTERVAL n part` argument. Matching lives in
 * ../signature-matching.ts.
 */

import { arrayOf, scalar, SCALAR_KINDS, type ScalarKind, type SqlType } from '../sql-type';

export type ParamType =
  | { readonly kind: 'fixed'; readonly type: SqlType }
  | { readonly kind: 'templated'; readonly slot: 1 | 2 }
  /** `ANY`: any type, independently of the other arguments (JSON_ARRAY(1, 'a')). */
  | { readonly kind: 'arbitrary' }
  | { readonly kind: 'arrayOfTemplated'; readonly slot: 1 | 2 }
  | { readonly kind: 'datePart' }
  | { readonly kind: 'interval' }
  /** A lambda argument (`x -> expr`): recognised so that messages name it; not evaluated yet. */
  | { readonly kind: 'lambda' }
  /** `SEQUENCE name`. */
  | { readonly kind: 'sequence' };

export type ParamMode = 'required' | 'optional' | 'repeated';

export interface Param {
  readonly type: ParamType;
  readonly mode: ParamMode;
}

export interface Signature {
  readonly params: readonly Param[];
  readonly result: ParamType;
}

/**
 * GoogleSQL's volatility: immutable functions always give the same result for the same input;
 * stable ones are fixed within a statement (CURRENT_TIMESTAMP); volatile ones are not (RAND).
 */
export type Volatility = 'immutable' | 'stable' | 'volatile';

export interface FunctionDef {
  /** The name messages use, upper case: `SUBSTR`, `NET.HOST`. */
  readonly name: string;
  readonly signatures: readonly Signature[];
  readonly volatility: Volatility;
  readonly aggregate: boolean;
  /** False for GoogleSQL functions that Spanner rejects (`Unsupported built-in function`). */
  readonly supported: boolean;
  /** Other names that call it (`POWER` for `POW`). */
  readonly aliases: readonly string[];
  /** Named arguments it accepts (`language_tag => 'en'`), by lower-case name. */
  readonly namedArguments: readonly string[];
  /** Spanner's own functions are `SPANNER:NAME` in "No matching signature for function ..." messages. */
  readonly group: string | null;
}

export interface FunctionOptions {
  readonly volatility?: Volatility;
  readonly aggregate?: boolean;
  readonly supported?: boolean;
  readonly aliases?: readonly string[];
  readonly namedArguments?: readonly string[];
  readonly group?: string;
}

const SCALAR_NAMES = new Set<string>(SCALAR_KINDS);

function parseParamType(text: string): ParamType {
  const t = text.trim();
  if (t === 'T1' || t === 'T2') return { kind: 'templated', slot: t === 'T1' ? 1 : 2 };
  if (t === 'ANY') return { kind: 'arbitrary' };
  if (t === 'DATE_PART') return { kind: 'datePart' };
  if (t === 'INTERVAL') return { kind: 'interval' };
  if (t === 'LAMBDA') return { kind: 'lambda' };
  if (t === 'SEQUENCE') return { kind: 'sequence' };
  const array = /^ARRAY<(.+)>$/.exec(t);
  if (array) {
    const inner = parseParamType(array[1]);
    if (inner.kind === 'templated') return { kind: 'arrayOfTemplated', slot: inner.slot };
    if (inner.kind === 'fixed') return { kind: 'fixed', type: arrayOf(inner.type) };
  }
  if (SCALAR_NAMES.has(t)) return { kind: 'fixed', type: scalar(t as ScalarKind) };
  throw new Error(`Bad signature type: ${text}`);
}

function parseParam(text: string): Param {
  const t = text.trim();
  if (t.startsWith('[') && t.endsWith(']')) return { type: parseParamType(t.slice(1, -1)), mode: 'optional' };
  if (t.endsWith('...')) return { type: parseParamType(t.slice(0, -3)), mode: 'repeated' };
  return { type: parseParamType(t), mode: 'required' };
}

/** Splits on commas outside `<...>`. */
function splitParams(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '<') depth++;
    else if (text[i] === '>') depth--;
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  if (last !== '') parts.push(last);
  return parts;
}

/** `'STRING, INT64, [INT64] -> STRING'`. */
export function parseSignature(text: string): Signature {
  const arrow = text.lastIndexOf('->');
  if (arrow < 0) throw new Error(`Bad signature: ${text}`);
  const params = splitParams(text.slice(0, arrow)).map(parseParam);
  return { params, result: parseParamType(text.slice(arrow + 2)) };
}

export function defineFunction(
  name: string,
  signatures: readonly string[],
  options: FunctionOptions = {},
): FunctionDef {
  return {
    name,
    signatures: signatures.map(parseSignature),
    volatility: options.volatility ?? 'immutable',
    aggregate: options.aggregate ?? false,
    supported: options.supported ?? true,
    aliases: options.aliases ?? [],
    namedArguments: options.namedArguments ?? [],
    group: options.group ?? null,
  };
}
