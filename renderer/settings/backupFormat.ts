import type { BackupInfo, BackupProgress, RestoredPhotos } from '../../shared/backups.ts';

/** 1536 → "1.5 KB"; sizes of database files, in the units people read. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 100 ? Math.round(value) : value.toFixed(1).replace(/\.0$/, '')} ${units[unit]}`;
}

/** "28 Nov 2026, 09:30" in the computer's time zone. */
export function formatBackupTime(iso: string, locale?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(locale ?? 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** What the backups list says under its title. */
export function backupsSummary(backups: readonly BackupInfo[], keep: number): string {
  if (backups.length === 0) return `No backup yet. Up to ${keep} are kept; the oldest goes first.`;
  const encrypted = backups.filter((b) => b.encrypted).length;
  const total = backups.reduce((sum, b) => sum + b.bytes, 0);
  return `${backups.length} of at most ${keep} kept · ${formatBytes(total)} in all${encrypted ? ` · ${encrypted} encrypted` : ''}`;
}

/** The progress bar of a backup or restore: the records first (pages), then the photos (files). */
export function backupProgressText(p: BackupProgress): { label: string; value: number | null } {
  const verb = p.operation === 'backup' ? 'Backing up' : 'Restoring';
  if (p.phase === 'records') return { label: `${verb} the records…`, value: p.total > 0 ? p.done / p.total : null };
  return { label: `${verb} the photos: ${p.done.toLocaleString('en')} of ${p.total.toLocaleString('en')}…`, value: p.total > 0 ? p.done / p.total : 1 };
}

/** What the list says of a backup's photos. */
export function backupPhotosText(b: BackupInfo): string {
  if (!b.photos) return 'Records only';
  const { total, missing } = b.photos;
  const count = `${total.toLocaleString('en')} photo${total === 1 ? '' : 's'}`;
  return missing.length > 0 ? `${count}, ${missing.length} missing` : count;
}

/** What a restore says of the photos it put back (and of those it could not). */
export function restoredPhotosText(photos: RestoredPhotos | null): string | null {
  if (!photos || photos.total === 0) return null;
  const base = `Photos: ${photos.restored} put back, ${photos.present} already there.`;
  if (photos.problems.length === 0) return base;
  const names = photos.problems.map((p) => `${p.hash.slice(0, 12)}… ${p.problem}`).join('; ');
  return `${base} ${photos.problems.length} could not be restored and show as unavailable: ${names}.`;
}
