/**
 * Types as the official emulator's conversion errors print them: engine types by their ZetaSQL
 * debug names (`INT64`, `DOUBLE` for FLOAT64, `FLOAT` for FLOAT32, `ARRAY<STRING>`,
 * `STRUCT<a INT64, STRING>`), wire types (google.spanner.v1.Type) in protobuf's one-line text
 * format with default fields left out (`code: ARRAY`). For messages only.
 */
import type { StructType, Type } from '../../generated/google/spanner/v1/type';
import { TypeAnnotationCode, TypeCode } from '../../generated/google/spanner/v1/type';
import { assertNever } from '../errors/assert-never';
import type { ScalarKind, SqlType } from '../engine/query/analyzer/sql-type';
import { quoted } from './wire-value';

function scalarDebugName(name: ScalarKind): string {
  switch (name) {
    case 'FLOAT64':
      return 'DOUBLE';
    case 'FLOAT32':
      return 'FLOAT';
    default:
      return name;
  }
}

export function typeDebugName(type: SqlType): string {
  switch (type.kind) {
    case 'scalar':
      return scalarDebugName(type.name);
    case 'array':
      return `ARRAY<${typeDebugName(type.element)}>`;
    case 'struct': {
      const fields = type.fields.map((f) =>
        f.name === null || f.name === '' ? typeDebugName(f.type) : `${f.name} ${typeDebugName(f.type)}`,
      );
      return `STRUCT<${fields.join(', ')}>`;
    }
    case 'proto':
    case 'enum':
      return type.name;
    default:
      return assertNever(type, 'type');
  }
}

/** A wire Type in one-line text format; an all-default Type prints as the empty string. */
export function wireTypeText(type: Type | undefined): string {
  if (type === undefined) return '';
  const parts: string[] = [];
  if (type.code !== TypeCode.TYPE_CODE_UNSPECIFIED) parts.push(`code: ${type.code}`);
  if (type.arrayElementType !== undefined) parts.push(`array_element_type { ${wireTypeText(type.arrayElementType)} }`);
  if (type.structType !== undefined) parts.push(`struct_type { ${structTypeText(type.structType)} }`);
  const annotation = type.typeAnnotation;
  if (annotation !== undefined && annotation !== TypeAnnotationCode.TYPE_ANNOTATION_CODE_UNSPECIFIED) {
    parts.push(`type_annotation: ${annotation}`);
  }
  if (type.protoTypeFqn) parts.push(`proto_type_fqn: ${quoted(type.protoTypeFqn)}`);
  return parts.join(' ');
}

function structTypeText(struct: StructType): string {
  return struct.fields
    .map((f) => {
      const name = f.name ? [`name: ${quoted(f.name)}`] : [];
      const type = f.type === undefined ? [] : [`type { ${wireTypeText(f.type)} }`];
      return ['fields {', ...name, ...type, '}'].join(' ');
    })
    .join(' ');
}
