import { randomUUID } from 'node:crypto';
import { sessionWithAmendments } from '../../shared/amendments.ts';
import type { ChannelInput } from '../../shared/api.ts';
import type { RECORD_CHANNELS } from '../../shared/channels/records.ts';
import { todayIso } from '../../shared/dates.ts';
import { ApiError, notFound, storageFailure } from '../../shared/errors.ts';
import { lotRecallCsv } from '../../shared/lotRecallCsv.ts';
import { createFormatter } from '../../shared/format/formatter.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { patientDisplayName } from '../../shared/patient.ts';
import { practitionersOnRecord } from '../../shared/practitionerOnRecord.ts';
import type { ExportProgressEntry, PdfExportOutcome } from '../../shared/recordOutputs.ts';
import { diffSessions } from '../../shared/sessionDiff.ts';
import { writeFileAtomic } from '../atomicWrite.ts';
import { backupAnchors } from '../backup/backupAuditHead.ts';
import { assertPrintable } from '../pdf/exportPdf.ts';
import { loadAdverseEventRecord, loadConsentRecord, loadCourseRecord, loadSessionRecord, type RecordData } from '../pdf/recordData.ts';
import type { ChannelContext, ChannelHandlers } from './context.ts';
import { writePdfExport } from './pdfExport.ts';
import type { FilePort } from './filePort.ts';

/** The printed records and the recall list need the store, the settings, who prints, and where files go. */
export type RecordChannelContext = Pick<ChannelContext, 'store' | 'settings' | 'actor' | 'files' | 'pdf' | 'photoDir' | 'photoCodec' | 'now' | 'backups'>;

/** A file name from a patient's name and a date: letters of any script kept, the rest dashed. */
function fileNameFor(...parts: string[]): string {
  return parts
    .join(' ')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

/**
 * What is read across the record or taken out of it: the compare diff, the printed records, lot recall,
 * the audit check. Plain Node: the save dialog and the opening of a file come in as the FilePort.
 */
export function recordChannels(ctx: RecordChannelContext) {
  const running = new Map<string, ExportProgressEntry>();
  const files = (): FilePort => {
    if (!ctx.files) throw new ApiError({ code: 'conflict', field: null, reason: 'files-unavailable' });
    return ctx.files;
  };
  // Who prints is the unlocked practitioner; the profiles give the record its practitioners' qualifications and registrations.
  const sources = async (language?: Language) => ({
    store: ctx.store(),
    settings: ctx.settings(),
    language,
    printedBy: ctx.actor().name,
    practitioners: practitionersOnRecord(await ctx.store().listPractitioners()),
    // The chain's newest link as the record is printed: printed in its footer, to compare the trail with later.
    auditHead: await ctx.store().auditHead(),
    ...(ctx.now ? { now: ctx.now } : {}),
  });

  /** `language`: the record's language if the practitioner asked for one; else the patient's, else the clinic's. */
  async function exportRecord(kind: 'session' | 'course' | 'consent' | 'adverse-event', id: string, open: boolean, includePhotos = false, language?: Language): Promise<PdfExportOutcome> {
    const data: RecordData =
      kind === 'session'
        ? await loadSessionRecord({ ...(await sources(language)), ...(includePhotos && ctx.photoDir ? { photos: { dir: ctx.photoDir, codec: ctx.photoCodec } } : {}) }, id)
        : kind === 'consent'
          ? await loadConsentRecord(await sources(language), id)
          : kind === 'adverse-event'
            ? await loadAdverseEventRecord(await sources(language), id)
            : await loadCourseRecord(await sources(language), id);
    // A character no font of the record can draw is refused before the save dialog: nothing is written.
    assertPrintable(data, ctx.pdf?.fontDir);
    const name = patientDisplayName(data.patient);
    const date = data.kind === 'session' ? data.entry.session.date : data.kind === 'consent' ? data.consent.signedAt.slice(0, 10) : data.kind === 'adverse-event' ? data.event.onsetDate : todayIso();
    const path = await files().chooseSavePath({
      purpose: kind === 'session' ? 'session-record' : kind === 'consent' ? 'consent-record' : kind === 'adverse-event' ? 'adverse-event-report' : 'course-record',
      defaultName: `${fileNameFor(name, kind, date)}.pdf`,
    });
    if (path === null) return { saved: false };
    const exportId = randomUUID();
    const total = data.kind === 'course' ? data.entries.length : 1;
    running.set(exportId, { id: exportId, kind, sessionsDone: 0, sessionsTotal: total, pages: 0, startedAt: new Date().toISOString() });
    try {
      return await writePdfExport(
        ctx,
        data,
        path,
        open,
        (result) =>
          ctx.store().auditRecordOutput(
            kind === 'session'
              ? { action: 'session.print', entity: 'session', entityId: id, detail: { pages: result.pages, photos: data.kind === 'session' ? (data.photos?.length ?? 0) : 0 } }
              : kind === 'consent'
                ? { action: 'consent.print', entity: 'consent', entityId: id, detail: { pages: result.pages } }
                : kind === 'adverse-event'
                  ? { action: 'adverse-event.print', entity: 'adverse-event', entityId: id, detail: { pages: result.pages } }
                  : { action: 'course.export', entity: 'course', entityId: id, detail: { pages: result.pages, sessions: total } },
            ctx.actor(),
          ),
        (p) => running.set(exportId, { ...(running.get(exportId) as ExportProgressEntry), ...p }),
      );
    } finally {
      running.delete(exportId);
    }
  }

  return {
    /** The region diff of 2–4 sessions of one patient, as amended: the one place it is computed (the compare view asks here). */
    compareSessions: async ({ sessionIds }) => {
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
    // Typed by what a caller may leave out (the channel's input before defaults), for direct calls in tests.
    exportSessionPdf: ({ sessionId, open, includePhotos, language }: ChannelInput<'exportSessionPdf'>) =>
      exportRecord('session', sessionId, open ?? false, includePhotos ?? false, language),
    exportConsentPdf: ({ consentId, open }) => exportRecord('consent', consentId, open),
    exportCoursePdf: ({ courseId, open, language }) => exportRecord('course', courseId, open, false, language),
    exportAdverseEventPdf: ({ adverseEventId, open, language }) => exportRecord('adverse-event', adverseEventId, open, false, language),
    getExportProgress: () => ({ running: [...running.values()] }),
    findProductUses: (query) => ctx.store().findProductUses(query, ctx.actor()),
    exportLotRecallCsv: async ({ lot, product, save, language }) => {
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
      // One entry either way: the list saved to a file, or (answered, not saved) a search.
      await store.auditRecordOutput({ action: save && path !== null ? 'lot.recall-export' : 'lot.search', entity: 'lot', entityId: lot || product, detail: { lot, product, rows: uses.length } }, ctx.actor());
      return { csv, rows: uses.length, path };
    },
    // The backups found are compared with the chain through what their manifests recorded of it.
    verifyAudit: async () => {
      const store = ctx.store();
      return { ...(await store.verifyAudit()), backups: await store.compareAuditWithBackups(backupAnchors(ctx.backups?.list() ?? [])) };
    },
    listAuditEntries: (query) => ctx.store().listAuditEntries(query),
  } satisfies ChannelHandlers<typeof RECORD_CHANNELS>;
}
