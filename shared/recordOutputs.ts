import { z } from 'zod';
import { isoDate } from './dates.ts';
import { languageSchema } from './i18n/languageSchemas.ts';
import { productUseQuerySchema } from './lotRecall.ts';
import { entityId } from './text.ts';

/**
 * Inputs and outputs of the channels that take things out of the record: course timelines, the compare
 * diff, the printed records (PDF), lot recall. The renderer never names a file path: where a file goes
 * is asked in the main process with a save dialog.
 */

export const courseTimelineQuerySchema = z.object({ courseId: entityId, asOf: isoDate.optional() }).strict();
export const compareSessionsSchema = z
  .object({ sessionIds: z.array(entityId).min(2).max(4) })
  .strict();
/** `language`: the record's language when the practitioner asks for one; absent, the patient's (else the clinic's). */
export const exportSessionPdfSchema = z
  .object({ sessionId: entityId, open: z.boolean().default(false), /** The session's photos on pages of their own. */ includePhotos: z.boolean().default(false), language: languageSchema.optional() })
  .strict();
export const exportCoursePdfSchema = z.object({ courseId: entityId, open: z.boolean().default(false), language: languageSchema.optional() }).strict();
/** One adverse event as a report of its own (a one-page form an agency report can be filled from). */
export const exportAdverseEventPdfSchema = z.object({ adverseEventId: entityId, open: z.boolean().default(false), language: languageSchema.optional() }).strict();
/** A recall search (lot, product or both) as CSV text; with `save`, also written where the user chooses. */
export const lotRecallCsvSchema = z
  .object({
    lot: z.string().trim().max(60).default(''),
    product: z.string().trim().max(120).default(''),
    save: z.boolean().default(false),
    /** The language of the CSV's headers and words (the screen's by default); absent: the clinic's. */
    language: languageSchema.optional(),
  })
  .strict()
  .refine((q) => q.lot !== '' || q.product !== '', { params: { reason: 'lot-or-product' }, path: ['lot'] });
export { productUseQuerySchema };

/** A saved file, or the user cancelled the save dialog. */
export type SavedFile = { saved: true; path: string; opened: boolean } | { saved: false };
export type PdfExportOutcome = (SavedFile & { saved: true; pages: number; bytes: number }) | { saved: false };

/** A running export, for a progress bar: poll getExportProgress while an export call is pending. */
export type ExportProgressEntry = { id: string; kind: 'session' | 'course' | 'consent' | 'adverse-event'; sessionsDone: number; sessionsTotal: number; pages: number; startedAt: string };

export type LotRecallCsvOutcome = { csv: string; rows: number; path: string | null };
