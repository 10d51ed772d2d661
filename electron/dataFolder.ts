import { chmodSync, mkdirSync, statSync } from 'node:fs';

/**
 * The folder of the patient records: created owner-only (0700), and narrowed back to owner-only if it
 * exists with wider permissions (on POSIX systems; Windows has no mode bits and keeps its ACLs).
 */
export function ensureOwnerOnlyFolder(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32' && (statSync(dir).mode & 0o077) !== 0) chmodSync(dir, 0o700);
  return dir;
}
