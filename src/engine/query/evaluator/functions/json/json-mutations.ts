/**
 * The JSON edits: JSON_SET, JSON_REMOVE, JSON_STRIP_NULLS, JSON_ARRAY_INSERT and
 * JSON_ARRAY_APPEND, over a freshly parsed document (so edits happen in place). As GoogleSQL
 * documents them, an edit whose path meets a value of the wrong kind is skipped, not an error;
 * only a malformed JSONPath (and `$` for JSON_REMOVE) fails.
 */

import { applyStep, stepIndex, type JsonPathStep } from './json-path';
import { jsonArrayPaddingTooLarge } from '../../../../../errors/json-evaluation-errors';
import type { JsonValue } from '../../../../../types/json/json-value';

/** Each padding null takes at least 5 bytes of JSON text (`null,`). */
const PADDING_NULL_BYTES = 5;
const MAX_JSON_BYTES = 1 << 20;

/**
 * Pads `array` with nulls up to `index`. A path such as `$[2000000000]` would otherwise allocate
 * billions of elements and abort the process, so padding whose text alone would pass 1 MB is refused.
 */
function padTo(array: JsonValue[], index: number): void {
  if ((index - array.length) * PADDING_NULL_BYTES > MAX_JSON_BYTES)
    throw jsonArrayPaddingTooLarge(index, MAX_JSON_BYTES);
  while (array.length < index) array.push(null);
}

/** Inserts `values` into `array` at `index` without spreading them as call arguments (stack bound). */
function insertValues(array: JsonValue[], index: number, values: readonly JsonValue[]): void {
  const tail = array.splice(index);
  for (const v of values) array.push(v);
  for (const v of tail) array.push(v);
}

/** Replaces the value at an existing path by `edit(value)`; `undefined` from `edit` skips. */
export function editAt(
  root: JsonValue,
  steps: readonly JsonPathStep[],
  edit: (v: JsonValue) => JsonValue | undefined,
): JsonValue {
  if (steps.length === 0) {
    const edited = edit(root);
    return edited === undefined ? root : edited;
  }
  const [step, ...rest] = steps;
  const child = applyStep(root, step);
  if (child === undefined) return root;
  const replaced = editAt(child, rest, edit);
  if (root instanceof Map) root.set(step.text, replaced);
  else if (Array.isArray(root)) root[stepIndex(step) as number] = replaced;
  return root;
}

/** A fresh value holding `value` at `steps` (arrays padded with nulls), or undefined if impossible. */
function build(steps: readonly JsonPathStep[], value: JsonValue): JsonValue | undefined {
  if (steps.length === 0) return value;
  const [step, ...rest] = steps;
  const inner = build(rest, value);
  if (inner === undefined) return undefined;
  if (step.kind === 'key') return new Map([[step.text, inner]]);
  const index = stepIndex(step);
  if (index === null) return undefined;
  const array: JsonValue[] = [];
  padTo(array, index);
  array.push(inner);
  return array;
}

/** JSON_SET of one path-value pair. */
export function setAt(node: JsonValue, steps: readonly JsonPathStep[], value: JsonValue, create: boolean): JsonValue {
  if (steps.length === 0) return value;
  const [step, ...rest] = steps;
  if (node instanceof Map) {
    const child = node.get(step.text);
    if (child !== undefined) node.set(step.text, setAt(child, rest, value, create));
    else if (create) {
      const created = build(rest, value);
      if (created !== undefined) node.set(step.text, created);
    }
    return node;
  }
  if (Array.isArray(node)) {
    const index = stepIndex(step);
    if (index === null) return node;
    if (index < node.length) node[index] = setAt(node[index], rest, value, create);
    else if (create) {
      const created = build(rest, value);
      if (created !== undefined) {
        padTo(node, index);
        node.push(created);
      }
    }
    return node;
  }
  if (node === null && create) {
    const created = build(steps, value);
    return created === undefined ? node : created;
  }
  return node;
}

/** JSON_REMOVE of one path (never `$`). */
export function removeAt(root: JsonValue, steps: readonly JsonPathStep[]): JsonValue {
  const last = steps[steps.length - 1];
  return editAt(root, steps.slice(0, -1), (parent) => {
    if (parent instanceof Map) parent.delete(last.text);
    else if (Array.isArray(parent)) {
      const index = stepIndex(last);
      if (index !== null && index < parent.length) parent.splice(index, 1);
    }
    return parent;
  });
}

export interface StripOptions {
  readonly includeArrays: boolean;
  readonly removeEmpty: boolean;
}

function isEmptyContainer(v: JsonValue, options: StripOptions): boolean {
  if (v instanceof Map) return v.size === 0;
  return options.includeArrays && Array.isArray(v) && v.length === 0;
}

/** JSON_STRIP_NULLS of one value; JSON null when nothing is left. */
export function stripNulls(v: JsonValue, options: StripOptions): JsonValue {
  const stripped = stripInner(v, options);
  return options.removeEmpty && isEmptyContainer(stripped, options) ? null : stripped;
}

function stripInner(v: JsonValue, options: StripOptions): JsonValue {
  const drop = (x: JsonValue): boolean => x === null || (options.removeEmpty && isEmptyContainer(x, options));
  if (v instanceof Map) {
    for (const [key, child] of [...v]) {
      const stripped = stripInner(child, options);
      if (drop(stripped)) v.delete(key);
      else v.set(key, stripped);
    }
    return v;
  }
  if (Array.isArray(v)) {
    const items = v.map((x) => stripInner(x, options));
    return options.includeArrays ? items.filter((x) => !drop(x)) : items;
  }
  return v;
}

/** JSON_ARRAY_INSERT of one path: `values` go in at the path's final index. */
export function insertAt(root: JsonValue, steps: readonly JsonPathStep[], values: readonly JsonValue[]): JsonValue {
  if (steps.length === 0) return root;
  const index = stepIndex(steps[steps.length - 1]);
  if (index === null) return root;
  return editAt(root, steps.slice(0, -1), (parent) => {
    if (parent !== null && !Array.isArray(parent)) return undefined;
    const array = parent ?? [];
    padTo(array, index);
    insertValues(array, index, values);
    return array;
  });
}

/** JSON_ARRAY_APPEND of one path. */
export function appendAt(root: JsonValue, steps: readonly JsonPathStep[], values: readonly JsonValue[]): JsonValue {
  return editAt(root, steps, (target) => {
    if (target !== null && !Array.isArray(target)) return undefined;
    const array = target ?? [];
    for (const v of values) array.push(v);
    return array;
  });
}
