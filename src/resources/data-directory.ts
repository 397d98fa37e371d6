/**
 * Opens the emulator's storage: checks that the data directory is usable, takes the directory lock,
 * checks the metadata file, then opens it. With in-memory storage there is no directory and no
 * lock; everything is gone at exit. Anything that stops a data directory from being used is a
 * StartupError naming the path and what to do; a damaged metadata file is left exactly as found.
 */
import * as fs from 'fs';
import * as path from 'path';
import { StartupError } from '../common/startup-error';
import { acquireDirectoryLock, DataDirectoryInUseError, DirectoryLock } from '../engine/storage/directory-lock';
import { sqliteFileDamage } from '../engine/storage/file-integrity';
import type { SqliteDatabase } from '../engine/storage/sqlite-file';
import { METADATA_FILE, openMetadataDatabase } from './metadata-database';

export interface Storage {
  /** Undefined when running in memory. */
  readonly dataDir: string | undefined;
  readonly metadata: SqliteDatabase;
  close(): void;
}

const CHOOSE_ANOTHER = 'or choose another with --data-dir or EMULATOR_DATA_DIR';

function errorCode(e: unknown): string {
  return (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e));
}

function notADirectory(dataDir: string, code: string): StartupError {
  return new StartupError(`The data directory ${dataDir} is not a directory (${code}): ${CHOOSE_ANOTHER.slice(3)}.`);
}

/** Creates the directory if needed and checks this process may read and write it. */
function prepareDirectory(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (e) {
    const code = errorCode(e);
    if (code === 'EEXIST' || code === 'ENOTDIR') throw notADirectory(dataDir, code);
    throw new StartupError(
      `The data directory ${dataDir} cannot be created (${code}): create it or make its parent directory writable, ` +
        `${CHOOSE_ANOTHER}.`,
    );
  }
  if (!fs.statSync(dataDir).isDirectory()) throw notADirectory(dataDir, 'ENOTDIR');
  try {
    // Root passes this whatever the mode bits, except on a read-only file system (EROFS).
    fs.accessSync(dataDir, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
  } catch (e) {
    throw new StartupError(
      `The data directory ${dataDir} is not writable by this process (${errorCode(e)}): ` +
        `make it readable and writable, ${CHOOSE_ANOTHER}.`,
    );
  }
}

/** Refuses a metadata file that is damaged; a missing one is created by openMetadataDatabase. */
function checkMetadataFile(dataDir: string): void {
  const file = path.join(dataDir, METADATA_FILE);
  if (!fs.existsSync(file)) return;
  const damage = sqliteFileDamage(file);
  if (damage === null) return;
  throw new StartupError(
    `The metadata file ${file} is damaged: ${damage}. It was left as it is: restore it from a backup, ` +
      'or move the data directory aside to start with an empty one.',
  );
}

/** Opens the lock and the metadata file, wording any failure with the path it concerns. */
function openOnDisk(dataDir: string): { lock: DirectoryLock; metadata: SqliteDatabase } {
  prepareDirectory(dataDir);
  let lock: DirectoryLock;
  try {
    lock = acquireDirectoryLock(dataDir);
  } catch (e) {
    if (e instanceof DataDirectoryInUseError || !isFileError(e)) throw e;
    throw cannotUse(dataDir, 'emulator.lock', e);
  }
  try {
    checkMetadataFile(dataDir);
    return { lock, metadata: openMetadataDatabase(dataDir) };
  } catch (e) {
    lock.release();
    if (e instanceof StartupError || !isFileError(e)) throw e;
    throw cannotUse(dataDir, METADATA_FILE, e);
  }
}

/** A failure of the file system or of SQLite on the file (both carry a code), not a bug. */
function isFileError(e: unknown): boolean {
  return typeof (e as { code?: unknown }).code === 'string';
}

function cannotUse(dataDir: string, file: string, e: unknown): StartupError {
  const message = e instanceof Error ? e.message : String(e);
  return new StartupError(
    `Cannot open ${path.join(dataDir, file)} (${message}): make it readable and writable by this process, ` +
      `${CHOOSE_ANOTHER}.`,
  );
}

export function openStorage(dataDir: string | undefined): Storage {
  const { lock, metadata } =
    dataDir === undefined ? { lock: undefined, metadata: openMetadataDatabase(undefined) } : openOnDisk(dataDir);
  return {
    dataDir,
    metadata,
    close: () => {
      if (metadata.open) metadata.close();
      lock?.release();
    },
  };
}
