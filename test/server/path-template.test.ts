import { compileTemplate, matchTemplate } from '../../src/server/rest/path-template';

describe('path templates', () => {
  const cases: [string, string, Record<string, string> | undefined][] = [
    [
      '/v1/{session=projects/*/instances/*/databases/*/sessions/*}:executeSql',
      '/v1/projects/p/instances/i/databases/d/sessions/s:executeSql',
      { session: 'projects/p/instances/i/databases/d/sessions/s' },
    ],
    [
      '/v1/{session=projects/*/instances/*/databases/*/sessions/*}:executeSql',
      '/v1/projects/p/instances/i/databases/d/sessions/s:read',
      undefined,
    ],
    [
      '/v1/{session=projects/*/instances/*/databases/*/sessions/*}:executeSql',
      '/v1/projects/p/instances/i/databases/d/sessions/s',
      undefined,
    ],
    ['/v1/{name=projects/*/instances/*}', '/v1/projects/p/instances/i', { name: 'projects/p/instances/i' }],
    ['/v1/{name=projects/*/instances/*}', '/v1/projects/p/instances/i/databases/d', undefined],
    [
      '/v1/{parent=projects/*/instances/*}/databases',
      '/v1/projects/p/instances/i/databases',
      { parent: 'projects/p/instances/i' },
    ],
    [
      '/v1/{database.name=projects/*/instances/*/databases/*}',
      '/v1/projects/p/instances/i/databases/d',
      { 'database.name': 'projects/p/instances/i/databases/d' },
    ],
    ['/v1/{name=operations/**}', '/v1/operations/a/b/c', { name: 'operations/a/b/c' }],
    ['/v1/{name=operations/**}:cancel', '/v1/operations/a/b:cancel', { name: 'operations/a/b' }],
    ['/v1/{name=projects/*/instances/*}', '/v1/projects/my%20p/instances/i', { name: 'projects/my p/instances/i' }],
    ['/v1/{name=projects/*/instances/*}', '/v1/projects//instances/i', undefined],
  ];

  test.each(cases)('%s matches %s', (template, path, expected) => {
    const values = matchTemplate(compileTemplate(template), path);
    expect(values === undefined ? undefined : Object.fromEntries(values)).toEqual(expected);
  });

  test('rejects a template with unbalanced braces', () => {
    expect(() => compileTemplate('/v1/{name=projects/*')).toThrow('Unbalanced');
  });
});
