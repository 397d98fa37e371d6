/**
 * Opens the emulator's storage: takes the directory lock, then the metadata database. With
 * in-memory storage there is no directory and no lock; everything is gone at exit.
 */
import * as fs from 'fs';
import { acquireDirectoryLock, DirectoryLock } from '../engine/storage/directory-lock';
import type { SqliteDatabase } from '../engine/storage/sqlite-file';
import { openMetadataDatabase } from './metadata-database';

export interface Storage {
  /** Undefined when running in memory. */
  readonly dataDir: string | undefined;
  readonly metadata: SqliteDatabase;
  close(): void;
}

export function openStorage(dataDir: string | undefined): Storage {
  let lock: DirectoryLock | undefined;
  if (dataDir !== undefined) {
    fs.mkdirSync(dataDir, { recursive: true });
    lock = acquireDirectoryLock(dataDir);
  }
  try {
    const metadata = openMetadataDatabase(dataDir);
    return {
      dataDir,
      metadata,
      close: () => {
        if (metadata.open) metadata.close();
        lock?.release();
      },
    };
  } catch (e) {
    lock?.release();
    throw e;
  }
}
