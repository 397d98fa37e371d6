/**
 * Written type names to analyzer types: CAST targets and typed constructors (AST TypeNode, where
 * an unknown name is "Type not found: INT32") and DDL column types (which the DDL parser has
 * already checked). Proto and enum types are not supported by the analyzer yet.
 */

import { parameterizedTypeNotSupported, typeNotFound } from '../../../errors/analyzer-errors';
import { assertNever } from '../../../errors/assert-never';
import type { DdlColumnType } from '../../../sql/ast/ddl-common';
import type { TypeNode } from '../../../sql/ast/type';
import type { AnalyzerContext } from './analyzer-context';
import { arrayOf, scalar, SCALAR_KINDS, structOf, type ScalarKind, type SqlType } from './sql-type';

const SCALAR_NAMES: ReadonlySet<string> = new Set(SCALAR_KINDS);

/** The type a written type name denotes; throws `Type not found` for unknown names. */
export function typeFromNode(node: TypeNode, ctx: AnalyzerContext): SqlType {
  switch (node.kind) {
    case 'scalarType':
      if (node.length !== null) {
        throw parameterizedTypeNotSupported(ctx.site({ ...node.loc, start: node.loc.start + node.name.length }));
      }
      if (node.name === 'BIGNUMERIC') throw typeNotFound('BIGNUMERIC', ctx.site(node.loc));
      return scalar(node.name);
    case 'arrayType':
      return arrayOf(typeFromNode(node.element, ctx));
    case 'structType':
      return structOf(node.fields.map((f) => ({ name: f.name?.name ?? null, type: typeFromNode(f.type, ctx) })));
    case 'namedType': {
      // A quoted scalar name (`INT64`) still names the scalar.
      const parts = node.path.parts;
      const upper = parts[0].name.toUpperCase();
      if (parts.length === 1 && SCALAR_NAMES.has(upper)) return scalar(upper as ScalarKind);
      throw typeNotFound(parts.map((p) => p.name).join('.'), ctx.site(node.loc));
    }
    default:
      return assertNever(node, 'type');
  }
}

/** The value type of a DDL column type (lengths dropped); null for proto and enum columns. */
export function typeFromColumnType(type: DdlColumnType): SqlType | null {
  switch (type.kind) {
    case 'scalar':
      return scalar(type.name);
    case 'sized':
      return scalar(type.name);
    case 'array': {
      const element = typeFromColumnType(type.element);
      return element === null ? null : arrayOf(element);
    }
    case 'struct': {
      const fields = type.fields.map((f) => ({ name: f.name, type: typeFromColumnType(f.type) }));
      if (fields.some((f) => f.type === null)) return null;
      return structOf(fields.map((f) => ({ name: f.name, type: f.type as SqlType })));
    }
    case 'named':
      return null;
    default:
      return assertNever(type, 'column type');
  }
}
