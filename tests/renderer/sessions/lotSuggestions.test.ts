import { describe, expect, it } from 'vitest';
import type { StockLot } from '../../../shared/stock.ts';
import { emptyProductDraft } from '../../../renderer/sessions/cocktail.ts';
import { lotSuggestions, pickLot } from '../../../renderer/sessions/lotSuggestions.ts';

const lot = (id: string, lotNumber: string, expiry: string, onHand: number, productId = 'ha'): StockLot => ({
  id,
  productId,
  productName: productId,
  productRetired: false,
  lot: lotNumber,
  expiry,
  supplier: '',
  receivedOn: '2025-01-02',
  onHand,
});

const stock = [
  lot('late', 'HA-LATE', '2026-06-30', 4),
  lot('expired-old', 'HA-OLD', '2024-12-31', 5),
  lot('soon', 'HA-SOON', '2025-02-28', 2),
  lot('empty', 'HA-EMPTY', '2025-01-31', 0),
  lot('expired-recent', 'HA-RECENT', '2025-01-05', 1),
  lot('other', 'LD-1', '2025-02-01', 9, 'lido'),
];

describe('the lots a cocktail row offers', () => {
  it('offers its product’s lots: in stock and unexpired first, soonest expiry first, then none on hand, expired last', () => {
    const offered = lotSuggestions(stock, 'ha', '', '2025-01-06');
    expect(offered.map((s) => s.id)).toEqual(['soon', 'late', 'empty', 'expired-old', 'expired-recent']);
    expect(offered.map((s) => s.expired)).toEqual([false, false, false, true, true]);
  });

  it('counts a lot expiring on the session day as usable that day', () => {
    expect(lotSuggestions([lot('today', 'HA-T', '2025-01-06', 1)], 'ha', '', '2025-01-06')[0]?.expired).toBe(false);
  });

  it('filters by the lot typed, spacing and case aside', () => {
    expect(lotSuggestions(stock, 'ha', ' ha-so ON', '2025-01-06').map((s) => s.id)).toEqual(['soon']);
    expect(lotSuggestions(stock, 'ha', 'XYZ', '2025-01-06')).toEqual([]);
  });

  it('offers nothing for a product typed by hand, and at most the limit', () => {
    expect(lotSuggestions(stock, null, '', '2025-01-06')).toEqual([]);
    expect(lotSuggestions(stock, 'ha', '', '2025-01-06', 2).map((s) => s.id)).toEqual(['soon', 'late']);
  });

  it('fills lot and expiry on a pick, and nothing else', () => {
    const draft = { ...emptyProductDraft(), name: 'HA', volumeMl: '2', catalogueId: 'ha' };
    expect(pickLot(draft, { lot: 'HA-SOON', expiry: '2025-02-28' })).toEqual({ ...draft, lot: 'HA-SOON', expiry: '2025-02-28' });
  });
});
