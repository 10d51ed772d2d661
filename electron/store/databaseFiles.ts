import { closeSync, openSync, readSync } from 'node:fs';
import { rm } from 'node:fs/promises';

/** The first 16 bytes of every plaintext SQLite file (a sealed one's header is encrypted like the rest). */
export const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

/** The files SQLite keeps beside a database while it is in use. */
const SIDE_FILES = ['-wal', '-shm', '-journal'];

/** Removes a database's side files, and the database itself with `withDatabase`; what is absent is skipped. */
export async function removeDatabaseFiles(path: string, options: { withDatabase: boolean }): Promise<void> {
  for (const suffix of options.withDatabase ? ['', ...SIDE_FILES] : SIDE_FILES) await rm(`${path}${suffix}`, { force: true });
}

/** The first `length` bytes of the file at `path` (fewer when it is shorter). */
export function readFileHead(path: string, length: number): Buffer {
  const head = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    return head.subarray(0, readSync(fd, head, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}
