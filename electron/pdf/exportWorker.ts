/**
 * The export worker: renders records (data prepared by the main thread, see recordData.ts) into the
 * files it is told, one job at a time, reporting progress as it goes, so that the main process's event
 * loop stays free. It stays alive between jobs for a while (exportPdf.ts), so that a second export does
 * not pay for loading and compiling the code again. Built as its own entry (out/main/pdfWorker.js); run
 * from source in tests.
 */
import { parentPort } from 'node:worker_threads';
import type { ApiErrorInit } from '../../shared/errors.ts';
import { createTemporaryWriteStream } from '../atomicWrite.ts';
import { defaultFontDir, findUnprintable } from './fonts.ts';
import type { RecallLettersData } from './recallLetterData.ts';
import type { RecoverySheetData } from './recoverySheetData.ts';
import { renderRecoverySheet } from './recoverySheet.ts';
import { renderRecallLetters } from './recallLetters.ts';
import type { RecordData } from './recordData.ts';
import { renderRecord } from './renderRecord.ts';

/** A record to write; its language and the clinic's time zone travel in the data (RecordMeta). */
export type WorkerJob = { data: RecordData | RecallLettersData | RecoverySheetData; file: string; fontDir?: string };
export type WorkerMessage =
  | { type: 'progress'; sessionsDone: number; sessionsTotal: number; pages: number }
  | { type: 'done'; pages: number; bytes: number }
  /** `problem`: a refusal the practitioner can act on (a character no font can print), as data. */
  | { type: 'error'; message: string; problem?: ApiErrorInit };

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

/**
 * A character that none of the record's fonts can draw (an emoji, a script not shipped) is refused
 * before any file is written, naming the field and the character: never printed as a blank box, never
 * dropped.
 */
function unprintable(job: WorkerJob): WorkerMessage | null {
  const found = findUnprintable(job.data, job.fontDir ?? defaultFontDir());
  if (!found) return null;
  const problem: ApiErrorInit = {
    code: 'invalid-input',
    field: found.field,
    reason: 'unprintable-character',
    params: { character: found.character, codePoint: found.codePoint },
  };
  // The message is for logs; the problem (code, field, reason, params) is what the screen words.
  return { type: 'error', message: problem.reason, problem };
}

async function run(job: WorkerJob): Promise<void> {
  try {
    const refused = unprintable(job);
    if (refused) return post(refused);
  } catch (error) {
    return post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
  // The atomic writer's temporary file (exportPdf.ts commits it): never written over, owner-only.
  const out = createTemporaryWriteStream(job.file);
  const closed = new Promise<void>((resolve) => out.once('close', () => resolve()));
  try {
    const render =
      job.data.kind === 'recall-letters'
        ? renderRecallLetters.bind(null, job.data)
        : job.data.kind === 'recovery-sheet'
          ? renderRecoverySheet.bind(null, job.data)
          : renderRecord.bind(null, job.data);
    const result = await render(out, {
      ...(job.fontDir ? { fontDir: job.fontDir } : {}),
      onProgress: (p) => post({ type: 'progress', ...p }),
    });
    // Closed before the answer, so that the caller may rename the file at once (Windows refuses an open one).
    await closed;
    post({ type: 'done', ...result });
  } catch (error) {
    out.destroy();
    await closed;
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

parentPort?.on('message', (job: WorkerJob) => void run(job));
