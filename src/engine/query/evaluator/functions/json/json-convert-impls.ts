/**
 * JSON to SQL scalars: BOOL, INT64, FLOAT64, FLOAT32, STRING and their _ARRAY forms (strict),
 * LAX_BOOL, LAX_INT64, LAX_FLOAT64, LAX_STRING (lenient), and STRING(timestamp [, zone]), which
 * shares STRING's function id.
 */

import { isTimestampValue, type SpannerValue } from '../../../../../types/spanner-value';
import { isScalar } from '../../../analyzer/sql-type';
import {
  argType,
  namedArgument,
  strict,
  type CallInfo,
  type FunctionImpl,
  type ImplementationTable,
} from '../../function-implementation';
import { laxBool, laxFloat64, laxInt64, laxString } from './json-lax';
import { readJson } from './json-query-impls';
import {
  jsonToArray,
  jsonToBool,
  jsonToFloat32,
  jsonToFloat64,
  jsonToInt64,
  jsonToString,
  numberModeOf,
  type NumberMode,
} from './json-to-sql';
import type { JsonValue } from '../../../../../types/json/json-value';
import { timestampToString } from '../datetime/zoned-time';

function converter(convert: (v: JsonValue) => SpannerValue): FunctionImpl {
  return strict(([json]) => convert(readJson(json)));
}

/** FLOAT64(json, wide_number_mode => ...) and the other number-mode converters. */
function numberConverter(convert: (v: JsonValue, mode: NumberMode) => SpannerValue): FunctionImpl {
  return (args: readonly SpannerValue[], info: CallInfo) => {
    const modeArg = namedArgument(args, info, 'wide_number_mode');
    if (args[0] === null || modeArg === null) return null;
    return convert(readJson(args[0]), numberModeOf(modeArg));
  };
}

function stringFunction(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  if (!isScalar(argType(info, 0), 'TIMESTAMP')) return args[0] === null ? null : jsonToString(readJson(args[0]));
  const [ts, zone] = args;
  if (ts === null || zone === null || !isTimestampValue(ts)) return null;
  return timestampToString(ts.nanos, zone === undefined ? info.ctx.timeZone : (zone as string));
}

export const JSON_CONVERT_IMPLS: ImplementationTable = {
  bool: converter(jsonToBool),
  int64: converter(jsonToInt64),
  float64: numberConverter(jsonToFloat64),
  float32: numberConverter(jsonToFloat32),
  string: stringFunction,
  bool_array: converter((v) => jsonToArray(v, jsonToBool)),
  int64_array: converter((v) => jsonToArray(v, jsonToInt64)),
  float64_array: numberConverter((v, mode) => jsonToArray(v, (e) => jsonToFloat64(e, mode))),
  float32_array: numberConverter((v, mode) => jsonToArray(v, (e) => jsonToFloat32(e, mode))),
  string_array: converter((v) => jsonToArray(v, jsonToString)),
  lax_bool: converter(laxBool),
  lax_int64: converter(laxInt64),
  lax_float64: converter(laxFloat64),
  lax_string: converter(laxString),
};
