import type { Namespace, TFunction } from 'i18next';
import type { Formatter } from './format/formatter.ts';
import { csvField, csvSeparator } from './lotRecallCsv.ts';
import type { StockRow } from './stockStates.ts';

/**
 * The stock screen as CSV, written as the lot recall's is (shared/lotRecallCsv.ts says why: the separator
 * and dates of the language's spreadsheets, RFC 4180 quoting, a byte order mark, formulas defused).
 * Units on hand are whole numbers, so no decimal separator is needed.
 */
const HEADER_KEYS = ['stock:csv.product', 'stock:csv.lot', 'stock:csv.expiry', 'stock:csv.onHand', 'stock:csv.state', 'stock:csv.supplier', 'stock:csv.receivedOn'] as const;

export type StockCsvWords = { t: TFunction<Namespace>; format: Pick<Formatter, 'locale' | 'dateShort'> };

/** A row's states in words ("Expired, Low stock"); '' when none. */
function stockStatesText(t: TFunction<Namespace>, row: Pick<StockRow, 'states'>): string {
  return row.states.map((s) => t(`stock:state.${s}`)).join(', ');
}

export function stockCsv(rows: readonly StockRow[], { t, format }: StockCsvWords): string {
  const separator = csvSeparator(format.locale);
  const date = (iso: string) => (iso ? format.dateShort(iso) : '');
  const lines = rows.map((r) => [r.productName, r.lot, date(r.expiry), String(r.onHand), stockStatesText(t, r), r.supplier, date(r.receivedOn)]);
  return `\uFEFF${[HEADER_KEYS.map((k) => t(k)), ...lines].map((l) => l.map((cell) => csvField(cell, separator)).join(separator)).join('\r\n')}\r\n`;
}
