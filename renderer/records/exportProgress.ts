import type { ExportProgressEntry } from '../../shared/recordOutputs.ts';

/** The file name of a saved path (either separator), for the success message. */
export function fileNameOf(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** "340 KB", "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The running export that is ours: the one of our kind started since we asked (the newest if several). */
export function ourExport(running: readonly ExportProgressEntry[], kind: ExportProgressEntry['kind'], since: number): ExportProgressEntry | null {
  const mine = running.filter((e) => e.kind === kind && Date.parse(e.startedAt) >= since - 2000);
  return mine.sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0] ?? null;
}

/** Percent done (0–100) and the words beside the bar. */
export function progressOf(e: ExportProgressEntry): { percent: number; text: string } {
  const total = Math.max(1, e.sessionsTotal);
  const done = Math.min(e.sessionsDone, total);
  const percent = Math.round((done / total) * 100);
  const pages = e.pages > 0 ? ` · ${e.pages} ${e.pages === 1 ? 'page' : 'pages'}` : '';
  return { percent, text: e.sessionsTotal > 1 ? `Session ${Math.min(done + 1, total)} of ${total}${pages}` : `Writing the record${pages}` };
}
