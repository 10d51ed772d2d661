import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiError } from '../../shared/errors.ts';
import { writeAtomicFrom } from '../atomicWrite.ts';
import { defaultFontDir, findUnprintable } from './fonts.ts';
import type { RecallLettersData } from './recallLetterData.ts';
import type { RecoverySheetData } from './recoverySheetData.ts';
import type { RecordData } from './recordData.ts';
import type { WorkerJob, WorkerMessage } from './exportWorker.ts';

/**
 * Writes a record as a PDF at `path` from a worker thread. The worker streams into a temporary file
 * of the atomic writer (electron/atomicWrite.ts); only a complete file is flushed and renamed onto
 * `path`, so a failed or interrupted export never leaves half a PDF (nor replaces a good one). Progress comes as the worker reports it.
 *
 * One worker at a time does the work; after a job it waits IDLE_MS for the next one (unreferenced, so
 * it never keeps the process alive), then exits. A failed job ends its worker: the next starts afresh.
 *
 * The worker is bounded: a heap limit (worker_threads resourceLimits) and a time limit, the longest it
 * may go without a word (progress or answer). A worker that goes quiet is terminated, one that runs out
 * of memory or dies is gone; either way the export fails as an ApiError the screen words, its temporary
 * file is removed, and the next export starts a fresh worker.
 */

export type ExportProgress = { sessionsDone: number; sessionsTotal: number; pages: number };
export type ExportResult = { path: string; pages: number; bytes: number };
type ExportLimits = {
  /** How long the worker may go without reporting progress or finishing. */
  quietMs: number;
  /** The worker's heap (V8's old generation), in MB. */
  memoryMb: number;
};
/** `workerUrl`: another worker script (tests run one that hangs, or dies); `limits`: tighter bounds than the defaults. */
export type ExportOptions = { workerUrl?: URL; fontDir?: string; limits?: Partial<ExportLimits> };

const IDLE_MS = 60_000;
/** A course of 15 sessions with thousands of points reports each session within seconds; two minutes of silence is a hang. */
const DEFAULT_EXPORT_LIMITS: ExportLimits = { quietMs: 120_000, memoryMb: 1_024 };

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

/** An idle worker is reused only by a job of the same script and the same memory limit. */
type Idle = { worker: Worker; key: string; timer: ReturnType<typeof setTimeout> };
let idle: Idle | null = null;
/** Jobs run one after another: a course export and a session export never race for the CPU. */
let queue: Promise<unknown> = Promise.resolve();

function takeWorker(url: URL, limits: ExportLimits): Worker {
  const key = `${url.href}#${limits.memoryMb}`;
  if (idle && idle.key === key) {
    const { worker, timer } = idle;
    idle = null;
    clearTimeout(timer);
    worker.ref();
    return worker;
  }
  if (idle) void idle.worker.terminate();
  idle = null;
  return new Worker(url, { resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb } });
}

function keepWorker(worker: Worker, url: URL, limits: ExportLimits): void {
  if (idle) void idle.worker.terminate();
  worker.unref();
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = null;
    void worker.terminate();
  }, IDLE_MS);
  timer.unref?.();
  idle = { worker, key: `${url.href}#${limits.memoryMb}`, timer };
  // A worker that dies while idle is not handed the next job.
  worker.once('exit', () => {
    if (idle?.worker !== worker) return;
    clearTimeout(timer);
    idle = null;
  });
}

/** The worker's end as the screen words it (errors namespace): out of memory, or stopped; what happened goes to the log as the cause. */
function workerFailure(error: Error | null, code: number | null): ApiError {
  const outOfMemory = (error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
  return new ApiError({ code: 'storage', reason: outOfMemory ? 'pdf-out-of-memory' : 'pdf-worker-stopped' }, { cause: error ?? new Error(`The PDF worker exited (code ${code ?? '?'})`) });
}

function runJob(job: WorkerJob, url: URL, limits: ExportLimits, onProgress?: (p: ExportProgress) => void): Promise<{ pages: number; bytes: number }> {
  const worker = takeWorker(url, limits);
  return new Promise((resolve, reject) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const listen = () => {
      clearTimeout(quiet);
      quiet = setTimeout(() => finish(new ApiError({ code: 'storage', reason: 'pdf-timed-out', params: { seconds: Math.ceil(limits.quietMs / 1000) } })), limits.quietMs);
    };
    const finish = (error: Error | null, result?: { pages: number; bytes: number }) => {
      clearTimeout(quiet);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (error) {
        // Settles once the worker has exited: nothing holds the temporary file any more.
        void worker.terminate().then(() => reject(error), () => reject(error));
        return;
      }
      keepWorker(worker, url, limits);
      resolve(result as { pages: number; bytes: number });
    };
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'progress') {
        listen();
        onProgress?.({ sessionsDone: message.sessionsDone, sessionsTotal: message.sessionsTotal, pages: message.pages });
      } else if (message.type === 'done') finish(null, { pages: message.pages, bytes: message.bytes });
      else if (message.problem) finish(new ApiError(message.problem));
      else finish(new Error(`The PDF could not be written: ${message.message}`));
    };
    const onError = (error: Error) => finish(workerFailure(error, null));
    const onExit = (code: number) => finish(workerFailure(null, code));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    listen();
    worker.postMessage(job);
  });
}

/**
 * Refuses a record holding a character that none of the record's fonts can draw (an emoji, a script no
 * shipped font carries), naming the field and the character: called before the save dialog, so that
 * nothing is asked or written for a record that could not print whole. The worker checks again.
 */
export function assertPrintable(data: RecordData | RecallLettersData | RecoverySheetData, fontDir: string = defaultFontDir()): void {
  const found = findUnprintable(data, fontDir);
  if (found) {
    throw new ApiError({ code: 'invalid-input', field: found.field, reason: 'unprintable-character', params: { character: found.character, codePoint: found.codePoint } });
  }
}

export function exportPdf(data: RecordData | RecallLettersData | RecoverySheetData, path: string, onProgress?: (p: ExportProgress) => void, options: ExportOptions = {}): Promise<ExportResult> {
  const run = async (): Promise<ExportResult> => {
    // The worker streams into the atomic writer's temporary file, which is committed only when complete.
    const result = await writeAtomicFrom(path, (temporary) => {
      const job: WorkerJob = { data, file: temporary, ...(options.fontDir ? { fontDir: options.fontDir } : {}) };
      return runJob(job, options.workerUrl ?? defaultWorkerUrl(), { ...DEFAULT_EXPORT_LIMITS, ...options.limits }, onProgress);
    });
    return { path, ...result };
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}
