/**
 * Database files under the data directory that belong to no registered database: the file of a
 * CreateDatabase interrupted by a crash before its metadata commit, the file of a drop interrupted
 * between its metadata commit and the deletion, and the `-wal`/`-shm`/`-journal` companions such
 * crashes leave. Only names of the layout databaseFileOf() produces are considered
 * (`projects/<p>/instances/<i>/databases/<d>.sqlite` and its companions); anything else in the
 * directory is never touched. Deciding what is registered is the caller's.
 */
import * as fs from 'fs';
import * as path from 'path';

const COMPANION = /-(wal|shm|journal)$/;

/** The database file a file under a `databases` directory belongs to, or null if none. */
function mainFileOf(name: string): string | null {
  const main = name.replace(COMPANION, '');
  return main.endsWith('.sqlite') && main.length > '.sqlite'.length ? main : null;
}

function subdirectories(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
}

/** Relative paths of every `databases` directory under `projects/<p>/instances/<i>/`. */
function databaseDirectories(dataDir: string): string[] {
  const dirs: string[] = [];
  for (const project of subdirectories(path.join(dataDir, 'projects'))) {
    const instances = path.join('projects', project, 'instances');
    for (const instance of subdirectories(path.join(dataDir, instances))) {
      const databases = path.join(instances, instance, 'databases');
      if (fs.existsSync(path.join(dataDir, databases))) dirs.push(databases);
    }
  }
  return dirs;
}

/**
 * Relative paths of the files (database files and companions) whose database file is not in
 * `registered` (relative paths as databaseFileOf() gives them), sorted.
 */
export function findStrayDatabaseFiles(dataDir: string, registered: ReadonlySet<string>): string[] {
  const strays: string[] = [];
  for (const dir of databaseDirectories(dataDir)) {
    for (const entry of fs.readdirSync(path.join(dataDir, dir), { withFileTypes: true })) {
      const main = entry.isFile() ? mainFileOf(entry.name) : null;
      if (main !== null && !registered.has(path.join(dir, main))) strays.push(path.join(dir, entry.name));
    }
  }
  return strays.sort();
}

/**
 * Moves a stray file to `<dataDir>/orphaned/<its relative path>.<stamp>` rather than deleting it:
 * "no metadata row names it" is strong evidence, not proof (a metadata file restored from an older
 * backup would make every newer database look stray), and a move can be undone. Returns the new
 * relative path.
 */
export function setStrayFileAside(dataDir: string, relative: string, stamp: string): string {
  const target = path.join('orphaned', `${relative}.${stamp}`);
  fs.mkdirSync(path.dirname(path.join(dataDir, target)), { recursive: true });
  fs.renameSync(path.join(dataDir, relative), path.join(dataDir, target));
  return target;
}
