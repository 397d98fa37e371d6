/**
 * Written type names to analyzer types: CAST targets and typed constructors (AST TypeNode, where
 * an unknown name is "Type not found: INT32"; proto and enum names are not supported there yet)
 * and DDL column types (which the DDL parser has already checked; the caller says what proto and
 * enum names denote).
 */

import { parameterizedTypeNotSupported, typeNotFound } from '../../../errors/analyzer-errors';
import { assertNever } from '../../../errors/assert-never';
import type { DdlColumnType } from '../../../sql/ast/ddl-common';
import type { TypeNode } from '../../../sql/ast/type';
import type { AnalyzerContext } from './analyzer-context';
import {
  arrayOf,
  scalar,
  SCALAR_KINDS,
  structOf,
  type EnumSqlType,
  type ProtoSqlType,
  type ScalarKind,
  type SqlType,
  type StructSqlField,
} from './sql-type';

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

/**
 * What a proto or enum name written in DDL denotes: the catalog answers from its proto bundle;
 * null when the name is neither (or where such types are not supported).
 */
export type NamedTypeResolver = (path: string) => ProtoSqlType | EnumSqlType | null;

/** For signatures of functions, where proto and enum types are not supported yet. */
export const NO_NAMED_TYPES: NamedTypeResolver = () => null;

/**
 * The value type of a DDL column type (lengths dropped, named types resolved by `named`); null
 * when a name in it does not resolve. The one conversion from DDL syntax to types: the catalog
 * makes it when a column is defined, never per row or per read.
 */
export function typeFromColumnType(type: DdlColumnType, named: NamedTypeResolver): SqlType | null {
  switch (type.kind) {
    case 'scalar':
    case 'sized':
      return scalar(type.name);
    case 'array': {
      const element = typeFromColumnType(type.element, named);
      return element === null ? null : arrayOf(element);
    }
    case 'struct': {
      const fields: StructSqlField[] = [];
      for (const f of type.fields) {
        const fieldType = typeFromColumnType(f.type, named);
        if (fieldType === null) return null;
        fields.push({ name: f.name, type: fieldType });
      }
      return structOf(fields);
    }
    case 'named':
      return named(type.path);
    default:
      return assertNever(type, 'column type');
  }
}
