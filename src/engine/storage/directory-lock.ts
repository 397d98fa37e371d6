/**
 * Keeps one emulator per data directory. The lock is an exclusive SQLite transaction held on a
 * small lock file for the life of the process: the operating system releases it when the process
 * exits, even by a crash, so a stale lock never blocks a restart (a PID file would).
 */
import Database from 'better-sqlite3';
import * as path from 'path';
import { StartupError } from '../../common/startup-error';

export class DataDirectoryInUseError extends StartupError {
  constructor(readonly dataDir: string) {
    super(`Data directory ${dataDir} is in use by another emulator process; stop it or choose another --data-dir.`);
    this.name = 'DataDirectoryInUseError';
  }
}

export interface DirectoryLock {
  release(): void;
}

export function acquireDirectoryLock(dataDir: string): DirectoryLock {
  const db = new Database(path.join(dataDir, 'emulator.lock'), { timeout: 0 });
  try {
    db.pragma('journal_mode = DELETE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY')) throw new DataDirectoryInUseError(dataDir);
    throw e;
  }
  return {
    release: () => {
      if (!db.open) return;
      db.exec('ROLLBACK');
      db.close();
    },
  };
}
