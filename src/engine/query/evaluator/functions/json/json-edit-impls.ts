/**
 * The JSON editing functions' argument handling: path-value pairs applied left to right, SQL
 * NULL paths skipped, NULL flags returning the input unchanged, SQL arrays spread into their
 * elements for JSON_ARRAY_INSERT / JSON_ARRAY_APPEND unless told otherwise. The edits themselves
 * are json-mutations.ts.
 */

import { jsonRemoveRootPath } from '../../../../../errors/json-evaluation-errors';
import type { SpannerValue } from '../../../../../types/spanner-value';
import {
  argType,
  namedArgument,
  type CallInfo,
  type FunctionImpl,
  type ImplementationTable,
} from '../../function-implementation';
import { toJson } from './json-conversions';
import { appendAt, editAt, insertAt, removeAt, setAt, stripNulls } from './json-mutations';
import { parseJsonPath, type JsonPathStep } from './json-path';
import { readJson } from './json-query-impls';
import { jsonText, type JsonValue } from '../../../../../types/json/json-value';

type PairEdit = (root: JsonValue, steps: readonly JsonPathStep[], value: SpannerValue, at: ArgAt) => JsonValue;

/** Where a pair's value is among the arguments, and the call's flag. */
interface ArgAt {
  readonly info: CallInfo;
  readonly index: number;
  readonly flag: boolean;
}

/** A function of `(json, path, value, path, value... [, flag => BOOL])`, the flag TRUE by default. */
function pairwise(flagName: string, edit: PairEdit): FunctionImpl {
  return (args: readonly SpannerValue[], info: CallInfo) => {
    const flag = namedArgument(args, info, flagName);
    const positional = info.call.args.length;
    for (let i = 1; i < positional; i += 2) if (args[i] !== null) parseJsonPath(args[i] as string);
    if (args[0] === null || flag === null) return args[0];
    let root = readJson(args[0]);
    for (let i = 1; i + 1 < positional; i += 2) {
      if (args[i] === null) continue;
      root = edit(root, parseJsonPath(args[i] as string), args[i + 1], { info, index: i + 1, flag: flag !== false });
    }
    return jsonText(root);
  };
}

/** The JSON values one SQL value contributes: an array's elements when `spread`. */
function jsonValuesOf(value: SpannerValue, at: ArgAt): JsonValue[] {
  const type = argType(at.info, at.index);
  if (at.flag && type.kind === 'array' && value !== null) {
    return (value as readonly SpannerValue[]).map((v) => toJson(v, type.element));
  }
  return [toJson(value, type)];
}

function jsonRemove(args: readonly SpannerValue[]): SpannerValue {
  const paths = args.slice(1).filter((p): p is string => p !== null);
  const allSteps = paths.map((p) => parseJsonPath(p));
  if (allSteps.some((s) => s.length === 0)) throw jsonRemoveRootPath();
  if (args[0] === null) return null;
  return jsonText(allSteps.reduce((root, steps) => removeAt(root, steps), readJson(args[0])));
}

function jsonStripNulls(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const includeArrays = namedArgument(args, info, 'include_arrays');
  const removeEmpty = namedArgument(args, info, 'remove_empty');
  const path = info.call.args.length > 1 ? args[1] : '$';
  if (path !== null) parseJsonPath(path as string);
  if (args[0] === null || path === null || includeArrays === null || removeEmpty === null) return args[0];
  const options = { includeArrays: includeArrays !== false, removeEmpty: removeEmpty === true };
  const root = readJson(args[0]);
  return jsonText(editAt(root, parseJsonPath(path as string), (v) => stripNulls(v, options)));
}

export const JSON_EDIT_IMPLS: ImplementationTable = {
  json_set: pairwise('create_if_missing', (root, steps, value, at) =>
    setAt(root, steps, toJson(value, argType(at.info, at.index)), at.flag),
  ),
  json_remove: jsonRemove,
  json_strip_nulls: jsonStripNulls,
  json_array_insert: pairwise('insert_each_element', (root, steps, value, at) =>
    insertAt(root, steps, jsonValuesOf(value, at)),
  ),
  json_array_append: pairwise('append_each_element', (root, steps, value, at) =>
    appendAt(root, steps, jsonValuesOf(value, at)),
  ),
};
