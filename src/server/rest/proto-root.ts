/**
 * Loads the vendored protos/ with protobufjs. The REST gateway needs the reflection data for two
 * things ts-proto does not give: the google.api.http annotations, and exact proto3 JSON.
 * The folder is found by walking up from this file, so it works from src/ and from dist/.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as protobuf from 'protobufjs';

const ENTRY_FILES = [
  'google/spanner/v1/spanner.proto',
  'google/spanner/admin/database/v1/spanner_database_admin.proto',
  'google/spanner/admin/instance/v1/spanner_instance_admin.proto',
  'google/longrunning/operations.proto',
  'google/rpc/error_details.proto',
];

export function findProtosDir(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'protos');
    if (fs.existsSync(path.join(candidate, ENTRY_FILES[0]))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`protos/ not found above ${from}`);
  }
}

let cached: protobuf.Root | undefined;

export function loadProtoRoot(): protobuf.Root {
  if (cached) return cached;
  const dir = findProtosDir();
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => path.join(dir, target);
  root.loadSync(ENTRY_FILES, { keepCase: false });
  root.resolveAll();
  cached = root;
  return root;
}
