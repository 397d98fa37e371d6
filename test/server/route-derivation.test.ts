import * as protobuf from 'protobufjs';
import { Logger } from '../../src/common/logger';
import { openStorage } from '../../src/resources/data-directory';
import { createServices } from '../../src/handlers/services';
import { AdminPlane } from '../../src/resources/admin-plane';
import { SessionRegistry } from '../../src/resources/sessions/session-registry';
import { DataPlane } from '../../src/resources/data-plane';
import { httpRulesOf } from '../../src/server/rest/http-rules';
import { loadProtoRoot } from '../../src/server/rest/proto-root';
import { RouteTable } from '../../src/server/rest/route-table';

const SERVICES = [
  'google.spanner.v1.Spanner',
  'google.spanner.admin.database.v1.DatabaseAdmin',
  'google.spanner.admin.instance.v1.InstanceAdmin',
  'google.longrunning.Operations',
];

describe('REST routes derived from google.api.http', () => {
  const root = loadProtoRoot();
  const storage = openStorage(undefined);
  const logger = new Logger('silent');
  const admin = AdminPlane.open(storage, logger);
  const sessions = SessionRegistry.open(admin, storage.metadata, {}, logger);
  const data = new DataPlane(sessions, admin.clock);
  const services = createServices({ logger, admin, sessions, data });
  const table = new RouteTable(services, root);
  afterAll(() => {
    data.close();
    sessions.close();
    admin.close();
    storage.close();
  });

  const annotated: [string, protobuf.Method][] = SERVICES.flatMap((s) =>
    Object.values(root.lookupService(s).methods).map((m): [string, protobuf.Method] => [`${s}/${m.name}`, m]),
  ).filter(([, m]) => httpRulesOf(m).length > 0);

  test('the four services expose every proto method to the transports', () => {
    for (const name of SERVICES) {
      const protoMethods = Object.keys(root.lookupService(name).methods).sort();
      const bound = services
        .find((s) => s.name === name)!
        .methods.map((m) => m.name)
        .sort();
      expect(bound).toEqual(protoMethods);
    }
  });

  test('there are many annotated methods (sanity check of the loader)', () => {
    expect(annotated.length).toBeGreaterThan(60);
  });

  test.each(annotated)('%s has a route for each of its rules', (fullName, method) => {
    for (const rule of httpRulesOf(method)) {
      const route = table
        .all()
        .find((r) => r.method.fullName === fullName && r.rule.template === rule.template && r.rule.verb === rule.verb);
      expect(route).toBeDefined();
    }
  });

  test.each([
    [
      'POST',
      '/v1/projects/p/instances/i/databases/d/sessions/s:executeStreamingSql',
      'google.spanner.v1.Spanner/ExecuteStreamingSql',
    ],
    ['POST', '/v1/projects/p/instances/i/databases/d/sessions/s:executeSql', 'google.spanner.v1.Spanner/ExecuteSql'],
    ['GET', '/v1/projects/p/instances/i/databases/d/sessions/s', 'google.spanner.v1.Spanner/GetSession'],
    ['DELETE', '/v1/projects/p/instances/i/databases/d/sessions/s', 'google.spanner.v1.Spanner/DeleteSession'],
    [
      'POST',
      '/v1/projects/p/instances/i/databases/d/sessions:batchCreate',
      'google.spanner.v1.Spanner/BatchCreateSessions',
    ],
    [
      'GET',
      '/v1/projects/p/instances/i/databases/d/ddl',
      'google.spanner.admin.database.v1.DatabaseAdmin/GetDatabaseDdl',
    ],
    [
      'PATCH',
      '/v1/projects/p/instances/i/databases/d/ddl',
      'google.spanner.admin.database.v1.DatabaseAdmin/UpdateDatabaseDdl',
    ],
    [
      'PATCH',
      '/v1/projects/p/instances/i/databases/d',
      'google.spanner.admin.database.v1.DatabaseAdmin/UpdateDatabase',
    ],
    ['GET', '/v1/projects/p/instances', 'google.spanner.admin.instance.v1.InstanceAdmin/ListInstances'],
    ['GET', '/v1/projects/p/instances/i/databases/d/operations/o', 'google.longrunning.Operations/GetOperation'],
    ['GET', '/v1/projects/p/instances/i/operations/o', 'google.longrunning.Operations/GetOperation'],
    ['GET', '/v1/projects/p/instances/i/backups/b/operations/o', 'google.longrunning.Operations/GetOperation'],
    ['GET', '/v1/projects/p/instanceConfigs/c/operations/o', 'google.longrunning.Operations/GetOperation'],
    ['GET', '/v1/projects/p/instances/i/databases/d/operations', 'google.longrunning.Operations/ListOperations'],
    [
      'POST',
      '/v1/projects/p/instances/i/databases/d/operations/o:cancel',
      'google.longrunning.Operations/CancelOperation',
    ],
    ['DELETE', '/v1/projects/p/instances/i/operations/o', 'google.longrunning.Operations/DeleteOperation'],
  ])('%s %s routes to %s', (verb, path, method) => {
    expect(table.match(verb, path)?.route.method.fullName).toBe(method);
  });

  test('unknown paths and wrong verbs do not match', () => {
    expect(table.match('GET', '/v1/nothing')).toBeUndefined();
    expect(table.match('PUT', '/v1/projects/p/instances/i/databases/d/sessions/s')).toBeUndefined();
  });
});
