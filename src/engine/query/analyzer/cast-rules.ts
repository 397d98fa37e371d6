/**
 * Which explicit conversions CAST allows between Spanner's types. Arrays cast only between the same
 * (or implicitly convertible) element types, structs field by field; whether a particular value
 * converts is decided when the cast runs.
 */

import { assertNever } from '../../../errors/assert-never';
import { sameType, type ScalarKind, type SqlType } from './sql-type';

const NUMBERS: readonly ScalarKind[] = ['INT64', 'FLOAT32', 'FLOAT64', 'NUMERIC'];

const SCALAR_CASTS: Record<ScalarKind, readonly ScalarKind[]> = {
  BOOL: ['BOOL', 'INT64', 'STRING'],
  INT64: ['BOOL', ...NUMBERS, 'STRING'],
  FLOAT32: [...NUMBERS, 'STRING'],
  FLOAT64: [...NUMBERS, 'STRING'],
  NUMERIC: [...NUMBERS, 'STRING'],
  STRING: ['BOOL', ...NUMBERS, 'STRING', 'BYTES', 'DATE', 'TIMESTAMP', 'INTERVAL', 'UUID'],
  BYTES: ['STRING', 'BYTES', 'UUID'],
  DATE: ['STRING', 'DATE', 'TIMESTAMP'],
  TIMESTAMP: ['STRING', 'DATE', 'TIMESTAMP'],
  JSON: ['JSON'],
  INTERVAL: ['STRING', 'INTERVAL'],
  TOKENLIST: ['TOKENLIST'],
  UUID: ['STRING', 'BYTES', 'UUID'],
};

export type CastVerdict = 'ok' | 'invalid' | 'arrayElements';

export function castVerdict(from: SqlType, to: SqlType): CastVerdict {
  switch (from.kind) {
    case 'scalar':
      return to.kind === 'scalar' && SCALAR_CASTS[from.name].includes(to.name) ? 'ok' : 'invalid';
    case 'array':
      if (to.kind !== 'array') return 'invalid';
      // Spanner casts an array only to its own type (untyped `[]` and NULL coerce before this).
      return sameType(from.element, to.element) ? 'ok' : 'arrayElements';
    case 'struct':
      if (to.kind !== 'struct' || to.fields.length !== from.fields.length) return 'invalid';
      return from.fields.every((f, i) => castVerdict(f.type, to.fields[i].type) === 'ok') ? 'ok' : 'invalid';
    case 'proto':
    case 'enum':
      // Conversions of proto and enum values (to BYTES, INT64, STRING) come with their values.
      return sameType(from, to) ? 'ok' : 'invalid';
    default:
      return assertNever(from, 'type');
  }
}
