import { z } from 'zod';
import type { PdfExportOutcome } from '../recordOutputs.ts';
import {
  closeRecallSchema,
  exportRecallCsvSchema,
  exportRecallLettersSchema,
  markContactSchema,
  openRecallSchema,
  recallIdSchema,
  type Recall,
  type RecallSummary,
} from '../recall.ts';
import { returns, type ChannelContract } from './contract.ts';

/** Recalls as records: opened from a lot search, followed patient by patient, exported, closed. */
export const RECALL_CHANNELS = {
  /** Open recalls first, newest first, each with "n of m contacted". */
  listRecalls: { input: z.object({}).strict(), output: returns<RecallSummary[]>() },
  getRecall: { input: recallIdSchema, output: returns<Recall>() },
  /** Opens a recall for a lot and/or a product: the patients the search finds now are frozen into it; audited 'recall.open'. */
  openRecall: { input: openRecallSchema, output: returns<Recall>() },
  /** Marks a patient contacted, or corrects the mark; refused on a closed recall. */
  markRecallContact: { input: markContactSchema, output: returns<Recall>() },
  closeRecall: { input: closeRecallSchema, output: returns<Recall>() },
  /** The recall's patients as CSV (the lot recall's way); with `save`, written where the user chooses, audited 'recall.export'. */
  exportRecallCsv: { input: exportRecallCsvSchema, output: returns<{ csv: string; rows: number; path: string | null }>() },
  /** One letter per patient as a PDF (save dialog in main); audited 'recall.print'. */
  exportRecallLetters: { input: exportRecallLettersSchema, output: returns<PdfExportOutcome>() },
} as const satisfies Record<string, ChannelContract>;
