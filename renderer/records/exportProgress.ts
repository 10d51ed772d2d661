import type { Namespace, TFunction } from 'i18next';
import type { Formatter } from '../../shared/format/formatter.ts';
import type { ExportProgressEntry } from '../../shared/recordOutputs.ts';

type Words = { t: TFunction<Namespace>; format: Pick<Formatter, 'integer' | 'number'> };

/** The file name of a saved path (either separator), for the success message. */
export function fileNameOf(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** "340 KB", "1.2 MB" ("1,2 Mo" in French). */
export function formatBytes({ t, format }: Words, bytes: number): string {
  if (bytes < 1024) return t('records:size.bytes', { size: format.integer(bytes) });
  if (bytes < 1024 * 1024) return t('records:size.kb', { size: format.integer(Math.round(bytes / 1024)) });
  return t('records:size.mb', { size: format.number(Math.round((bytes / (1024 * 1024)) * 10) / 10, 1) });
}

/** The running export that is ours: the one of our kind started since we asked (the newest if several). */
export function ourExport(running: readonly ExportProgressEntry[], kind: ExportProgressEntry['kind'], since: number): ExportProgressEntry | null {
  const mine = running.filter((e) => e.kind === kind && Date.parse(e.startedAt) >= since - 2000);
  return mine.sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0] ?? null;
}

/** Percent done (0–100) and the words beside the bar. */
export function progressOf({ t }: Pick<Words, 't'>, e: ExportProgressEntry): { percent: number; text: string } {
  const total = Math.max(1, e.sessionsTotal);
  const done = Math.min(e.sessionsDone, total);
  const percent = Math.round((done / total) * 100);
  const text = e.sessionsTotal > 1 ? t('records:progress.session', { current: Math.min(done + 1, total), total }) : t('records:progress.writing');
  return { percent, text: e.pages > 0 ? t('records:progress.pages', { text, count: e.pages }) : text };
}
