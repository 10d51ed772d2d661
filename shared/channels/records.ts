import { z } from 'zod';
import { auditListQuerySchema, type AuditCheck } from '../audit.ts';
import type { AuditPage } from '../repository.ts';
import { exportConsentPdfSchema } from '../consent.ts';
import type { ProductUse } from '../lotRecall.ts';
import {
  compareSessionsSchema,
  exportAdverseEventPdfSchema,
  exportCoursePdfSchema,
  exportSessionPdfSchema,
  lotRecallCsvSchema,
  productUseQuerySchema,
  type ExportProgressEntry,
  type LotRecallCsvOutcome,
  type PdfExportOutcome,
} from '../recordOutputs.ts';
import type { SessionDiff } from '../sessionDiff.ts';
import { returns, type ChannelContract } from './contract.ts';

/** What is read across the record or taken out of it: comparison, printed records, lot recall, the audit check. */
export const RECORD_CHANNELS = {
  /** Region by region across 2–4 sessions of one patient, as corrected by their amendments. */
  compareSessions: { input: compareSessionsSchema, output: returns<SessionDiff>() },
  /** Asks where to save (a dialog in main), writes the session record as PDF off the event loop; audited 'session.print'. */
  exportSessionPdf: { input: exportSessionPdfSchema, output: returns<PdfExportOutcome>() },
  /** The same for a whole course; audited 'course.export'. Poll getExportProgress meanwhile for a progress bar. */
  exportCoursePdf: { input: exportCoursePdfSchema, output: returns<PdfExportOutcome>() },
  /** The signed consent as a PDF of its own (save dialog in main); audited 'consent.print'. */
  exportConsentPdf: { input: exportConsentPdfSchema, output: returns<PdfExportOutcome>() },
  /** An adverse event as a report of its own (save dialog in main); audited 'adverse-event.print'. */
  exportAdverseEventPdf: { input: exportAdverseEventPdfSchema, output: returns<PdfExportOutcome>() },
  getExportProgress: { input: z.object({}).strict(), output: returns<{ running: ExportProgressEntry[] }>() },
  /** Every session that used a lot (or a product), across patients, including lots set or corrected by amendments. */
  findProductUses: { input: productUseQuerySchema, output: returns<ProductUse[]>() },
  /** The same as CSV (RFC 4180, UTF-8 with BOM); with `save`, also written where the user chooses. */
  exportLotRecallCsv: { input: lotRecallCsvSchema, output: returns<LotRecallCsvOutcome>() },
  /**
   * Recomputes the audit trail's hash chain (an edited or removed past entry is reported) and compares it
   * with the chain heads the backups found recorded: one naming an entry the chain no longer has is a finding.
   */
  verifyAudit: { input: z.object({}).strict(), output: returns<AuditCheck>() },
  /** A page of the audit trail, newest first, of one kind or all. */
  listAuditEntries: { input: auditListQuerySchema, output: returns<AuditPage>() },
} as const satisfies Record<string, ChannelContract>;
