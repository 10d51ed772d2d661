import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The copies of the records a restore keeps aside beside the database (`<db>.before-restore-<time>`,
 * with its `-wal` when it had one). Each is a whole database: kept without end, ten restores while
 * trying backups out would leave ten. The newest few stay, enough to undo the last restores by hand.
 */
const KEPT_ASIDE_COPIES = 3;

const MARK = '.before-restore-';
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;

/** Where a restore at `at` keeps the records it replaces; the names sort by time. */
export function keptAsidePath(dbPath: string, at: Date): string {
  return `${dbPath}${MARK}${at.toISOString().replace(/[:.]/g, '-')}`;
}

/** The copies kept aside of the database at `dbPath` (their names in its folder), newest first. */
export function keptAsideCopies(dbPath: string): string[] {
  const prefix = `${basename(dbPath)}${MARK}`;
  let names: string[];
  try {
    names = readdirSync(dirname(dbPath));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => name.startsWith(prefix) && STAMP.test(name.slice(prefix.length)))
    .sort()
    .reverse();
}

/** Removes the copies kept aside beyond the newest `keep`, each with its log; answers the names removed. */
export function rotateKeptAside(dbPath: string, keep = KEPT_ASIDE_COPIES): string[] {
  const removed = keptAsideCopies(dbPath).slice(Math.max(0, keep));
  for (const name of removed) {
    const path = join(dirname(dbPath), name);
    rmSync(`${path}-wal`, { force: true });
    rmSync(path, { force: true });
  }
  return removed;
}
