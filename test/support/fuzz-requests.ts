/**
 * Random, mostly malformed admin requests for the fuzz test, from a seeded Prng so a failure
 * reproduces: REST routes with their path variables filled by good or broken segments, query
 * parameters and bodies of proto3 JSON that is right, wrong-typed, out of range or not JSON at all;
 * and protobuf bytes for gRPC, encoded from random field values and then perhaps damaged. Values
 * lean to edges (int32 and int64 limits, fractions, huge text, bad base64, unknown enum names).
 */
import * as protobuf from 'protobufjs';
import { gzipSync } from 'zlib';
import { HttpRule } from '../../src/server/rest/http-rules';
import { Prng } from './random-values';

const GOOD_SEGMENTS: Record<string, string> = {
  projects: 'fz',
  instances: 'inst',
  databases: 'db',
  instanceConfigs: 'emulator-config',
  operations: '_auto0',
  backups: 'bk',
  instancePartitions: 'part',
  backupSchedules: 'sched',
  databaseRoles: 'role',
  sessions: 'sess',
};

const BAD_SEGMENTS = [
  '%ZZ',
  '%',
  '%E0%A4',
  '%00',
  '%2F',
  '%25',
  'UPPER',
  '-',
  '..',
  '%22',
  'a'.repeat(300),
  'x'.repeat(5000),
];
const ODD_TEXT = ['', ' ', 'abc', '☃', '\u0000', 'x'.repeat(2000), "'", '"', '{', 'NaN', 'projects/fz/instances/inst'];
const NUMBERS = [0, 1, -1, 1.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 3_000_000, 99999999999, 1e300, -0];
const NUMBER_TEXT = ['7', '-3', '1e2', '1.0', '9223372036854775808', '18446744073709551616', 'abc', '', 'NaN', '0x10'];
const DDL = ['CREATE TABLE T (K INT64) PRIMARY KEY (K)', 'DROP TABLE T', 'CREATE INDEX I ON T(K)', 'garbage', ''];
const RAW_BODIES = ['"str"', '[]', '1', 'null', '{', '{"a":', 'true', '', '{"instance":"x"}', '\ufeff{}'];

export interface FuzzRoute {
  readonly rule: HttpRule;
  readonly requestType: protobuf.Type;
}

export interface RestRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer | undefined;
}

function fillSegments(r: Prng, pattern: string): string {
  const parts = pattern.split('/');
  return parts
    .map((part, i) => {
      if (part === '**') return r.pick(['a/b', '%ZZ', 'op']);
      if (part !== '*') return part;
      return r.int(5) === 0 ? r.pick(BAD_SEGMENTS) : (GOOD_SEGMENTS[parts[i - 1]] ?? 'x');
    })
    .join('/');
}

function fillPath(r: Prng, template: string): string {
  return template.replace(/\{([^}=]+)(?:=([^}]*))?\}/g, (_m, _field: string, pattern = '*') =>
    fillSegments(r, pattern),
  );
}

function randomScalar(r: Prng, type: string): unknown {
  const wrong = r.int(5) === 0;
  if (wrong) return r.pick<unknown>([...NUMBERS, ...ODD_TEXT, true, false, null, [], {}, [1, 2], { a: 1 }]);
  switch (type) {
    case 'string':
      return r.pick([...ODD_TEXT, ...DDL]);
    case 'bool':
      return r.pick<unknown>([true, false, 'true', 'yes']);
    case 'bytes':
      return r.pick(['AAEC/w==', 'AAEC_w', 'not base64!', '====', '']);
    default:
      return r.int(2) === 0 ? r.pick(NUMBERS) : r.pick(NUMBER_TEXT);
  }
}

function randomWellKnown(r: Prng, fullName: string): unknown {
  switch (fullName) {
    case '.google.protobuf.Timestamp':
      return r.pick<unknown>(['2024-01-01T00:00:00Z', 'abc', 5, '9999-99-99T', '0001-01-01T00:00:00Z']);
    case '.google.protobuf.Duration':
      return r.pick<unknown>(['1s', '1.5s', 'abc', '-5s', '99999999999999999999s', 3]);
    case '.google.protobuf.FieldMask':
      return r.pick<unknown>(['displayName', 'a,b', 5, '', 'node_count,labels']);
    case '.google.protobuf.Any':
      return r.pick<unknown>([
        {},
        { '@type': 'bogus' },
        { '@type': 'type.googleapis.com/google.rpc.Status', code: 'x' },
      ]);
    default:
      return r.pick<unknown>([{}, { a: 1 }, [1], 'x', 1, null, { a: { b: [null] } }]);
  }
}

function randomFieldValue(r: Prng, field: protobuf.Field, depth: number): unknown {
  const one = (): unknown => {
    const type = field.resolvedType;
    if (type instanceof protobuf.Enum) return r.pick<unknown>([...Object.keys(type.values), 1, 99, 1.5, 'NOPE', true]);
    if (type instanceof protobuf.Type) {
      if (type.fullName.startsWith('.google.protobuf.')) return randomWellKnown(r, type.fullName);
      return depth > 2 || r.int(6) === 0 ? r.pick<unknown>(['x', 5, [], null]) : randomMessage(r, type, depth + 1);
    }
    return randomScalar(r, field.type);
  };
  if (field.map)
    return r.int(6) === 0 ? one() : Object.fromEntries([0, 1].slice(0, r.int(3)).map((i) => [`k${i}`, one()]));
  if (field.repeated) return r.int(6) === 0 ? one() : Array.from({ length: r.int(4) }, one);
  return one();
}

export function randomMessage(r: Prng, type: protobuf.Type, depth = 0): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const field of type.fieldsArray) {
    if (r.int(3) !== 0) continue;
    const name = r.int(4) === 0 ? field.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : field.name;
    json[name] = randomFieldValue(r, field, depth);
  }
  if (r.int(10) === 0) json[r.pick(['bogus', 'constructor', '__proto__', 'toString'])] = 1;
  return json;
}

function randomQuery(r: Prng): string {
  if (r.int(3) !== 0) return '';
  const names = [
    'pageSize',
    'page_size',
    'pageToken',
    'filter',
    'updateMask',
    'bogus',
    'instance.name',
    '$alt',
    'view',
  ];
  const values = [...NUMBER_TEXT, ...ODD_TEXT.slice(0, 8), 'json;enum-encoding=int', '%ZZ', 'a,b'];
  const params = Array.from({ length: 1 + r.int(3) }, () => `${r.pick(names)}=${encodeURIComponent(r.pick(values))}`);
  return `?${params.join('&')}`;
}

function randomBody(r: Prng, route: FuzzRoute): Buffer | undefined {
  const { rule, requestType } = route;
  if (rule.body === undefined && r.int(8) !== 0) return undefined;
  if (r.int(6) === 0) return r.int(3) === 0 ? Buffer.from([0xff, 0xfe, 0x7b, 0x80]) : Buffer.from(r.pick(RAW_BODIES));
  const field =
    rule.body && rule.body !== '*'
      ? requestType.fields[rule.body.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())]
      : undefined;
  const json = field ? randomFieldValue(r, field, 0) : randomMessage(r, requestType);
  return Buffer.from(JSON.stringify(json) ?? 'null');
}

export function randomRestRequest(r: Prng, route: FuzzRoute): RestRequest {
  const method = r.int(10) === 0 ? r.pick(['GET', 'POST', 'PATCH', 'DELETE', 'PUT']) : route.rule.verb;
  let body = method === 'GET' ? undefined : randomBody(r, route);
  const headers: Record<string, string> = {
    'content-type': r.pick(['application/json', 'application/json', 'text/plain']),
  };
  if (body !== undefined && r.int(12) === 0) {
    const encoding = r.pick(['gzip', 'deflate', 'br', 'bogus', 'gzip, br', 'identity']);
    headers['content-encoding'] = encoding;
    if (encoding === 'gzip' && r.int(2) === 0) body = gzipSync(body);
  }
  return { method, path: fillPath(r, route.rule.template) + randomQuery(r), headers, body };
}

/** A protobufjs object with random values of the right JS kinds, for binary encoding. */
function randomObject(r: Prng, type: protobuf.Type, depth: number): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const field of type.fieldsArray) {
    if (r.int(2) !== 0) continue;
    const one = (): unknown => {
      const t = field.resolvedType;
      if (t instanceof protobuf.Enum) return r.pick([...Object.values(t.values), 99, -1]);
      if (t instanceof protobuf.Type) return depth > 2 ? {} : randomObject(r, t, depth + 1);
      if (field.type === 'string') return r.pick([...ODD_TEXT, ...DDL]);
      if (field.type === 'bool') return r.int(2) === 0;
      if (field.type === 'bytes') return Buffer.from(r.pick(ODD_TEXT));
      return r.pick([0, 1, -1, 2 ** 31 - 1, 3_000_000, -(2 ** 31), 2 ** 32 - 1]);
    };
    object[field.name] = field.map ? { k: one() } : field.repeated ? [one(), one()] : one();
  }
  return object;
}

/** Bytes for a gRPC request: a random message of the type, maybe damaged, or plain random bytes. */
export function randomRequestBytes(r: Prng, type: protobuf.Type): Buffer {
  const random = () => Buffer.from(Array.from({ length: r.int(48) }, () => r.int(256)));
  if (r.int(4) === 0) return random();
  let bytes: Buffer;
  try {
    bytes = Buffer.from(type.encode(type.fromObject(randomObject(r, type, 0))).finish());
  } catch {
    return random();
  }
  switch (r.int(4)) {
    case 0:
      return bytes.subarray(0, r.int(bytes.length + 1));
    case 1:
      if (bytes.length > 0) bytes[r.int(bytes.length)] = r.int(256);
      return bytes;
    case 2:
      return Buffer.concat([bytes, random()]);
    default:
      return bytes;
  }
}
