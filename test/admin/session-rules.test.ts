/**
 * The rules of new sessions, table-driven: labels (the official emulator's cases), the creator
 * role against a database's roles, BatchCreateSessions' count, session ids and session names.
 */
import { Code } from '../../src/errors';
import { initialSchema } from '../../src/engine/schema/schema-change';
import { parseSessionName, sessionName } from '../../src/resources/resource-names';
import {
  batchSessionCount,
  MAX_SESSIONS_PER_BATCH,
  newSessionId,
  validateCreatorRole,
  validateSessionLabels,
} from '../../src/resources/sessions/session-rules';

const error = (code: Code, message: string) => expect.objectContaining({ code, message });

describe('session labels', () => {
  test('accepts the documented forms', () => {
    expect(() =>
      validateSessionLabels({
        a: 'b',
        a1: '1',
        'a-1': '-1',
        a_: '_',
        ['a'.repeat(63)]: '',
        été: 'ñandú',
      }),
    ).not.toThrow();
    expect(() => validateSessionLabels({})).not.toThrow();
  });

  test('at most 64 labels', () => {
    const labels = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`key-${i}`, `value-${i}`]));
    expect(() => validateSessionLabels(labels)).toThrow(
      error(Code.INVALID_ARGUMENT, 'Too many labels: 65. There can be a maximum of 64 labels per resource.'),
    );
    delete labels['key-64'];
    expect(() => validateSessionLabels(labels)).not.toThrow();
  });

  test.each(['key%', '', '100', '-', '_', 'invalid\\key', 'iKey', 'a'.repeat(64)])('refuses the key %j', (key) => {
    expect(() => validateSessionLabels({ [key]: 'value' })).toThrow(
      error(
        Code.INVALID_ARGUMENT,
        'Label keys must be between 1-63 characters long, consist only of lowercase letters, digits, ' +
          `underscores, and dashes, and must start with a letter. Got: ${key}`,
      ),
    );
  });

  test.each(['value%', 'invalid\\key', 'iKey', 'a'.repeat(64), 'with space'])('refuses the value %j', (value) => {
    expect(() => validateSessionLabels({ key: value })).toThrow(
      expect.objectContaining({
        code: Code.INVALID_ARGUMENT,
        message: expect.stringMatching(/^Non-empty label values must be between 1-63 characters long/),
      }),
    );
  });
});

describe('creator role', () => {
  const catalog = initialSchema('db', ['CREATE ROLE analyst']).catalog;

  test.each(['', 'analyst', 'ANALYST', 'public', 'spanner_info_reader', 'spanner_sys_reader'])('accepts %j', (role) => {
    expect(() => validateCreatorRole(role, catalog)).not.toThrow();
  });

  test.each(['nobody', 'analyst2'])('refuses %j with PERMISSION_DENIED', (role) => {
    expect(() => validateCreatorRole(role, catalog)).toThrow(error(Code.PERMISSION_DENIED, `Role not found: ${role}`));
  });
});

describe('BatchCreateSessions count', () => {
  const template = { labels: {}, creatorRole: '', multiplexed: false };

  test.each([
    [1, 1],
    [25, 25],
    [100, 100],
    [101, MAX_SESSIONS_PER_BATCH],
    [2_000_000_000, MAX_SESSIONS_PER_BATCH],
  ])('%d requested gives %d', (requested, expected) => {
    expect(batchSessionCount(requested, template)).toBe(expected);
  });

  test.each([0, -1])('%d is refused', (requested) => {
    expect(() => batchSessionCount(requested, template)).toThrow(
      error(
        Code.INVALID_ARGUMENT,
        `Invalid number of sessions ${requested}. Requested sessions should be greater than 0.`,
      ),
    );
  });

  test('a multiplexed template is refused', () => {
    expect(() => batchSessionCount(5, { ...template, multiplexed: true })).toThrow(
      error(Code.INVALID_ARGUMENT, 'Multiplexed sessions may not be created in batch.'),
    );
  });
});

describe('session ids and names', () => {
  test('ids are random and URL-safe', () => {
    const ids = new Set(Array.from({ length: 1000 }, newSessionId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{44}$/);
  });

  test('names parse back into their parts', () => {
    const name = sessionName('projects/p/instances/i/databases/d', 'abc');
    expect(name).toBe('projects/p/instances/i/databases/d/sessions/abc');
    expect(parseSessionName(name)).toEqual({ project: 'p', instance: 'i', database: 'd', session: 'abc' });
  });

  test.each([
    ['', 'Invalid project uri: '],
    ['sessions/abc', 'Invalid project uri: sessions/abc'],
    ['projects/p/sessions/abc', 'Invalid instance uri: projects/p/sessions/abc'],
    ['projects/p/instances/i/sessions/abc', 'Invalid database uri: projects/p/instances/i/sessions/abc'],
    ['projects/p/instances/i/databases/d', 'Invalid session uri: projects/p/instances/i/databases/d'],
    [
      'projects/p/instances/i/databases/d/sessions/',
      'Invalid session uri: projects/p/instances/i/databases/d/sessions/',
    ],
    [
      'projects/p/instances/i/databases/d/sessions/a/b',
      'Invalid session uri: projects/p/instances/i/databases/d/sessions/a/b',
    ],
  ])('malformed name %j', (name, message) => {
    expect(() => parseSessionName(name)).toThrow(error(Code.INVALID_ARGUMENT, message));
  });
});
