import { rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RecordData } from './recordData.ts';
import type { WorkerInput, WorkerMessage } from './exportWorker.ts';

/**
 * Writes a record as a PDF at `path` from a worker thread. The worker writes `path.tmp`; only a
 * complete file is renamed onto `path`, so a failed or interrupted export never leaves half a PDF
 * (nor replaces a good one). Progress comes as the worker reports it.
 */

export type ExportProgress = { sessionsDone: number; sessionsTotal: number; pages: number };
export type ExportResult = { path: string; pages: number; bytes: number };
export type ExportOptions = { workerUrl?: URL; fontDir?: string };

/**
 * The worker's script: beside this module. From source that is exportWorker.ts (Node strips the
 * types); once built, electron-vite has bundled this module into out/main/main.js and the worker into
 * out/main/pdfWorker.js (an entry of its own in electron.vite.config.ts).
 */
export function defaultWorkerUrl(): URL {
  const here = fileURLToPath(import.meta.url);
  const source = here.endsWith('.ts');
  return pathToFileURL(join(dirname(here), source ? 'exportWorker.ts' : 'pdfWorker.js'));
}

export async function exportPdf(data: RecordData, path: string, onProgress?: (p: ExportProgress) => void, options: ExportOptions = {}): Promise<ExportResult> {
  const tmp = `${path}.tmp`;
  await rm(tmp, { force: true });
  const input: WorkerInput = { data, file: tmp, ...(options.fontDir ? { fontDir: options.fontDir } : {}) };
  try {
    // Settles on the worker's exit, never before: a failed worker may still hold the temporary file open,
    // and it must be gone before the file is removed.
    const result = await new Promise<{ pages: number; bytes: number }>((resolve, reject) => {
      const worker = new Worker(options.workerUrl ?? defaultWorkerUrl(), { workerData: input });
      let outcome: { ok: true; pages: number; bytes: number } | { ok: false; error: Error } | null = null;
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') onProgress?.({ sessionsDone: message.sessionsDone, sessionsTotal: message.sessionsTotal, pages: message.pages });
        else if (message.type === 'done') outcome = { ok: true, pages: message.pages, bytes: message.bytes };
        else outcome = { ok: false, error: new Error(`The PDF could not be written: ${message.message}`) };
      });
      worker.on('error', (error) => {
        outcome = { ok: false, error };
      });
      worker.on('exit', (code) => {
        const o = outcome as typeof outcome;
        if (o?.ok) resolve({ pages: o.pages, bytes: o.bytes });
        else reject(o?.error ?? new Error(`The PDF export stopped (worker exit ${code})`));
      });
    });
    await rename(tmp, path);
    return { path, ...result };
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
