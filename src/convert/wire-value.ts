/**
 * google.protobuf.Value as ts-proto hands it over (plain JavaScript: null, number, string, boolean,
 * arrays for ListValue, objects for Struct, `undefined` for a Value with no kind set), and its
 * protobuf text form for error messages (`string_value: "a"`, `list_value { values { ... } }`), as
 * the official emulator prints values it cannot parse. Long texts are cut short so an error never
 * carries megabytes. Converting to and from engine values is values.ts's.
 */
import { float64Text } from '../types/float-text';

export type WireValue = null | boolean | number | string | readonly WireValue[] | WireStruct;

/** What results hold: STRUCT values are lists on the wire, so no objects. */
export type ResultWireValue = null | boolean | number | string | readonly ResultWireValue[];

export interface WireStruct {
  readonly [field: string]: WireValue;
}

export type WireKind = 'null' | 'bool' | 'number' | 'string' | 'list' | 'struct' | 'unset';

export function wireKind(v: unknown): WireKind {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'number':
      return 'number';
    case 'string':
      return 'string';
    case 'object':
      return 'struct';
    default:
      return 'unset';
  }
}

/** Longest text of a value or string put in a message. */
const MAX_MESSAGE_TEXT = 1024;

const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Whether `text` has a UTF-8 form: no UTF-16 surrogate without its partner. */
export function isWellFormedText(text: string): boolean {
  UNPAIRED_SURROGATE.lastIndex = 0;
  return !UNPAIRED_SURROGATE.test(text);
}

/**
 * `text` for an error message: whole when short, else its start and `...`; an unpaired surrogate
 * (which no status message could carry) reads as U+FFFD.
 */
export function messageText(text: string): string {
  const short = text.length <= MAX_MESSAGE_TEXT ? text : `${text.slice(0, MAX_MESSAGE_TEXT)}...`;
  return short.replace(UNPAIRED_SURROGATE, '\ufffd');
}

/** The value in protobuf's one-line text format, cut short when long. */
export function wireValueText(v: unknown): string {
  const out: string[] = [];
  appendValue(out, v, { remaining: MAX_MESSAGE_TEXT });
  const text = out.join(' ');
  return text.length <= MAX_MESSAGE_TEXT ? text : `${text.slice(0, MAX_MESSAGE_TEXT)}...`;
}

/** A ListValue (a key) in protobuf's one-line text format: `values { string_value: "1" }`. */
export function wireListText(values: readonly unknown[]): string {
  const out: string[] = [];
  const budget = { remaining: MAX_MESSAGE_TEXT };
  for (const v of values) appendField(out, 'values', v, budget);
  return out.join(' ');
}

interface Budget {
  remaining: number;
}

function appendValue(out: string[], v: unknown, budget: Budget): void {
  if (budget.remaining <= 0) return;
  const kind = wireKind(v);
  switch (kind) {
    case 'null':
      return push(out, 'null_value: NULL_VALUE', budget);
    case 'bool':
      return push(out, `bool_value: ${String(v)}`, budget);
    case 'number':
      return push(out, `number_value: ${doubleText(v as number)}`, budget);
    case 'string':
      return push(out, `string_value: ${quoted(v as string)}`, budget);
    case 'list':
      push(out, 'list_value {', budget);
      for (const e of v as unknown[]) appendField(out, 'values', e, budget);
      return push(out, '}', budget);
    case 'struct':
      push(out, 'struct_value {', budget);
      for (const [key, value] of Object.entries(v as object)) {
        push(out, `fields { key: ${quoted(key)}`, budget);
        appendField(out, 'value', value, budget);
        push(out, '}', budget);
      }
      return push(out, '}', budget);
    case 'unset':
      return;
  }
}

function appendField(out: string[], name: string, v: unknown, budget: Budget): void {
  push(out, `${name} {`, budget);
  appendValue(out, v, budget);
  push(out, '}', budget);
}

function push(out: string[], text: string, budget: Budget): void {
  if (budget.remaining <= 0) return;
  out.push(text);
  budget.remaining -= text.length + 1;
}

/** Doubles as protobuf prints them (`1.5`, `1e+20`, `inf`, `nan`, `-0`). */
function doubleText(x: number): string {
  return Object.is(x, -0) ? '-0' : float64Text(x);
}

/** A protobuf text-format string literal: quotes, backslashes and control characters escaped. */
export function quoted(text: string): string {
  let out = '"';
  for (const c of messageText(text)) out += escapeChar(c);
  return `${out}"`;
}

function escapeChar(c: string): string {
  switch (c) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '\\':
    case '"':
    case "'":
      return `\\${c}`;
    default: {
      const code = c.charCodeAt(0);
      return code < 0x20 || code === 0x7f ? `\\${code.toString(8).padStart(3, '0')}` : c;
    }
  }
}
