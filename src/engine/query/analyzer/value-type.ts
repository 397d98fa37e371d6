/**
 * The stored form of values of each SQL type, as the key codec, the value codec and value ordering
 * see them: INTERVAL and UUID are held as their canonical text, TOKENLIST as bytes, a proto
 * message as its serialized bytes and an enum as its number (so it orders as an INT64). The one
 * mapping for storage layouts and the evaluator alike; STRUCT values are never stored or ordered.
 */

import { assertNever } from '../../../errors/assert-never';
import type { ValueType } from '../../../types/spanner-value';
import type { SqlType } from './sql-type';

export function valueTypeOf(type: SqlType): ValueType {
  switch (type.kind) {
    case 'scalar':
      switch (type.name) {
        case 'INTERVAL':
        case 'UUID':
          return { kind: 'scalar', name: 'STRING' };
        case 'TOKENLIST':
          return { kind: 'scalar', name: 'BYTES' };
        default:
          return { kind: 'scalar', name: type.name };
      }
    case 'array':
      return { kind: 'array', element: valueTypeOf(type.element) };
    case 'proto':
      return { kind: 'scalar', name: 'BYTES' };
    case 'enum':
      return { kind: 'scalar', name: 'INT64' };
    case 'struct':
      throw new Error('STRUCT values are neither stored nor ordered');
    default:
      return assertNever(type, 'SQL type');
  }
}
