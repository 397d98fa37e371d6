/**
 * Where the external conformance data lives: ../shared/conformance beside the project root.
 * Tests read it in place; it is never copied into the project.
 */
import * as fs from 'fs';
import * as path from 'path';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const CONFORMANCE_DIR = path.resolve(PROJECT_ROOT, '..', 'shared', 'conformance');

/** Lists the files of one conformance folder, sorted, as absolute paths. */
export function conformanceFiles(subdir: string): string[] {
  const dir = path.join(CONFORMANCE_DIR, subdir);
  return fs
    .readdirSync(dir)
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort()
    .map((f) => path.join(dir, f));
}
