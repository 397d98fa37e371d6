/**
 * Reads the google.api.http rules of a proto method (with additional_bindings) into a flat list.
 * The rules are what the REST routes are derived from; nothing is written per method.
 */
import * as protobuf from 'protobufjs';

export type HttpVerb = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRule {
  readonly verb: HttpVerb;
  readonly template: string;
  /** `*` for the whole request, a field name for one field, undefined for no body. */
  readonly body: string | undefined;
}

interface RawRule {
  get?: string;
  put?: string;
  post?: string;
  delete?: string;
  patch?: string;
  body?: string;
  additional_bindings?: RawRule | RawRule[];
  additionalBindings?: RawRule | RawRule[];
}

const VERBS: [keyof RawRule, HttpVerb][] = [
  ['get', 'GET'],
  ['post', 'POST'],
  ['put', 'PUT'],
  ['patch', 'PATCH'],
  ['delete', 'DELETE'],
];

function flatten(raw: RawRule): HttpRule[] {
  const rules: HttpRule[] = [];
  for (const [key, verb] of VERBS) {
    const template = raw[key];
    if (typeof template === 'string') rules.push({ verb, template, body: raw.body || undefined });
  }
  const extra = raw.additional_bindings ?? raw.additionalBindings;
  for (const binding of extra === undefined ? [] : Array.isArray(extra) ? extra : [extra])
    rules.push(...flatten(binding));
  return rules;
}

export function httpRulesOf(method: protobuf.Method): HttpRule[] {
  const options = (method.parsedOptions ?? []) as Record<string, unknown>[];
  return options.flatMap((opt) => {
    const raw = opt['(google.api.http)'] as RawRule | undefined;
    return raw ? flatten(raw) : [];
  });
}
