import { randomUUID } from 'node:crypto';
import { sessionWithAmendments } from '../shared/amendments.ts';
import { courseTimeline, type CourseTimeline } from '../shared/courseSchedule.ts';
import type { Course } from '../shared/course.ts';
import { todayIso } from '../shared/dates.ts';
import { ApiError, notFound, storageFailure } from '../shared/errors.ts';
import type { ProductUse, ProductUseQuery } from '../shared/lotRecall.ts';
import { lotRecallCsv } from '../shared/lotRecallCsv.ts';
import { createFormatter } from '../shared/format/formatter.ts';
import type { Language } from '../shared/i18n/languages.ts';
import { createTranslator } from '../shared/i18n/translator.ts';
import { patientDisplayName } from '../shared/patient.ts';
import type { ExportProgressEntry, LotRecallCsvOutcome, PdfExportOutcome } from '../shared/recordOutputs.ts';
import type { Actor, RecordStore } from '../shared/repository.ts';
import { diffSessions, type SessionDiff } from '../shared/sessionDiff.ts';
import type { Settings } from '../shared/settings.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import { assertPrintable, exportPdf, type ExportOptions } from './pdf/exportPdf.ts';
import { loadConsentRecord, loadCourseRecord, loadSessionRecord, type RecordData } from './pdf/recordData.ts';

/**
 * The channels that take things out of the record: course timelines, the compare diff, the printed
 * records and lot recall. Plain Node: the save dialog and the opening of a file come in as functions
 * (Electron's dialog and shell in the app, a temporary folder in tests and the harness).
 */

/**
 * What a save dialog is for: the dialog (electron/dialogs.ts) words its title and file types in the
 * practitioner's language from it, so no English is written here.
 */
export type SavePurpose = 'session-record' | 'consent-record' | 'course-record' | 'recall-csv';
export type SaveRequest = { purpose: SavePurpose; defaultName: string };

export type FilePort = {
  /** Where to save; null when the user cancelled. The renderer never supplies a path. */
  chooseSavePath(request: SaveRequest): Promise<string | null>;
  /**
   * Opens a file MesoChart has just written, at the path the user chose in the save dialog, in the
   * system's viewer, from where it is printed. Never a path or URL that came from the renderer.
   */
  openSavedFile?(path: string): Promise<void>;
  /** Files to open (photos to import); null when the user cancelled. The renderer never supplies a path. */
  chooseOpenFiles?(request: OpenRequest): Promise<string[] | null>;
};

export type OpenPurpose = 'photos';
export type OpenRequest = { purpose: OpenPurpose };

export type RecordOutputContext = {
  store: () => RecordStore;
  settings: () => Settings;
  actor: () => Actor;
  files?: FilePort | undefined;
  pdf?: ExportOptions | undefined;
  now?: () => Date;
  /** Where photos are, for session records that include them. */
  photoDir?: string | undefined;
};

/** A file name from a patient's name and a date: letters of any script kept, the rest dashed. */
function fileNameFor(...parts: string[]): string {
  return parts
    .join(' ')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

export function createRecordOutputs(ctx: RecordOutputContext) {
  const running = new Map<string, ExportProgressEntry>();
  const files = (): FilePort => {
    if (!ctx.files) throw new ApiError({ code: 'conflict', field: null, reason: 'files-unavailable' });
    return ctx.files;
  };
  const sources = (language?: Language) => ({ store: ctx.store(), settings: ctx.settings(), language, ...(ctx.now ? { now: ctx.now } : {}) });

  /** `language`: the record's language if the practitioner asked for one; else the patient's, else the clinic's. */
  async function exportRecord(kind: 'session' | 'course' | 'consent', id: string, open: boolean, includePhotos = false, language?: Language): Promise<PdfExportOutcome> {
    const data: RecordData =
      kind === 'session'
        ? await loadSessionRecord({ ...sources(language), ...(includePhotos && ctx.photoDir ? { photoDir: ctx.photoDir } : {}) }, id)
        : kind === 'consent'
          ? await loadConsentRecord(sources(language), id)
          : await loadCourseRecord(sources(language), id);
    // A character no font of the record can draw is refused before the save dialog: nothing is written.
    assertPrintable(data, ctx.pdf?.fontDir);
    const name = patientDisplayName(data.patient);
    const date = data.kind === 'session' ? data.entry.session.date : data.kind === 'consent' ? data.consent.signedAt.slice(0, 10) : todayIso();
    const path = await files().chooseSavePath({
      purpose: kind === 'session' ? 'session-record' : kind === 'consent' ? 'consent-record' : 'course-record',
      defaultName: `${fileNameFor(name, kind, date)}.pdf`,
    });
    if (path === null) return { saved: false };
    const exportId = randomUUID();
    const total = data.kind === 'course' ? data.entries.length : 1;
    running.set(exportId, { id: exportId, kind, sessionsDone: 0, sessionsTotal: total, pages: 0, startedAt: new Date().toISOString() });
    try {
      const result = await exportPdf(data, path, (p) => running.set(exportId, { ...(running.get(exportId) as ExportProgressEntry), ...p }), ctx.pdf);
      await ctx.store().auditRecordOutput(
        kind === 'session'
          ? { action: 'session.print', entity: 'session', entityId: id, detail: { pages: result.pages, photos: data.kind === 'session' ? (data.photos?.length ?? 0) : 0 } }
          : kind === 'consent'
            ? { action: 'consent.print', entity: 'consent', entityId: id, detail: { pages: result.pages } }
            : { action: 'course.export', entity: 'course', entityId: id, detail: { pages: result.pages, sessions: total } },
        ctx.actor(),
      );
      let opened = false;
      if (open && ctx.files?.openSavedFile) {
        await ctx.files.openSavedFile(result.path);
        opened = true;
      }
      return { saved: true, path: result.path, pages: result.pages, bytes: result.bytes, opened };
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw storageFailure('export-failed', error);
    } finally {
      running.delete(exportId);
    }
  }

  return {
    getCourseTimeline: async ({ courseId, asOf }: { courseId: string; asOf?: string | undefined }): Promise<{ course: Course; timeline: CourseTimeline }> => {
      const store = ctx.store();
      const course = await store.getCourse(courseId);
      if (!course) throw notFound('course', courseId);
      const sessions = (await store.listSessions(course.patientId)).filter((s) => s.courseId === courseId);
      return { course, timeline: courseTimeline(course, sessions, asOf ?? todayIso(ctx.now?.())) };
    },
    /** The region diff of 2–4 sessions of one patient, as amended: the one place it is computed (the compare view asks here). */
    compareSessions: async ({ sessionIds }: { sessionIds: string[] }): Promise<SessionDiff> => {
      const store = ctx.store();
      const sessions = [];
      for (const id of sessionIds) {
        const s = await store.getSession(id);
        if (!s) throw notFound('session', id);
        sessions.push(sessionWithAmendments(s));
      }
      if (new Set(sessions.map((s) => s.patientId)).size > 1) {
        throw new ApiError({ code: 'invalid-input', field: 'sessionIds', reason: 'sessions-of-several-patients' });
      }
      return diffSessions(sessions);
    },
    exportSessionPdf: ({ sessionId, open, includePhotos, language }: { sessionId: string; open: boolean; includePhotos?: boolean | undefined; language?: Language | undefined }) =>
      exportRecord('session', sessionId, open, includePhotos ?? false, language),
    exportConsentPdf: ({ consentId, open }: { consentId: string; open: boolean }) => exportRecord('consent', consentId, open),
    exportCoursePdf: ({ courseId, open, language }: { courseId: string; open: boolean; language?: Language | undefined }) => exportRecord('course', courseId, open, false, language),
    getExportProgress: (): { running: ExportProgressEntry[] } => ({ running: [...running.values()] }),
    findProductUses: (query: ProductUseQuery): ProductUse[] | Promise<ProductUse[]> => ctx.store().findProductUses(query),
    exportLotRecallCsv: async ({ lot, product, save, language }: { lot: string; product: string; save: boolean; language?: Language | undefined }): Promise<LotRecallCsvOutcome> => {
      const store = ctx.store();
      const uses = await store.findProductUses({ lot, product });
      // Worded in the language asked for (the screen's), else the clinic's; dates in the clinic's conventions.
      const settings = ctx.settings();
      const words = language ?? settings.language ?? 'en';
      const csv = lotRecallCsv(uses, { t: (await createTranslator(words)).t, format: createFormatter(words, settings.timeZone ?? undefined) });
      let path: string | null = null;
      if (save) {
        path = await files().chooseSavePath({ purpose: 'recall-csv', defaultName: `${fileNameFor('recall', lot || product, todayIso())}.csv` });
        if (path !== null) {
          try {
            await writeFileAtomic(path, csv);
          } catch (error) {
            throw storageFailure('file-write-failed', error);
          }
        }
      }
      if (save && path !== null) {
        await store.auditRecordOutput({ action: 'lot.recall-export', entity: 'lot', entityId: lot || product, detail: { lot, product, rows: uses.length } }, ctx.actor());
      }
      return { csv, rows: uses.length, path };
    },
  };
}
