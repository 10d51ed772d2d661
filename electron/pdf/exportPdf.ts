import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiError } from '../../shared/errors.ts';
import { writeAtomicFrom } from '../atomicWrite.ts';
import { defaultFontDir, findUnprintable } from './fonts.ts';
import type { RecallLettersData } from './recallLetterData.ts';
import type { RecordData } from './recordData.ts';
import type { WorkerJob, WorkerMessage } from './exportWorker.ts';

/**
 * Writes a record as a PDF at `path` from a worker thread. The worker streams into a temporary file
 * of the atomic writer (electron/atomicWrite.ts); only a complete file is flushed and renamed onto
 * `path`, so a failed or interrupted export never leaves half a PDF (nor replaces a good one). Progress comes as the worker reports it.
 *
 * One worker at a time does the work; after a job it waits IDLE_MS for the next one (unreferenced, so
 * it never keeps the process alive), then exits. A failed job ends its worker: the next starts afresh.
 */

export type ExportProgress = { sessionsDone: number; sessionsTotal: number; pages: number };
export type ExportResult = { path: string; pages: number; bytes: number };
export type ExportOptions = { workerUrl?: URL; fontDir?: string };

const IDLE_MS = 60_000;

/**
 * The worker's script: beside this module. From source that is exportWorker.ts (Node strips the
 * types); once built, electron-vite has bundled this module into out/main/main.js and the worker into
 * out/main/pdfWorker.js (an entry of its own in electron.vite.config.ts).
 */
function defaultWorkerUrl(): URL {
  const here = fileURLToPath(import.meta.url);
  const source = here.endsWith('.ts');
  return pathToFileURL(join(dirname(here), source ? 'exportWorker.ts' : 'pdfWorker.js'));
}

type Idle = { worker: Worker; url: string; timer: ReturnType<typeof setTimeout> };
let idle: Idle | null = null;
/** Jobs run one after another: a course export and a session export never race for the CPU. */
let queue: Promise<unknown> = Promise.resolve();

function takeWorker(url: URL): Worker {
  if (idle && idle.url === url.href) {
    const { worker, timer } = idle;
    idle = null;
    clearTimeout(timer);
    worker.ref();
    return worker;
  }
  if (idle) void idle.worker.terminate();
  idle = null;
  return new Worker(url);
}

function keepWorker(worker: Worker, url: URL): void {
  if (idle) void idle.worker.terminate();
  worker.unref();
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = null;
    void worker.terminate();
  }, IDLE_MS);
  timer.unref?.();
  idle = { worker, url: url.href, timer };
}

function runJob(job: WorkerJob, url: URL, onProgress?: (p: ExportProgress) => void): Promise<{ pages: number; bytes: number }> {
  const worker = takeWorker(url);
  return new Promise((resolve, reject) => {
    const finish = (error: Error | null, result?: { pages: number; bytes: number }) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (error) {
        // Settles once the worker has exited: nothing holds the temporary file any more.
        void worker.terminate().then(() => reject(error), () => reject(error));
        return;
      }
      keepWorker(worker, url);
      resolve(result as { pages: number; bytes: number });
    };
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress?.({ sessionsDone: message.sessionsDone, sessionsTotal: message.sessionsTotal, pages: message.pages });
      else if (message.type === 'done') finish(null, { pages: message.pages, bytes: message.bytes });
      else if (message.problem) finish(new ApiError(message.problem));
      else finish(new Error(`The PDF could not be written: ${message.message}`));
    };
    const onError = (error: Error) => finish(error);
    const onExit = (code: number) => finish(new Error(`The PDF export stopped (worker exit ${code})`));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}

/**
 * Refuses a record holding a character that none of the record's fonts can draw (an emoji, a script no
 * shipped font carries), naming the field and the character: called before the save dialog, so that
 * nothing is asked or written for a record that could not print whole. The worker checks again.
 */
export function assertPrintable(data: RecordData | RecallLettersData, fontDir: string = defaultFontDir()): void {
  const found = findUnprintable(data, fontDir);
  if (found) {
    throw new ApiError({ code: 'invalid-input', field: found.field, reason: 'unprintable-character', params: { character: found.character, codePoint: found.codePoint } });
  }
}

export function exportPdf(data: RecordData | RecallLettersData, path: string, onProgress?: (p: ExportProgress) => void, options: ExportOptions = {}): Promise<ExportResult> {
  const run = async (): Promise<ExportResult> => {
    // The worker streams into the atomic writer's temporary file, which is committed only when complete.
    const result = await writeAtomicFrom(path, (temporary) => {
      const job: WorkerJob = { data, file: temporary, ...(options.fontDir ? { fontDir: options.fontDir } : {}) };
      return runJob(job, options.workerUrl ?? defaultWorkerUrl(), onProgress);
    });
    return { path, ...result };
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}
