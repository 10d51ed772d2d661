import { readdirSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupPhotos } from '../../shared/backups.ts';

/**
 * Backup files are named for the moment they were taken, in UTC, so that names sort by time:
 * mesochart-2025-01-06T09-30-00-000Z.sqlite, or .sqlite.enc when encrypted. A second backup within
 * the same millisecond gets a counter (-1, -2...) after the time.
 */
const NAME = /^mesochart-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d+))?\.sqlite(\.enc)?$/;

const ENCRYPTED_SUFFIX = '.enc';

/** The manifest of a backup's photos, beside it (backupPhotos.ts). */
export const manifestName = (backupFile: string) => `${backupFile}.photos.json`;

/** The photos a backup's manifest lists; null without a manifest (a backup of the records only). */
function photosOf(dir: string, file: string): BackupPhotos | null {
  try {
    const m = JSON.parse(readFileSync(join(dir, manifestName(file)), 'utf8')) as { photos?: unknown; missing?: unknown };
    if (!Array.isArray(m.photos) || !Array.isArray(m.missing)) return null;
    return { total: m.photos.length + m.missing.length, missing: m.missing.map((x) => String((x as { hash?: unknown }).hash)) };
  } catch {
    return null;
  }
}

export function backupFileName(at: Date, encrypted: boolean, counter = 0): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  return `mesochart-${stamp}${counter > 0 ? `-${counter}` : ''}.sqlite${encrypted ? ENCRYPTED_SUFFIX : ''}`;
}

/** The time in a backup's name, or null for a file that is not a backup. */
export function backupTime(file: string): Date | null {
  const m = NAME.exec(file);
  if (!m) return null;
  const at = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** The backups in `dir`, newest first; other files are ignored. A missing folder has none. */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const backups: (BackupInfo & { order: string })[] = [];
  for (const file of names) {
    const at = backupTime(file);
    if (!at) continue;
    const counter = NAME.exec(file)?.[6] ?? '0';
    backups.push({
      file,
      createdAt: at.toISOString(),
      bytes: statSync(join(dir, file)).size,
      encrypted: file.endsWith(ENCRYPTED_SUFFIX),
      photos: photosOf(dir, file),
      order: `${at.toISOString()}#${counter.padStart(6, '0')}`,
    });
  }
  backups.sort((a, b) => (a.order < b.order ? 1 : a.order > b.order ? -1 : 0));
  return backups.map(({ order: _order, ...info }) => info);
}

/**
 * Removes the oldest backups beyond the newest `keep`, each with its photo manifest; answers the names
 * removed. The photo files they alone referenced go in collectPhotoGarbage (backupPhotos.ts).
 */
export function rotateBackups(dir: string, keep: number): string[] {
  const removed = listBackups(dir).slice(Math.max(1, Math.trunc(keep)));
  for (const backup of removed) {
    unlinkSync(join(dir, backup.file));
    rmSync(join(dir, manifestName(backup.file)), { force: true });
  }
  return removed.map((b) => b.file);
}
