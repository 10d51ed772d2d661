import type { StockLot } from './stock.ts';

/**
 * What the stock screen flags on a lot: expired (its expiry is before today: the last day printed on the
 * box is still usable), expiring (within the warning window, a setting), and low (its product's units
 * in unexpired lots at or under the clinic's threshold, a setting; 0 turns the warning off).
 *
 * Low stock is one clinic-wide threshold rather than one per product: the catalogue (schema 13, frozen)
 * has no column for it, and a per-product threshold would be a second number to keep on every product
 * before the first warning is of any use. A clinic that needs it per product can have it later as an
 * optional override of this setting.
 */
export type ExpiryState = 'expired' | 'expiring' | 'ok';
export const STOCK_STATES = ['expired', 'expiring', 'low'] as const;
export type StockState = (typeof STOCK_STATES)[number];

export type StockRules = { today: string; expiryWarningDays: number; lowUnits: number };

export function expiryState(expiry: string, today: string, warningDays: number): ExpiryState {
  if (expiry < today) return 'expired';
  return expiry <= addDays(today, warningDays) ? 'expiring' : 'ok';
}

/** A lot with what the screen flags on it, most urgent first. */
export type StockRow = StockLot & { expiryState: ExpiryState; low: boolean; states: StockState[] };

/** Every lot with its states: the product's units are counted over its unexpired lots once for all. */
export function stockRows(lots: readonly StockLot[], rules: StockRules): StockRow[] {
  const usable = new Map<string, number>();
  for (const lot of lots) {
    if (lot.expiry >= rules.today) usable.set(lot.productId, (usable.get(lot.productId) ?? 0) + Math.max(0, lot.onHand));
  }
  return lots.map((lot) => {
    const expiry = expiryState(lot.expiry, rules.today, rules.expiryWarningDays);
    const low = rules.lowUnits > 0 && (usable.get(lot.productId) ?? 0) <= rules.lowUnits;
    const states: StockState[] = [...(expiry === 'ok' ? [] : [expiry]), ...(low ? (['low'] as const) : [])];
    return { ...lot, expiryState: expiry, low, states };
  });
}

/** YYYY-MM-DD plus whole days, in UTC so that no clock change moves it. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const STOCK_SORT_KEYS = ['product', 'lot', 'expiry', 'onHand', 'state'] as const;
export type StockSortKey = (typeof STOCK_SORT_KEYS)[number];

const STATE_RANK: Record<ExpiryState, number> = { expired: 0, expiring: 1, ok: 2 };

/** The rows sorted by a column, ties by product, then expiry (first to expire first), then lot. */
export function sortStockRows(rows: readonly StockRow[], key: StockSortKey, descending: boolean, collator: Intl.Collator): StockRow[] {
  const byKey = (a: StockRow, b: StockRow): number => {
    switch (key) {
      case 'product':
        return collator.compare(a.productName, b.productName);
      case 'lot':
        return collator.compare(a.lot, b.lot);
      case 'expiry':
        return a.expiry.localeCompare(b.expiry);
      case 'onHand':
        return a.onHand - b.onHand;
      case 'state':
        return STATE_RANK[a.expiryState] - STATE_RANK[b.expiryState] || Number(b.low) - Number(a.low);
    }
  };
  const tie = (a: StockRow, b: StockRow) => collator.compare(a.productName, b.productName) || a.expiry.localeCompare(b.expiry) || collator.compare(a.lot, b.lot);
  return [...rows].sort((a, b) => (descending ? -byKey(a, b) : byKey(a, b)) || tie(a, b));
}

/** Whether a row matches what is typed in the search: product name, lot or supplier, regardless of case and accents. */
export function matchesStockSearch(row: Pick<StockRow, 'productName' | 'lot' | 'supplier'>, search: string): boolean {
  const wanted = fold(search.trim());
  return wanted === '' || [row.productName, row.lot, row.supplier].some((text) => fold(text).includes(wanted));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und');
}
