import type { RECALL_CHANNELS } from '../../shared/channels/recalls.ts';
import { todayIso } from '../../shared/dates.ts';
import { ApiError, notFound, storageFailure } from '../../shared/errors.ts';
import { createFormatter } from '../../shared/format/formatter.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import type { Recall } from '../../shared/recall.ts';
import { recallCsv } from '../../shared/recallCsv.ts';
import { writeFileAtomic } from '../atomicWrite.ts';
import { assertPrintable } from '../pdf/exportPdf.ts';
import { recallLettersData } from '../pdf/recallLetterData.ts';
import type { ChannelContext, ChannelHandlers } from './context.ts';
import { writePdfExport } from './pdfExport.ts';
import type { FilePort } from './filePort.ts';

export type RecallChannelContext = Pick<ChannelContext, 'store' | 'settings' | 'actor' | 'files' | 'pdf' | 'now'>;

/** A file name from the recall's lot or product and a date: letters of any script kept, the rest dashed. */
function recallFileName(recall: Pick<Recall, 'lot' | 'product'>, kind: string, date: string): string {
  return [kind, recall.lot || recall.product, date]
    .join(' ')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

/** Recalls as records; their exports go through the one CSV way, the one atomic writer and the PDF worker. */
export function recallChannels(ctx: RecallChannelContext): ChannelHandlers<typeof RECALL_CHANNELS> {
  const files = (): FilePort => {
    if (!ctx.files) throw new ApiError({ code: 'conflict', field: null, reason: 'files-unavailable' });
    return ctx.files;
  };
  const recallOf = async (id: string): Promise<Recall> => {
    const recall = await ctx.store().getRecall(id);
    if (!recall) throw notFound('recall', id);
    return recall;
  };
  const today = () => todayIso(ctx.now?.());

  return {
    listRecalls: () => ctx.store().listRecalls(),
    getRecall: ({ id }) => recallOf(id),
    openRecall: (fields) => ctx.store().openRecall(fields, ctx.actor()),
    markRecallContact: (fields) => ctx.store().markRecallContact(fields, ctx.actor()),
    closeRecall: ({ id, note }) => ctx.store().closeRecall(id, note, ctx.actor()),

    exportRecallCsv: async ({ id, save, language }) => {
      const recall = await recallOf(id);
      const settings = ctx.settings();
      const words = language ?? settings.language ?? 'en';
      const csv = recallCsv(recall, { t: (await createTranslator(words)).t, format: createFormatter(words, settings.timeZone ?? undefined) });
      const rows = recall.patients.length;
      if (!save) return { csv, rows, path: null };
      const path = await files().chooseSavePath({ purpose: 'recall-csv', defaultName: `${recallFileName(recall, 'recall', today())}.csv` });
      if (path === null) return { csv, rows, path };
      try {
        await writeFileAtomic(path, csv);
      } catch (error) {
        throw storageFailure('file-write-failed', error);
      }
      await ctx.store().auditRecordOutput({ action: 'recall.export', entity: 'recall', entityId: id, detail: { format: 'csv', rows } }, ctx.actor());
      return { csv, rows, path };
    },

    exportRecallLetters: async ({ id, open, language }) => {
      const recall = await recallOf(id);
      const data = recallLettersData({ recall, settings: ctx.settings(), printedBy: ctx.actor().name, language, ...(ctx.now ? { now: ctx.now } : {}) });
      // A character no font can draw is refused before the save dialog: nothing is asked or written.
      assertPrintable(data, ctx.pdf?.fontDir);
      const path = await files().chooseSavePath({ purpose: 'recall-letters', defaultName: `${recallFileName(recall, 'recall-letters', today())}.pdf` });
      if (path === null) return { saved: false };
      return writePdfExport(ctx, data, path, open, (result) =>
        ctx.store().auditRecordOutput({ action: 'recall.print', entity: 'recall', entityId: id, detail: { pages: result.pages, letters: data.letters.length } }, ctx.actor()),
      );
    },
  };
}
