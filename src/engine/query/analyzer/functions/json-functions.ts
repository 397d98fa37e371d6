/**
 * JSON functions: extraction (JSON_QUERY / JSON_VALUE and their array forms), construction,
 * mutation, and the JSON-to-scalar converters (BOOL(json), INT64(json), LAX_*). Their STRING
 * forms take JSON text.
 */

import { defineFunction as fn, type FunctionDef } from './function-signature';

export const JSON_FUNCTIONS: readonly FunctionDef[] = [
  fn('JSON_QUERY', ['STRING, STRING -> STRING', 'JSON, STRING -> JSON']),
  fn('JSON_VALUE', ['STRING, [STRING] -> STRING', 'JSON, [STRING] -> STRING']),
  fn('JSON_QUERY_ARRAY', ['STRING, [STRING] -> ARRAY<STRING>', 'JSON, [STRING] -> ARRAY<JSON>']),
  fn('JSON_VALUE_ARRAY', ['STRING, [STRING] -> ARRAY<STRING>', 'JSON, [STRING] -> ARRAY<STRING>']),
  fn('PARSE_JSON', ['STRING -> JSON'], { namedArguments: ['wide_number_mode'] }),
  fn('TO_JSON', ['ANY -> JSON'], { namedArguments: ['stringify_wide_numbers'] }),
  fn('SAFE_TO_JSON', ['ANY -> JSON']),
  fn('TO_JSON_STRING', ['ANY, [BOOL] -> STRING']),
  fn('JSON_TYPE', ['JSON -> STRING']),
  fn('JSON_KEYS', ['JSON, [INT64] -> ARRAY<STRING>'], { namedArguments: ['mode'] }),
  fn('JSON_OBJECT', ['STRING, ANY... -> JSON', '-> JSON', 'ARRAY<STRING>, ARRAY<T1> -> JSON']),
  fn('JSON_ARRAY', ['ANY... -> JSON']),
  fn('JSON_SET', ['JSON, STRING, ANY... -> JSON'], { namedArguments: ['create_if_missing'] }),
  fn('JSON_REMOVE', ['JSON, STRING... -> JSON']),
  fn('JSON_STRIP_NULLS', ['JSON, [STRING] -> JSON'], { namedArguments: ['include_arrays', 'remove_empty'] }),
  fn('JSON_ARRAY_INSERT', ['JSON, STRING, ANY... -> JSON'], { namedArguments: ['insert_each_element'] }),
  fn('JSON_ARRAY_APPEND', ['JSON, STRING, ANY... -> JSON'], { namedArguments: ['append_each_element'] }),
  fn('JSON_CONTAINS', ['JSON, JSON -> BOOL']),
  fn('BOOL', ['JSON -> BOOL']),
  fn('INT64', ['JSON -> INT64']),
  fn('FLOAT64', ['JSON -> FLOAT64'], { namedArguments: ['wide_number_mode'] }),
  fn('FLOAT32', ['JSON -> FLOAT32'], { namedArguments: ['wide_number_mode'] }),
  fn('STRING', ['JSON -> STRING', 'TIMESTAMP, [STRING] -> STRING']),
  fn('BOOL_ARRAY', ['JSON -> ARRAY<BOOL>']),
  fn('INT64_ARRAY', ['JSON -> ARRAY<INT64>']),
  fn('FLOAT64_ARRAY', ['JSON -> ARRAY<FLOAT64>'], { namedArguments: ['wide_number_mode'] }),
  fn('FLOAT32_ARRAY', ['JSON -> ARRAY<FLOAT32>'], { namedArguments: ['wide_number_mode'] }),
  fn('STRING_ARRAY', ['JSON -> ARRAY<STRING>']),
  fn('LAX_BOOL', ['JSON -> BOOL']),
  fn('LAX_INT64', ['JSON -> INT64']),
  fn('LAX_FLOAT64', ['JSON -> FLOAT64']),
  fn('LAX_STRING', ['JSON -> STRING']),
  // GoogleSQL JSON functions Spanner does not offer.
  fn('JSON_EXTRACT', ['STRING, STRING -> STRING', 'JSON, STRING -> JSON'], { supported: false }),
  fn('JSON_EXTRACT_SCALAR', ['STRING, [STRING] -> STRING', 'JSON, [STRING] -> STRING'], { supported: false }),
];
