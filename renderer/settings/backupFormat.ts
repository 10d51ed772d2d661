import type { BackupInfo } from '../../shared/backups.ts';

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
