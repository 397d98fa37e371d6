import { validateDatabaseId, databaseIdOfCreateStatement } from '../../src/resources/databases/database-rules';
import { resolveCapacity, validateInstanceId, validateLabels } from '../../src/resources/instances/instance-rules';
import { validateOperationId } from '../../src/resources/operations/operations';
import { paginateByKey } from '../../src/resources/pagination';
import {
  parseDatabaseName,
  parseInstanceName,
  parseOperationName,
  parseOperationsCollection,
} from '../../src/resources/resource-names';

const invalid = (message: string | RegExp) =>
  expect.objectContaining({ code: 3, message: expect.stringMatching(message) });

describe('instance ids', () => {
  test.each(['ab', 'my-instance', 'a1', 'x'.repeat(64)])('accepts %j', (id) => {
    expect(() => validateInstanceId(id)).not.toThrow();
  });
  test.each(['a', 'A1', '1ab', 'ab-', 'a_b', 'x'.repeat(65)])('rejects %j', (id) => {
    expect(() => validateInstanceId(id)).toThrow(invalid(/^Instance ID must start with a lowercase letter.*Got: /));
  });
});

describe('database ids', () => {
  test.each(['ab', 'my_db-1', 'x'.repeat(30)])('accepts %j', (id) => {
    expect(() => validateDatabaseId(id)).not.toThrow();
  });
  test.each(['a', 'Db', 'db_', 'db-', '1db', 'x'.repeat(31)])('rejects %j', (id) => {
    expect(() => validateDatabaseId(id)).toThrow(invalid(/^Invalid database name\. .*Got: /));
  });
});

describe('create statements', () => {
  test('name the database, quoted or not', () => {
    expect(databaseIdOfCreateStatement('CREATE DATABASE `my-db`')).toBe('my-db');
    expect(databaseIdOfCreateStatement('CREATE DATABASE mydb')).toBe('mydb');
  });
  test('an empty one is missing', () => {
    expect(() => databaseIdOfCreateStatement('')).toThrow(invalid('Missing create_statement in the request.'));
  });
  test('a syntax error is wrapped as Spanner reports DDL parse errors', () => {
    expect(() => databaseIdOfCreateStatement('CREATE TABLE x')).toThrow(
      invalid(
        /^Error parsing Spanner DDL statement: CREATE TABLE x : Syntax error on line 1, column 14: Expecting '\(' but found 'EOF'$/,
      ),
    );
  });
  test('another statement is not a create statement', () => {
    expect(() => databaseIdOfCreateStatement('DROP TABLE T')).toThrow(
      invalid('Invalid "CREATE DATABASE" statement: DROP TABLE T'),
    );
  });
});

describe('labels', () => {
  test('accepts lowercase keys and values, empty values, and non-Latin lowercase', () => {
    expect(() => validateLabels({ env: 'prod', 'team_x-1': '', ключ: 'значение' })).not.toThrow();
  });
  test.each([
    [{ Env: 'x' }, /^Label keys must be .*Got: Env$/],
    [{ '1env': 'x' }, /^Label keys must be .*Got: 1env$/],
    [{ env: 'Prod' }, /^Non-empty label values must be .*Got: env$/],
  ])('rejects %j', (labels, message) => {
    expect(() => validateLabels(labels)).toThrow(invalid(message));
  });
  test('at most 64', () => {
    const labels = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, 'v']));
    expect(() => validateLabels(labels)).toThrow(
      invalid('Too many labels: 65. There can be a maximum of 64 labels per resource.'),
    );
  });
});

describe('compute capacity', () => {
  test.each([
    [
      { nodeCount: 2, processingUnits: 0 },
      { nodeCount: 2, processingUnits: 2000 },
    ],
    [
      { nodeCount: 0, processingUnits: 300 },
      { nodeCount: 0, processingUnits: 300 },
    ],
    [
      { nodeCount: 0, processingUnits: 3000 },
      { nodeCount: 3, processingUnits: 3000 },
    ],
    [
      { nodeCount: 0, processingUnits: 0 },
      { nodeCount: 0, processingUnits: 0 },
    ],
  ])('%j resolves to %j', (requested, resolved) => {
    expect(resolveCapacity(requested, 'CreateInstance')).toEqual(resolved);
  });
  test('not both', () => {
    expect(() => resolveCapacity({ nodeCount: 1, processingUnits: 1000 }, 'CreateInstance')).toThrow(
      invalid('Invalid CreateInstance request. Only one of nodes or processing units should be specified.'),
    );
  });
  test.each([150, 1500])('processing units %d must be a proper multiple', (units) => {
    expect(() => resolveCapacity({ nodeCount: 0, processingUnits: units }, 'CreateInstance')).toThrow(
      invalid(/^Invalid CreateInstance request. Processing units should be multiple of 100/),
    );
  });
});

describe('operation ids', () => {
  test.each(['op1', 'my_op_2', 'ab'])('accepts %j', (id) => expect(() => validateOperationId(id)).not.toThrow());
  test.each(['a', 'Op1', '1op', 'op-1', 'x'.repeat(129)])('rejects %j', (id) => {
    expect(() => validateOperationId(id)).toThrow(invalid(`Invalid operation id: ${id}.`));
  });
});

describe('resource names', () => {
  test('parse and report the part that is wrong', () => {
    expect(parseInstanceName('projects/p/instances/i')).toEqual({ project: 'p', instance: 'i' });
    expect(parseDatabaseName('projects/p/instances/i/databases/d')).toEqual({
      project: 'p',
      instance: 'i',
      database: 'd',
    });
    expect(() => parseInstanceName('project/p')).toThrow(invalid('Invalid project uri: project/p'));
    expect(() => parseInstanceName('projects/p/instance/i')).toThrow(
      invalid('Invalid instance uri: projects/p/instance/i'),
    );
    expect(() => parseDatabaseName('projects/p/instances/i/databases')).toThrow(invalid(/^Invalid database uri/));
  });
  test('operations live under an instance or a database', () => {
    expect(parseOperationName('projects/p/instances/i/operations/o')).toEqual({
      parent: 'projects/p/instances/i',
      id: 'o',
    });
    expect(parseOperationName('projects/p/instances/i/databases/d/operations/o').parent).toBe(
      'projects/p/instances/i/databases/d',
    );
    expect(parseOperationsCollection('projects/p/instances/i/databases/d/operations')).toBe(
      'projects/p/instances/i/databases/d',
    );
    expect(() => parseOperationName('projects/p/instances/i/backups/b/operations/o')).toThrow(
      invalid(/^Invalid operation uri/),
    );
  });
});

describe('pagination by key', () => {
  const all = ['a', 'b', 'c', 'd', 'e'];
  test('pages chain to the end and stay correct when items change in between', () => {
    const first = paginateByKey(all, (x) => x, 2, '');
    expect(first.items).toEqual(['a', 'b']);
    // 'c' (the next page's first item) is deleted, 'bb' lands on the page already read, 'cc' after it.
    const changed = ['a', 'b', 'bb', 'cc', 'd', 'e'];
    const second = paginateByKey(changed, (x) => x, 2, first.nextPageToken);
    expect(second.items).toEqual(['cc', 'd']);
    const third = paginateByKey(changed, (x) => x, 2, second.nextPageToken);
    expect(third).toEqual({ items: ['e'], nextPageToken: '' });
  });
  test('a page size of 0 means everything; a foreign token is invalid', () => {
    expect(paginateByKey(all, (x) => x, 0, '').items).toEqual(all);
    expect(() => paginateByKey(all, (x) => x, 2, 'bogus')).toThrow(invalid('Invalid page token: bogus'));
  });
});
