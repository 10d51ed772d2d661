import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupsToRemove, DEFAULT_RETENTION, type BackupKind, type RetentionTiers } from '../../shared/backupRetention.ts';
import type { BackupInfo, BackupPhotos } from '../../shared/backups.ts';
import { manifestAuditHead } from './backupAuditHead.ts';

/**
 * Backup files are named for the moment they were taken, in UTC, so that names sort by time, and for
 * how they were taken: mesochart-2025-01-06T09-30-00-000Z-auto.sqlite (the schedule's, rotated) or
 * -manual (by hand, never rotated away), .sqlite.enc when encrypted. A second backup within the same
 * millisecond gets a counter (-1, -2...) after the time. Names from before the kind was written have
 * none: see kindOfName.
 */
const NAME = /^mesochart-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d+))?(?:-(auto|manual))?\.sqlite(\.enc)?$/;
const KIND_IN_NAME: Record<BackupKind, string> = { automatic: 'auto', manual: 'manual' };

const ENCRYPTED_SUFFIX = '.enc';

/** The manifest of a backup's photos, beside it (backupPhotos.ts). */
export const manifestName = (backupFile: string) => `${backupFile}.photos.json`;

/**
 * The keyring of a sealed backup, beside it: the records folder's keyring as it was when the backup
 * was taken, so that a practitioner of that day (or its recovery key) opens it on any computer.
 */
export const keyringName = (backupFile: string) => `${backupFile}.keyring.json`;

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

export function backupFileName(at: Date, kind: BackupKind, encrypted: boolean, counter = 0): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  return `mesochart-${stamp}${counter > 0 ? `-${counter}` : ''}-${KIND_IN_NAME[kind]}.sqlite${encrypted ? ENCRYPTED_SUFFIX : ''}`;
}

/**
 * How a backup was taken, from its name. A name without a kind is from an earlier version: encrypted,
 * someone typed its passphrase, so it was taken by hand; plain, it was most likely the schedule's
 * (those were rotated by count already, so treating them as automatic removes nothing that was safe).
 */
export function kindOfName(file: string): BackupKind | null {
  const m = NAME.exec(file);
  if (!m) return null;
  if (m[7] === 'auto') return 'automatic';
  if (m[7] === 'manual') return 'manual';
  return m[8] ? 'manual' : 'automatic';
}

/** The calendar day of `at` on this computer (YYYY-MM-DD): the day a practitioner would say a backup is of. */
function localDay(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
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
      sealed: existsSync(join(dir, keyringName(file))),
      photos: photosOf(dir, file),
      auditHead: manifestAuditHead(dir, file),
      kind: kindOfName(file) ?? 'manual',
      order: `${at.toISOString()}#${counter.padStart(6, '0')}`,
    });
  }
  backups.sort((a, b) => (a.order < b.order ? 1 : a.order > b.order ? -1 : 0));
  return backups.map(({ order: _order, ...info }) => info);
}

/**
 * Removes the automatic backups that the tiers no longer keep (shared/backupRetention.ts), each with its
 * photo manifest; answers the names removed. Backups taken by hand stay. The photo files the removed
 * ones alone referenced go in collectPhotoGarbage (backupPhotos.ts).
 */
export function rotateBackups(dir: string, tiers: RetentionTiers = DEFAULT_RETENTION, dayOf: (at: Date) => string = localDay): string[] {
  const candidates = listBackups(dir).map((b) => ({ file: b.file, kind: b.kind, at: Date.parse(b.createdAt), day: dayOf(new Date(b.createdAt)) }));
  const removed = backupsToRemove(candidates, tiers);
  for (const backup of removed) {
    rmSync(join(dir, backup.file), { force: true });
    rmSync(join(dir, manifestName(backup.file)), { force: true });
    rmSync(join(dir, keyringName(backup.file)), { force: true });
  }
  return removed.map((b) => b.file);
}
