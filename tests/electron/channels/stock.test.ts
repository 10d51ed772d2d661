import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/handlers.ts';
import { holdStore } from '../../../electron/store/storeHolder.ts';
import { testAccess } from '../access/fixtures.ts';
import { memorySettings, ok } from '../handlerFixtures.ts';
import { openTestStore, tempDir } from '../store/fixtures.ts';

/** The stock channels over a real store, on a pinned day, saving into a temporary folder. */
async function stockApi() {
  const { store, path } = openTestStore();
  const dir = tempDir();
  const api = createHandlers({
    store: holdStore(store),
    settings: memorySettings({ stockExpiryWarningDays: 30, stockLowUnits: 4, timeZone: 'UTC' }),
    access: testAccess({ name: 'Dr Weiß' }),
    appInfo: () => ({ version: 't', dataDir: '', databasePath: '', schemaVersion: store.schemaVersion }),
    files: { chooseSavePath: async () => join(dir, 'stock.csv') },
    now: () => new Date('2026-03-10T12:00:00.000Z'),
  });
  const product = await ok(api.saveCatalogueProduct({ name: 'Lidocaine 2%', kind: 'medicinal' }));
  return { api, path, product };
}

describe('the stock channels', () => {
  it('refuse bad input before anything is written, naming the field', async () => {
    const { api, product } = await stockApi();
    const base = { productId: product.id, lot: 'LD-1', expiry: '2026-04-01', quantity: 5, receivedOn: '2026-03-10' };
    for (const [bad, field] of [
      [{ ...base, quantity: 0 }, 'quantity'],
      [{ ...base, quantity: 2.5 }, 'quantity'],
      [{ ...base, lot: '  ' }, 'lot'],
      [{ ...base, expiry: '2026-02-30' }, 'expiry'],
      [{ ...base, productId: 'nope' }, 'productId'],
      [{ ...base, extra: 1 }, null],
    ] as const) {
      const answer = await api.receiveLot(bad);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (field && !answer.ok) expect(answer.error.field).toBe(field);
    }
    expect(await api.adjustLot({ lotId: product.id, reason: 'broken', quantity: 0 })).toMatchObject({ ok: false, error: { field: 'quantity', reason: 'adjustment-changes-nothing' } });
    expect(await api.adjustLot({ lotId: product.id, reason: 'lost', quantity: -1 })).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'reason' } });
    expect((await ok(api.listStock({}))).rows).toEqual([]);
  });

  it('list the lots with their states on the clinic’s day and settings, and export them as CSV in a language', async () => {
    const { api, product } = await stockApi();
    await ok(api.receiveLot({ productId: product.id, lot: 'LD-1', expiry: '2026-04-01', quantity: 3, supplier: 'Pharma; Sud', receivedOn: '2026-03-10' }));
    await ok(api.receiveLot({ productId: product.id, lot: 'LD-0', expiry: '2026-03-01', quantity: 9, receivedOn: '2026-01-10' }));
    const view = await ok(api.listStock({}));
    expect(view).toMatchObject({ today: '2026-03-10', expiryWarningDays: 30, lowUnits: 4 });
    expect(view.rows.map((r) => [r.lot, r.states])).toEqual([['LD-0', ['expired', 'low']], ['LD-1', ['expiring', 'low']]]);

    const fr = await ok(api.exportStockCsv({ save: true, language: 'fr' }));
    expect(fr.rows).toBe(2);
    expect(fr.csv.split('\r\n')[0]).toBe('\uFEFFProduit;Lot;Péremption;En stock;État;Fournisseur;Reçu le');
    expect(fr.csv).toContain('Lidocaine 2%;LD-1;01/04/2026;3;Péremption proche, Stock bas;"Pharma; Sud";10/03/2026');
    expect(readFileSync(fr.path!, 'utf8')).toBe(fr.csv);
    const en = await ok(api.exportStockCsv({}));
    expect(en.path).toBeNull();
    expect(en.csv.split('\r\n')[0]).toBe('\uFEFFProduct,Lot,Expiry,On hand,State,Supplier,Received on');
  });
});
