/**
 * JSONPath as the JSON functions accept it (GoogleSQL's SQL-standard mode): `$`, then any of
 * `.key` (letters, digits, `_`, `-`, `:` and spaces), `."quoted key"` (`\"` inside) and `[0]`.
 * Wildcards, `..` and filters are refused (`Unsupported operator in JSONPath: *`). A key step
 * also indexes arrays (`$.a.0`) and an index step also names object members (`$[0]` of
 * `{"0": 1}`), as in GoogleSQL. Evaluation here is over the JSON model; json-text-extract.ts
 * walks JSON-formatted strings with the same steps.
 */

import { invalidJsonPath, jsonPathTooDeep } from '../../../../../errors/json-evaluation-errors';
import { MAX_JSON_NESTING } from '../../../../../types/json/json-parser';
import type { JsonValue } from '../../../../../types/json/json-value';
import { BoundedCache } from '../../../../../common/bounded-cache';

export interface JsonPathStep {
  /** `[n]` steps are indexes; `.name` and `."name"` steps are keys. */
  readonly kind: 'key' | 'index';
  readonly text: string;
}

const KEY = /^\.([\p{L}\p{N}_\-:\s]+)/u;
const INDEX = /^\[\s*([\p{N}_-]+)\s*\]/u;
const QUOTED_KEY = /^\."((?:[^\\"]|\\"|\\[^"])*)"/u;
const UNSUPPORTED = /(\*|\.\.|@)/;

const cache = new BoundedCache<readonly JsonPathStep[]>(1000);

/** The steps of a JSONPath; throws OUT_OF_RANGE with GoogleSQL's message when invalid. */
export function parseJsonPath(path: string): readonly JsonPathStep[] {
  return cache.get(path, () => pathSteps(path));
}

function pathSteps(path: string): readonly JsonPathStep[] {
  if (!path.startsWith('$')) throw invalidJsonPath("JSONPath must start with '$'");
  const steps: JsonPathStep[] = [];
  let rest = path.slice(1);
  while (rest !== '') {
    const step = nextStep(rest);
    if (step === null) {
      const unsupported = UNSUPPORTED.exec(rest);
      if (unsupported !== null) throw invalidJsonPath(`Unsupported operator in JSONPath: ${unsupported[1]}`);
      throw invalidJsonPath(`Invalid token in JSONPath at: ${rest}`);
    }
    // The path walks recurse once per step, and no JSON value is deeper than this anyway.
    if (steps.length >= MAX_JSON_NESTING) throw jsonPathTooDeep(MAX_JSON_NESTING);
    steps.push(step.step);
    rest = rest.slice(step.length);
  }
  return steps;
}

function nextStep(rest: string): { step: JsonPathStep; length: number } | null {
  const index = INDEX.exec(rest);
  if (index !== null) return { step: { kind: 'index', text: index[1] }, length: index[0].length };
  const key = KEY.exec(rest);
  if (key !== null) return { step: { kind: 'key', text: key[1] }, length: key[0].length };
  const quoted = QUOTED_KEY.exec(rest);
  if (quoted !== null) return { step: { kind: 'key', text: quoted[1].replace(/\\"/g, '"') }, length: quoted[0].length };
  return null;
}

/** The array position a step names, or null when it names none (`-1`, `a`). */
export function stepIndex(step: JsonPathStep): number | null {
  if (!/^[0-9]+$/.test(step.text)) return null;
  const n = Number(step.text);
  return Number.isSafeInteger(n) ? n : null;
}

/** The member or element one step selects, or undefined when there is none. */
export function applyStep(value: JsonValue, step: JsonPathStep): JsonValue | undefined {
  if (value instanceof Map) return value.get(step.text);
  if (Array.isArray(value)) {
    const i = stepIndex(step);
    return i === null ? undefined : value[i];
  }
  return undefined;
}

/** The value a path selects, or undefined when it selects nothing. */
export function evaluateJsonPath(root: JsonValue, steps: readonly JsonPathStep[]): JsonValue | undefined {
  let current: JsonValue | undefined = root;
  for (const step of steps) {
    if (current === undefined) return undefined;
    current = applyStep(current, step);
  }
  return current;
}
