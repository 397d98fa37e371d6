// Refreshes protos/ from the npm package google-proto-files: the Spanner data, database-admin and
// instance-admin APIs, google.longrunning, google.rpc error details, and every file they import.
// It copies files only; `npm run generate` turns them into TypeScript.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = path.dirname(require.resolve('google-proto-files/package.json'));
const target = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'protos');

const rootDirs = [
  'google/spanner/v1',
  'google/spanner/admin/database/v1',
  'google/spanner/admin/instance/v1',
  'google/longrunning',
];
const extraRoots = ['google/rpc/error_details.proto'];

function importsOf(file) {
  const text = fs.readFileSync(path.join(source, file), 'utf8');
  return [...text.matchAll(/^\s*import\s+(?:public\s+|weak\s+)?"([^"]+)";/gm)].map((m) => m[1]);
}

const pending = [
  ...rootDirs.flatMap((d) =>
    fs
      .readdirSync(path.join(source, d))
      .filter((f) => f.endsWith('.proto'))
      .map((f) => `${d}/${f}`),
  ),
  ...extraRoots,
];
const closure = new Set();
while (pending.length > 0) {
  const file = pending.pop();
  if (closure.has(file)) continue;
  closure.add(file);
  pending.push(...importsOf(file));
}

fs.rmSync(target, { recursive: true, force: true });
for (const file of [...closure].sort()) {
  fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
  fs.copyFileSync(path.join(source, file), path.join(target, file));
}
const version = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')).version;
fs.writeFileSync(
  path.join(target, 'SOURCE.md'),
  `Copied by \`npm run protos:refresh\` from the npm package google-proto-files ${version} (Apache-2.0).\n` +
    `Do not edit by hand. ${closure.size} files.\n`,
);
console.log(`protos/: ${closure.size} files from google-proto-files ${version}`);
