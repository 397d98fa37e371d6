/**
 * google.protobuf.Duration values in request JSON. proto3 JSON writes a Duration as an optionally
 * negative count of seconds with up to nine fractional digits ("-5s", "1.5s") within ±10,000
 * years; the JSON library refuses the sign and checks neither the digits nor the range. So before
 * decoding, each Duration of the (already normalized) request is checked, replaced by its
 * magnitude, and the place of every negative one remembered; after decoding those are negated.
 * A negative staleness then reaches the handler, which refuses it with Spanner's own message, as
 * it does over gRPC. Durations inside an Any are left to the library (no request carries one).
 */
import * as protobuf from 'protobufjs';
import { invalidJsonValue } from '../../errors';
import { protoFieldName } from './json-normalizer';

const DURATION = '.google.protobuf.Duration';
const DURATION_TYPE_NAME = 'type.googleapis.com/google.protobuf.Duration';
const MAX_SECONDS = 315_576_000_000;
const DURATION_TEXT = /^(-)?(\d+)(?:\.(\d{1,9}))?s$/;

/** Where a negative Duration sits in the request: field names, list indices and map keys. */
type Place = readonly (string | number)[];

function checkedMagnitude(value: unknown, path: string): { magnitude: string; negative: boolean } {
  const text = typeof value === 'string' ? value : '';
  const match = DURATION_TEXT.exec(text);
  if (!match || Number(match[2]) > MAX_SECONDS) throw invalidJsonValue(path, DURATION_TYPE_NAME, value);
  return { magnitude: text.replace(/^-/, ''), negative: match[1] === '-' && /[1-9]/.test(text) };
}

function walkValue(field: protobuf.Field, value: unknown, path: string, place: Place, found: Place[]): unknown {
  if (field.map || field.repeated) {
    const entries = Object.entries(value as object);
    const out: Record<string, unknown> | unknown[] = field.map ? {} : [];
    for (const [key, element] of entries) {
      const step = field.map ? key : Number(key);
      (out as Record<string, unknown>)[key] = walkElement(field, element, `${path}[${key}]`, [...place, step], found);
    }
    return out;
  }
  return walkElement(field, value, path, place, found);
}

function walkElement(field: protobuf.Field, value: unknown, path: string, place: Place, found: Place[]): unknown {
  const type = field.resolvedType;
  if (!(type instanceof protobuf.Type) || value === null) return value;
  if (type.fullName === DURATION) {
    const { magnitude, negative } = checkedMagnitude(value, path);
    if (negative) found.push(place);
    return magnitude;
  }
  if (type.fullName.startsWith('.google.protobuf.')) return value;
  return walkMessage(type, value as Record<string, unknown>, path, place, found);
}

function walkMessage(
  type: protobuf.Type,
  json: Record<string, unknown>,
  path: string,
  place: Place,
  found: Place[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    const field = type.fields[key];
    const name = protoFieldName(field);
    out[key] = walkValue(field, value, path ? `${path}.${name}` : name, [...place, key], found);
  }
  return out;
}

/**
 * Checks the Durations of a normalized request (keys are field names). Returns the JSON with each
 * Duration as its magnitude, and where the negative ones are, for `negateDurations`.
 */
export function unsignDurations(
  type: protobuf.Type,
  json: Record<string, unknown>,
): [Record<string, unknown>, Place[]] {
  const found: Place[] = [];
  return [walkMessage(type, json, '', [], found), found];
}

/** Negates, in the decoded message, the Durations `unsignDurations` found negative. */
export function negateDurations(message: protobuf.Message, places: readonly Place[]): void {
  for (const place of places) {
    let target = message as unknown as Record<string | number, unknown>;
    for (const step of place) target = target[step] as Record<string | number, unknown>;
    // The magnitude decoded to a number or a Long; the encoder takes int64s as decimal text too.
    target.seconds = `-${String(target.seconds ?? 0)}`;
    target.nanos = -((target.nanos as number | undefined) ?? 0);
  }
}
