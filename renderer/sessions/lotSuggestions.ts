import { lotKey, type StockLot } from '../../shared/stock.ts';
import type { ProductDraft } from './cocktail.ts';

/**
 * The cocktail's lot as a pick from the lots in stock: which lots a row's catalogue product offers, in the
 * order the cupboard should be used, and what picking one fills. Pure, tested in
 * tests/renderer/sessions/lotSuggestions.test.ts.
 */

/** A lot offered for the row, expired or not on the session's day (the screen marks the expired ones). */
export type LotSuggestion = StockLot & { expired: boolean };

/** Enough for a product's open deliveries without a list longer than the cocktail row. */
const LOT_LIMIT = 8;

/**
 * The lots of the row's catalogue product (none for a product typed by hand) whose number holds what is
 * typed (spacing and case aside): lots with units on hand before lots at none (a count may be behind the
 * cupboard), unexpired before expired on the session's day, and within each the soonest expiry first, so
 * that the oldest usable vial is used first; expired lots come last whatever their units.
 */
export function lotSuggestions(stock: readonly StockLot[], catalogueId: string | null, typed: string, sessionDate: string, limit = LOT_LIMIT): LotSuggestion[] {
  if (catalogueId === null) return [];
  const wanted = lotKey(typed);
  return stock
    .filter((s) => s.productId === catalogueId && lotKey(s.lot).includes(wanted))
    .map((s) => ({ ...s, expired: s.expiry < sessionDate }))
    .sort((a, b) => rank(a) - rank(b) || a.expiry.localeCompare(b.expiry) || a.lot.localeCompare(b.lot))
    .slice(0, limit);
}

function rank(s: LotSuggestion): number {
  return (s.expired ? 2 : 0) + (s.onHand > 0 ? 0 : 1);
}

/** A lot picked for a row: its number as received and its expiry; the rest of the row stays as it was. */
export function pickLot(draft: ProductDraft, lot: Pick<StockLot, 'lot' | 'expiry'>): ProductDraft {
  return { ...draft, lot: lot.lot, expiry: lot.expiry };
}
