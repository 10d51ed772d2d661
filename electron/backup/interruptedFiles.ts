import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isTemporaryName } from '../atomicWrite.ts';

/**
 * What an interrupted backup or restore leaves behind (a crash, a power cut, the app killed): SQLite's
 * copy in progress (`.partial-*`, with its journal) in the backups folder, and the atomic writer's
 * temporary files (`*.<uuid>.tmp`): a backup, a photo of the backups' store or a manifest being written,
 * a restore staged beside the database, a copy being kept aside, photos being put back. None is a
 * whole file (a whole one has been renamed to its name), and each may be as large as the records.
 */
export type InterruptedFilePlaces = {
  backupDir: string;
  /** The database: its folder is searched for the restore's files, named after it. */
  databasePath: string;
  /** The data folder's photos/, where a restore puts photos back. */
  photoDir?: string;
};

const PARTIAL_BACKUP = /^\.partial-/;

/**
 * Removes the leftovers; answers their paths. Run at start, before any backup or restore can be in
 * progress (the backup service does, when it is created). A file that cannot be removed stays for the
 * next start: it is no whole file anyone needs.
 */
export function removeInterruptedFiles(places: InterruptedFilePlaces): string[] {
  const removed: string[] = [];
  const remove = (path: string) => {
    try {
      rmSync(path, { force: true });
      removed.push(path);
    } catch {
      // Left for the next start.
    }
  };
  const dbName = basename(places.databasePath);
  for (const name of namesIn(places.backupDir)) if (PARTIAL_BACKUP.test(name) || isTemporaryName(name)) remove(join(places.backupDir, name));
  for (const path of filesOneLevelDown(join(places.backupDir, 'photos'))) if (isTemporaryName(basename(path))) remove(path);
  for (const name of namesIn(dirname(places.databasePath))) if (name.startsWith(`${dbName}.`) && isTemporaryName(name)) remove(join(dirname(places.databasePath), name));
  if (places.photoDir !== undefined) for (const path of filesOneLevelDown(places.photoDir)) if (isTemporaryName(basename(path))) remove(path);
  return removed;
}

function namesIn(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** The files of `folder` and of its subfolders (the photo stores shard by the hash's first two digits). */
function filesOneLevelDown(folder: string): string[] {
  const files: string[] = [];
  for (const name of namesIn(folder)) {
    const path = join(folder, name);
    if (isFolder(path)) files.push(...namesIn(path).map((inner) => join(path, inner)));
    else files.push(path);
  }
  return files;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
