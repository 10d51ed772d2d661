import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../electron/pdf/exportPdf.ts';
import { loadSessionRecord } from '../../../electron/pdf/recordData.ts';
import { ApiError } from '../../../shared/errors.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { errorText } from '../../../renderer/i18n/errorText.ts';
import { openTestStore, tempDir } from '../store/fixtures.ts';
import { populateCourse, SETTINGS } from './recordFixtures.ts';

/**
 * The PDF worker's limits (electron/pdf/exportPdf.ts): a worker that hangs is terminated when it has
 * been quiet too long, one that dies or runs out of memory is gone; each export fails as an ApiError
 * worded from the catalogue, leaves no half-written file and keeps the one that was there, and the
 * next export (the real worker) still writes its record. The misbehaving workers are injected through
 * the export's options (workerUrl), never through a global.
 */

const worker = (name: string) => new URL(`./workers/${name}.ts`, import.meta.url);
const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);

async function sessionRecord() {
  const { store } = openTestStore();
  const fx = populateCourse(store, { sessions: 1, pointsPerSession: 4 });
  return loadSessionRecord({ store, settings: SETTINGS }, fx.sessions[0]!.id);
}

/** A folder with a record already printed at `record.pdf`, which a failed export must leave as it was. */
function folderWithRecord() {
  const dir = tempDir();
  const path = join(dir, 'record.pdf');
  writeFileSync(path, 'the previous record');
  return { dir, path };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

async function wordedIn(language: 'en' | 'fr', error: ApiError): Promise<string> {
  return errorText(await createTranslator(language).then((tr) => tr.t), error);
}

describe('the PDF worker within its limits', () => {
  it('terminates a worker that hangs, reports it in words, and the next export works', async () => {
    const data = await sessionRecord();
    const { dir, path } = folderWithRecord();
    const started = Date.now();
    const error = await failure(exportPdf(data, path, undefined, { workerUrl: worker('hangingWorker'), limits: { quietMs: 400 } }));
    expect(error).toMatchObject({ code: 'storage', reason: 'pdf-timed-out', params: { seconds: 1 } });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await wordedIn('en', error)).toMatch(/stopped responding/);
    expect(await wordedIn('fr', error)).not.toMatch(/stopped responding/);
    // No half-written PDF: the temporary file is gone, the record that was there is untouched.
    expect(readdirSync(dir)).toEqual(['record.pdf']);
    expect(readFileSync(path, 'utf8')).toBe('the previous record');

    const result = await exportPdf(data, path);
    expect(result.pages).toBeGreaterThan(0);
    expect(pageCount(path)).toBe(result.pages);
    expect(readdirSync(dir)).toEqual(['record.pdf']);
  });

  it('reports a worker that dies half-way, removes what it wrote, and the next export works', async () => {
    const data = await sessionRecord();
    const { dir, path } = folderWithRecord();
    const error = await failure(exportPdf(data, path, undefined, { workerUrl: worker('dyingWorker') }));
    expect(error).toMatchObject({ code: 'storage', reason: 'pdf-worker-stopped' });
    expect(await wordedIn('en', error)).toMatch(/stopped/);
    expect(readdirSync(dir)).toEqual(['record.pdf']);
    expect(readFileSync(path, 'utf8')).toBe('the previous record');
    await exportPdf(data, path);
    expect(pageCount(path)).toBeGreaterThan(0);
  });

  it('stops a worker at its memory limit and says so', async () => {
    const data = await sessionRecord();
    const { dir, path } = folderWithRecord();
    const error = await failure(exportPdf(data, path, undefined, { workerUrl: worker('greedyWorker'), limits: { memoryMb: 24 } }));
    expect(error).toMatchObject({ code: 'storage', reason: 'pdf-out-of-memory' });
    expect(await wordedIn('en', error)).toMatch(/memory/);
    expect(readdirSync(dir)).toEqual(['record.pdf']);
    await exportPdf(data, path);
    expect(pageCount(path)).toBeGreaterThan(0);
  });
});
