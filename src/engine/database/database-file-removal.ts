/**
 * Removing database files so that a drop is whole or nothing. The metadata commit decides whether
 * a database exists; its files go after it, and a removal that fails there cannot be undone. So,
 * before that commit, removalBlocker() checks that the directory holding a file lets this process
 * remove files (a read-only directory or file system does not), and the caller refuses the change
 * with nothing done. After the commit a failure to remove only leaves files that belong to no
 * database, which the next startup sets aside (database-recovery.ts).
 *
 * Also removes the directories a deleted instance leaves empty. It never removes a directory that
 * holds anything, nor anything outside the data directory.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Why files cannot be removed from a database file's directory. */
export interface RemovalBlocker {
  /** The directory, relative to the data directory. */
  readonly directory: string;
  /** The system's error code, e.g. EACCES, EPERM or EROFS. */
  readonly code: string;
}

function codeOf(e: unknown): string {
  return (e as { code?: string }).code ?? String(e);
}

/**
 * Null when the directory of `relative` lets files be created and removed (or there is nothing on
 * disk: in memory, or a directory already gone); otherwise what stops it. Probed by creating and
 * removing an entry, which needs exactly the permissions removing a file needs.
 */
export function removalBlocker(dataDir: string | undefined, relative: string | null): RemovalBlocker | null {
  if (dataDir === undefined || relative === null) return null;
  const directory = path.dirname(relative);
  const absolute = path.join(dataDir, directory);
  if (!fs.existsSync(absolute)) return null;
  try {
    fs.rmdirSync(fs.mkdtempSync(path.join(absolute, '.removal-check-')));
    return null;
  } catch (e) {
    return { directory, code: codeOf(e) };
  }
}

/**
 * Removes `relativeDir` and then each parent, up to but not including the data directory, while
 * they are empty. Stops at the first that is not empty or cannot be removed: leftover directories
 * are untidy, never wrong.
 */
export function removeEmptyDirectories(dataDir: string | undefined, relativeDir: string): void {
  if (dataDir === undefined) return;
  for (let dir = path.normalize(relativeDir); dir !== '.' && !path.isAbsolute(dir); dir = path.dirname(dir)) {
    try {
      fs.rmdirSync(path.join(dataDir, dir));
    } catch (e) {
      if (codeOf(e) !== 'ENOENT') return;
    }
  }
}
