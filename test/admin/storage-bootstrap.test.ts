import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openStorage } from '../../src/resources/data-directory';
import { DataDirectoryInUseError } from '../../src/engine/storage/directory-lock';
import { metadataSchemaVersion } from '../../src/resources/metadata-database';

const dirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-storage-'));
  dirs.push(d);
  return d;
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('storage bootstrap', () => {
  test('opens the metadata database in WAL mode with a schema version', () => {
    const dir = tempDir();
    const storage = openStorage(dir);
    expect(storage.metadata.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(metadataSchemaVersion(storage.metadata)).toBeGreaterThanOrEqual(1);
    storage.close();
  });

  test('reopening keeps data and does not re-run migrations', () => {
    const dir = tempDir();
    const first = openStorage(dir);
    first.metadata.prepare('INSERT INTO emulator_info (key, value) VALUES (?, ?)').run('k', 'v');
    const version = metadataSchemaVersion(first.metadata);
    first.close();
    const second = openStorage(dir);
    expect(second.metadata.prepare('SELECT value FROM emulator_info WHERE key = ?').get('k')).toEqual({ value: 'v' });
    expect(metadataSchemaVersion(second.metadata)).toBe(version);
    expect(second.metadata.prepare('SELECT COUNT(*) AS n FROM schema_version').get()).toEqual({ n: version });
    second.close();
  });

  test('a second opener of the same directory is refused until the first closes', () => {
    const dir = tempDir();
    const first = openStorage(dir);
    expect(() => openStorage(dir)).toThrow(DataDirectoryInUseError);
    first.close();
    const again = openStorage(dir);
    again.close();
  });

  test('in-memory storage needs no directory', () => {
    const storage = openStorage(undefined);
    expect(storage.dataDir).toBeUndefined();
    expect(metadataSchemaVersion(storage.metadata)).toBeGreaterThanOrEqual(1);
    storage.close();
  });
});
