import type { STOCK_CHANNELS } from '../../shared/channels/stock.ts';
import { todayIso } from '../../shared/dates.ts';
import { createFormatter } from '../../shared/format/formatter.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { stockCsv } from '../../shared/stockCsv.ts';
import { stockRows } from '../../shared/stockStates.ts';
import { ApiError, storageFailure } from '../../shared/errors.ts';
import { writeFileAtomic } from '../atomicWrite.ts';
import type { ChannelContext, ChannelHandlers } from './context.ts';
import { todayAtClinic } from './todayAtClinic.ts';

/** Lots in stock; the screen's states are judged here, on the clinic's day and with its settings. */
export function stockChannels(ctx: Pick<ChannelContext, 'store' | 'actor' | 'settings' | 'files' | 'now'>): ChannelHandlers<typeof STOCK_CHANNELS> {
  const view = async () => {
    const settings = ctx.settings();
    const rules = { today: todayAtClinic(settings, ctx.now?.()), expiryWarningDays: settings.stockExpiryWarningDays, lowUnits: settings.stockLowUnits };
    return { ...rules, rows: stockRows(await ctx.store().listStock(), rules) };
  };
  return {
    listStock: view,
    listStockMovements: ({ lotId }) => ctx.store().listStockMovements(lotId),
    receiveLot: (fields) => ctx.store().receiveLot(fields, ctx.actor()),
    adjustLot: (fields) => ctx.store().adjustLot(fields, ctx.actor()),
    exportStockCsv: async ({ save, language }) => {
      const { rows } = await view();
      const settings = ctx.settings();
      const words = language ?? settings.language ?? 'en';
      const csv = stockCsv(rows, { t: (await createTranslator(words)).t, format: createFormatter(words, settings.timeZone ?? undefined) });
      if (!save) return { csv, rows: rows.length, path: null };
      if (!ctx.files) throw new ApiError({ code: 'conflict', field: null, reason: 'files-unavailable' });
      const path = await ctx.files.chooseSavePath({ purpose: 'stock-csv', defaultName: `stock-${todayIso(ctx.now?.())}.csv` });
      if (path === null) return { csv, rows: rows.length, path };
      try {
        await writeFileAtomic(path, csv);
      } catch (error) {
        throw storageFailure('file-write-failed', error);
      }
      await ctx.store().auditRecordOutput({ action: 'stock.export', entity: 'stock-lot', entityId: 'stock', detail: { rows: rows.length } }, ctx.actor());
      return { csv, rows: rows.length, path };
    },
  };
}
