import { describe, expect, it } from 'vitest';
import { adjustLotSchema, adjustmentProblem, lotKey, onHand, receiveLotSchema } from '../../shared/stock.ts';
import { addDays, expiryState, matchesStockSearch, sortStockRows, stockRows } from '../../shared/stockStates.ts';
import { stockUses, unitsFor } from '../../shared/stockUse.ts';

const P = '3f0b2c3e-8c1a-4d6e-9f00-000000000001';
const Q = '3f0b2c3e-8c1a-4d6e-9f00-000000000002';
const lot = (over: Partial<Parameters<typeof stockRows>[0][number]>) => ({ id: 'l', productId: P, productName: 'Lidocaine', productRetired: false, lot: 'A1', expiry: '2027-01-31', supplier: '', receivedOn: '', onHand: 10, ...over });

describe('stock arithmetic', () => {
  it('counts on hand as the sum of the movements', () => {
    expect(onHand([{ quantity: 10 }, { quantity: -1 }, { quantity: -2 }, { quantity: 4 }])).toBe(11);
    expect(onHand([])).toBe(0);
  });

  it('refuses an adjustment that would take stock below zero, unless it is a count', () => {
    expect(adjustmentProblem(2, -2, 'broken')).toBeNull();
    expect(adjustmentProblem(2, -3, 'broken')).toBe('negative-stock');
    expect(adjustmentProblem(0, -1, 'returned')).toBe('negative-stock');
    expect(adjustmentProblem(2, -3, 'counted')).toBeNull();
    expect(adjustmentProblem(-1, 2, 'discarded')).toBeNull();
  });

  it('checks receipts and adjustments: whole units, a reason, a change unless a count', () => {
    expect(receiveLotSchema.safeParse({ productId: P, lot: ' A1 ', expiry: '2027-01-31', quantity: 5, receivedOn: '2026-01-02' }).data).toMatchObject({ lot: 'A1', supplier: '', note: '' });
    expect(receiveLotSchema.safeParse({ productId: P, lot: 'A1', expiry: '2027-01-31', quantity: 0, receivedOn: '2026-01-02' }).success).toBe(false);
    expect(receiveLotSchema.safeParse({ productId: P, lot: 'A1', expiry: '2027-01-31', quantity: 1.5, receivedOn: '2026-01-02' }).success).toBe(false);
    expect(receiveLotSchema.safeParse({ productId: P, lot: '', expiry: '2027-01-31', quantity: 1, receivedOn: '2026-01-02' }).success).toBe(false);
    expect(adjustLotSchema.safeParse({ lotId: P, reason: 'broken', quantity: 0 }).success).toBe(false);
    expect(adjustLotSchema.safeParse({ lotId: P, reason: 'counted', quantity: 0 }).success).toBe(true);
    expect(adjustLotSchema.safeParse({ lotId: P, reason: 'lost', quantity: -1 }).success).toBe(false);
  });

  it('matches a typed lot with the lot received regardless of case and blanks', () => {
    expect(lotKey(' ab 12 ')).toBe(lotKey('AB12'));
    expect(lotKey('AB12')).not.toBe(lotKey('AB13'));
  });
});

describe('use on signing', () => {
  const inStock = [
    { id: 'lido', productId: P, lot: 'LD-1', presentationVolumeMl: 2 },
    { id: 'vitc', productId: Q, lot: 'VC-9', presentationVolumeMl: null },
  ];

  it('takes one unit per lot per session when the volumes say no more', () => {
    expect(stockUses([{ catalogueId: P, lot: 'ld-1', volumeMl: 1 }], inStock)).toEqual([{ lotId: 'lido', units: 1, volumeMl: 1 }]);
    expect(stockUses([{ catalogueId: Q, lot: 'VC-9', volumeMl: 12 }], inStock)).toEqual([{ lotId: 'vitc', units: 1, volumeMl: 12 }]);
    expect(stockUses([{ catalogueId: P, lot: 'LD-1', volumeMl: null }], inStock)).toEqual([{ lotId: 'lido', units: 1, volumeMl: null }]);
  });

  it('takes the volume over the presentation volume, rounded up, lines of one lot added first', () => {
    expect(stockUses([{ catalogueId: P, lot: 'LD-1', volumeMl: 3 }], inStock)[0]?.units).toBe(2);
    expect(stockUses([{ catalogueId: P, lot: 'LD-1', volumeMl: 1 }, { catalogueId: P, lot: ' ld-1', volumeMl: 1 }], inStock)).toEqual([{ lotId: 'lido', units: 1, volumeMl: 2 }]);
    expect(unitsFor(0.6000000000000001 * 10, 0.6 * 10)).toBe(1);
    expect(unitsFor(0, 2)).toBe(1);
  });

  it('takes nothing for a product typed by hand, a lot not in stock, or no lot', () => {
    expect(stockUses([{ catalogueId: null, lot: 'LD-1', volumeMl: 1 }, { catalogueId: P, lot: 'LD-2', volumeMl: 1 }, { catalogueId: P, lot: ' ', volumeMl: 1 }, { catalogueId: Q, lot: 'LD-1', volumeMl: 1 }], inStock)).toEqual([]);
  });
});

describe('the stock screen’s states', () => {
  const rules = { today: '2026-03-10', expiryWarningDays: 60, lowUnits: 5 };

  it('says expired before the expiry day has passed, expiring within the window, in date after', () => {
    expect(expiryState('2026-03-09', '2026-03-10', 60)).toBe('expired');
    expect(expiryState('2026-03-10', '2026-03-10', 60)).toBe('expiring');
    expect(expiryState(addDays('2026-03-10', 60), '2026-03-10', 60)).toBe('expiring');
    expect(expiryState(addDays('2026-03-10', 61), '2026-03-10', 60)).toBe('ok');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('flags a product low by its units in unexpired lots, on each of its lots', () => {
    const rows = stockRows([lot({ id: 'a', onHand: 3, expiry: '2027-01-31' }), lot({ id: 'b', onHand: 50, expiry: '2026-01-31' }), lot({ id: 'c', productId: Q, onHand: 6 })], rules);
    expect(rows.map((r) => [r.id, r.states])).toEqual([['a', ['low']], ['b', ['expired', 'low']], ['c', []]]);
    expect(stockRows([lot({ onHand: 0 })], { ...rules, lowUnits: 0 })[0]?.states).toEqual([]);
  });

  it('sorts by any column and searches product, lot and supplier', () => {
    const rows = stockRows([lot({ id: 'a', productName: 'Vitamin C', onHand: 2 }), lot({ id: 'b', productName: 'Lidocaine', onHand: 9, expiry: '2026-03-01' })], rules);
    const collator = new Intl.Collator('en');
    expect(sortStockRows(rows, 'product', false, collator).map((r) => r.id)).toEqual(['b', 'a']);
    expect(sortStockRows(rows, 'onHand', true, collator).map((r) => r.id)).toEqual(['b', 'a']);
    expect(sortStockRows(rows, 'state', false, collator).map((r) => r.id)).toEqual(['b', 'a']);
    expect(matchesStockSearch({ productName: 'Lidocaïne', lot: 'X', supplier: 'Pharma Sud' }, 'lidocaine')).toBe(true);
    expect(matchesStockSearch({ productName: 'Lidocaine', lot: 'X', supplier: 'Pharma Sud' }, 'sud')).toBe(true);
    expect(matchesStockSearch({ productName: 'Lidocaine', lot: 'X', supplier: '' }, 'vit')).toBe(false);
  });
});
