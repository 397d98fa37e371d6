/** Prints type names in canonical upper case: `ARRAY<STRUCT<a INT64, b STRING(MAX)>>`. */

import { assertNever } from '../../errors/assert-never';
import type { TypeNode } from '../ast/type';
import { printIdentifier, printPathName } from './identifier-printer';

export function printType(type: TypeNode): string {
  switch (type.kind) {
    case 'scalarType':
      return type.length === null ? type.name : `${type.name}(${type.length})`;
    case 'arrayType':
      return `ARRAY<${printType(type.element)}>`;
    case 'structType':
      return `STRUCT<${type.fields.map((f) => (f.name ? `${printIdentifier(f.name)} ${printType(f.type)}` : printType(f.type))).join(', ')}>`;
    case 'namedType':
      return printPathName(type.path);
    default:
      return assertNever(type, 'type');
  }
}
