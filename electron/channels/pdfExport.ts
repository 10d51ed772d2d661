import { ApiError, storageFailure } from '../../shared/errors.ts';
import type { RecallLettersData } from '../pdf/recallLetterData.ts';
import type { RecoverySheetData } from '../pdf/recoverySheetData.ts';
import type { RecordData } from '../pdf/recordData.ts';
import { exportPdf, type ExportProgress, type ExportResult } from '../pdf/exportPdf.ts';
import type { ChannelContext } from './context.ts';

/** What a PDF export answers once written: its file, its size, and whether it was opened. */
export type WrittenPdf = { saved: true; path: string; pages: number; bytes: number; opened: boolean };

/**
 * The end of every PDF export a channel makes, records and recall letters alike: the PDF written by the
 * worker, the output audited (`audit`, given the result), then the file opened when asked. A failure to
 * write is a storage failure; a refusal of the domain (an ApiError) passes as it is.
 */
export async function writePdfExport(
  ctx: Pick<ChannelContext, 'files' | 'pdf'>,
  data: RecordData | RecallLettersData | RecoverySheetData,
  path: string,
  open: boolean,
  audit: (result: ExportResult) => void | Promise<void>,
  onProgress?: (p: ExportProgress) => void,
): Promise<WrittenPdf> {
  try {
    const result = await exportPdf(data, path, onProgress, ctx.pdf);
    await audit(result);
    let opened = false;
    if (open && ctx.files?.openSavedFile) {
      await ctx.files.openSavedFile(result.path);
      opened = true;
    }
    return { saved: true, path: result.path, pages: result.pages, bytes: result.bytes, opened };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw storageFailure('export-failed', error);
  }
}
