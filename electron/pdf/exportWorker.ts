/**
 * The export worker: renders one record (data prepared by the main thread, see recordData.ts) into the
 * file it is told, reporting progress as it goes, so that the main process's event loop stays free.
 * Built as its own entry (out/main/pdfWorker.js); run from source in tests.
 */
import { createWriteStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { RecordData } from './recordData.ts';
import { renderRecord } from './renderRecord.ts';

export type WorkerInput = { data: RecordData; file: string; fontDir?: string };
export type WorkerMessage =
  | { type: 'progress'; sessionsDone: number; sessionsTotal: number; pages: number }
  | { type: 'done'; pages: number; bytes: number }
  | { type: 'error'; message: string };

const input = workerData as WorkerInput;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

// 'wx': never write over a file that is already there (the caller made the temporary name).
const out = createWriteStream(input.file, { flags: 'wx', mode: 0o600 });
try {
  const result = await renderRecord(input.data, out, {
    ...(input.fontDir ? { fontDir: input.fontDir } : {}),
    onProgress: (p) => post({ type: 'progress', ...p }),
  });
  post({ type: 'done', ...result });
} catch (error) {
  // Closed before the message, so that the caller can remove the file once the worker has exited.
  await new Promise<void>((resolve) => (out.closed ? resolve() : out.destroy().once('close', () => resolve())));
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
