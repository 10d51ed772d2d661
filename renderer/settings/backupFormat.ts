import type { Namespace, TFunction } from 'i18next';
import type { BackupInfo, BackupProgress, RestoredPhotos } from '../../shared/backups.ts';
import type { Formatter } from '../../shared/format/formatter.ts';

const UNITS = ['settings:bytes.kb', 'settings:bytes.mb', 'settings:bytes.gb', 'settings:bytes.tb'] as const;

/** 1536 → "1.5 KB" / "1,5 Ko"; sizes of database files, in the units people read. */
export function formatBytes(t: TFunction<Namespace>, format: Formatter, bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return t('common:none');
  if (bytes < 1024) return t('settings:bytes.b', { value: format.integer(bytes) });
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return t(UNITS[unit]!, { value: format.number(value, value >= 100 ? 0 : 1) });
}

/** "28 Nov 2026, 09:30" in the clinic's time zone; an unreadable time as it is. */
export function formatBackupTime(format: Formatter, iso: string): string {
  try {
    return format.instant(iso);
  } catch {
    return iso;
  }
}

/** What the backups list says under its title; `days`: the daily automatic backups kept (settings.backups.keep). */
export function backupsSummary(t: TFunction<Namespace>, format: Formatter, backups: readonly BackupInfo[], days: number): string {
  if (backups.length === 0) return t('settings:backups.summaryNone', { count: days });
  const encrypted = backups.filter((b) => b.encrypted).length;
  const manual = backups.filter((b) => b.kind === 'manual').length;
  const automatic = backups.length - manual;
  const total = backups.reduce((sum, b) => sum + b.bytes, 0);
  const parts = [
    ...(automatic > 0 ? [t('settings:backups.summaryAutomatic', { count: automatic, automatic: format.integer(automatic) })] : []),
    ...(manual > 0 ? [t('settings:backups.summaryManual', { count: manual, manual: format.integer(manual) })] : []),
    t('settings:backups.summaryTotal', { size: formatBytes(t, format, total) }),
  ];
  if (encrypted) parts.push(t('settings:backups.summaryEncrypted', { count: encrypted, encrypted: format.integer(encrypted) }));
  return parts.join(' · ');
}

/** The progress bar of a backup or restore: the records first (pages), then the photos (files). */
export function backupProgressText(t: TFunction<Namespace>, format: Formatter, p: BackupProgress): { label: string; value: number | null } {
  if (p.phase === 'records') return { label: t(p.operation === 'backup' ? 'settings:progress.backupRecords' : 'settings:progress.restoreRecords'), value: p.total > 0 ? p.done / p.total : null };
  const values = { count: p.total, done: format.integer(p.done), total: format.integer(p.total) };
  return { label: t(p.operation === 'backup' ? 'settings:progress.backupPhotos' : 'settings:progress.restorePhotos', values), value: p.total > 0 ? p.done / p.total : 1 };
}

/** What the list says of a backup's photos. */
export function backupPhotosText(t: TFunction<Namespace>, format: Formatter, b: BackupInfo): string {
  if (!b.photos) return t('settings:backups.recordsOnly');
  const { total, missing } = b.photos;
  const count = t('settings:backups.photos', { count: total, total: format.integer(total) });
  return missing.length > 0 ? t('settings:backups.photosMissing', { photos: count, count: missing.length, missing: format.integer(missing.length) }) : count;
}

/** What a restore says of the photos it put back (and of those it could not). */
export function restoredPhotosText(t: TFunction<Namespace>, format: Formatter, photos: RestoredPhotos | null): string | null {
  if (!photos || photos.total === 0) return null;
  const base = t('settings:restore.photos', { restored: format.integer(photos.restored), present: format.integer(photos.present) });
  if (photos.problems.length === 0) return base;
  const names = photos.problems.map((p) => `${p.hash.slice(0, 12)}… ${p.problem}`).join('; ');
  return `${base} ${t('settings:restore.photoProblems', { count: photos.problems.length, number: format.integer(photos.problems.length), names })}`;
}
