import { z } from 'zod';
import { languageSchema } from '../i18n/languageSchemas.ts';
import type { StockChange } from '../repository.ts';
import { adjustLotSchema, receiveLotSchema, type StockMovement } from '../stock.ts';
import type { StockRow } from '../stockStates.ts';
import { entityId } from '../text.ts';
import { returns, type ChannelContract } from './contract.ts';

/** The stock as the screen shows it: each lot with its states, and the day and thresholds they were judged by. */
export type StockView = { today: string; expiryWarningDays: number; lowUnits: number; rows: StockRow[] };
export type StockCsvOutcome = { csv: string; rows: number; path: string | null };

const stockCsvSchema = z
  .object({
    /** Also written where the user chooses; without it, the text only. */
    save: z.boolean().default(false),
    /** The language of the headers and words (the screen's); absent: the clinic's. */
    language: languageSchema.optional(),
  })
  .strict();

/** Lots in stock: receipts, adjustments, the stock screen and its CSV. Uses are written by signSession. */
export const STOCK_CHANNELS = {
  listStock: { input: z.object({}).strict(), output: returns<StockView>() },
  listStockMovements: { input: z.object({ lotId: entityId }).strict(), output: returns<StockMovement[]>() },
  receiveLot: { input: receiveLotSchema, output: returns<StockChange>() },
  adjustLot: { input: adjustLotSchema, output: returns<StockChange>() },
  exportStockCsv: { input: stockCsvSchema, output: returns<StockCsvOutcome>() },
} as const satisfies Record<string, ChannelContract>;
