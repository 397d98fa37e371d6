// Regenerates generated/ from protos/ with buf and ts-proto (npm packages only, no system protoc).
// With --check it generates into a temporary folder and fails if that differs from generated/,
// so CI catches a stale or hand-edited generated/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const check = process.argv.includes('--check');
const outDir = check ? fs.mkdtempSync(path.join(os.tmpdir(), 'generated-')) : path.join(root, 'generated');

function generateInto(dir) {
  const template = fs.readFileSync(path.join(root, 'buf.gen.yaml'), 'utf8').replace(/out: generated/, `out: ${dir}`);
  const bufBin = path.join(root, 'node_modules', '.bin', 'buf');
  fs.rmSync(dir, { recursive: true, force: true });
  execFileSync(bufBin, ['generate', '--template', template], { cwd: root, stdio: 'inherit' });
}

function listFiles(dir, prefix = '') {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    );
}

generateInto(outDir);
if (check) {
  const want = listFiles(outDir).sort();
  const have = fs.existsSync(path.join(root, 'generated')) ? listFiles(path.join(root, 'generated')).sort() : [];
  const differing = [...new Set([...want, ...have])].filter((f) => {
    const a = path.join(outDir, f);
    const b = path.join(root, 'generated', f);
    return !fs.existsSync(a) || !fs.existsSync(b) || !fs.readFileSync(a).equals(fs.readFileSync(b));
  });
  fs.rmSync(outDir, { recursive: true, force: true });
  if (differing.length > 0) {
    console.error(`generated/ is stale; run \`npm run generate\`. Differs: ${differing.join(', ')}`);
    process.exit(1);
  }
  console.log(`generated/ is current (${want.length} files)`);
} else {
  console.log(`generated/: ${listFiles(outDir).length} files`);
}
