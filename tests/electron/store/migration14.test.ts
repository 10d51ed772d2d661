import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/store/migrations.ts';
import { actor, dumpDatabase, openTestStore, tempDatabasePath } from './fixtures.ts';

const at = '2026-11-02T09:00:00.000Z';

/** A database as schema 13 left it, with a catalogue product. */
function versionThirteenDatabase() {
  const path = tempDatabasePath();
  const db = new DatabaseSync(path);
  const productId = randomUUID();
  try {
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db, 0, 13);
    db.prepare(`INSERT INTO catalogue_products (id, name, name_key, kind, presentation_form, retired, created_at, updated_at) VALUES (?, 'Lidocaine 2%', 'lidocaine 2%', 'medicinal', 'ampoule', 0, ?, ?)`).run(productId, at, at);
  } finally {
    db.close();
  }
  return { path, productId };
}

describe('migration 14: lots in stock', () => {
  it('adds empty stock to a database at 13, its catalogue untouched, and lots can be received', () => {
    const { path, productId } = versionThirteenDatabase();
    const before = dumpDatabase(path).catalogue_products;
    const { store } = openTestStore(path);
    expect(store.schemaVersion).toBeGreaterThanOrEqual(14);
    expect(dumpDatabase(path).catalogue_products).toEqual(before);
    expect(store.listStock()).toEqual([]);
    const received = store.receiveLot({ productId, lot: 'LD-1', expiry: '2027-05-31', quantity: 4, supplier: '', receivedOn: '2026-11-02', note: '' }, actor);
    expect(store.listStock()).toEqual([{ id: received.lotId, productId, productName: 'Lidocaine 2%', productRetired: false, lot: 'LD-1', expiry: '2027-05-31', supplier: '', receivedOn: '2026-11-02', onHand: 4 }]);
  });

  it('holds one lot per product and lot number, and movements that are never changed nor deleted', () => {
    const { path, productId } = versionThirteenDatabase();
    const { store } = openTestStore(path);
    const { lotId } = store.receiveLot({ productId, lot: 'LD-1', expiry: '2027-05-31', quantity: 4, supplier: '', receivedOn: '2026-11-02', note: '' }, actor);
    store.close();
    const db = new DatabaseSync(path);
    try {
      db.exec('PRAGMA foreign_keys = ON');
      expect(() => db.prepare(`INSERT INTO stock_lots (id, product_id, lot, lot_key, expiry, created_at) VALUES (?, ?, 'ld-1', 'LD-1', '2027-05-31', ?)`).run(randomUUID(), productId, at)).toThrow(/UNIQUE/);
      expect(() => db.prepare(`INSERT INTO stock_lots (id, product_id, lot, lot_key, expiry, created_at) VALUES (?, ?, 'X', 'X', '31/05/2027', ?)`).run(randomUUID(), productId, at)).toThrow(/CHECK/);
      expect(() => db.prepare('UPDATE stock_movements SET quantity = 40').run()).toThrow(/cannot be changed/);
      expect(() => db.prepare('DELETE FROM stock_movements').run()).toThrow(/cannot be deleted/);
      expect(() => db.prepare('DELETE FROM stock_lots WHERE id = ?').run(lotId)).toThrow(/cannot be deleted/);
      const movement = db.prepare(`INSERT INTO stock_movements (lot_id, kind, reason, quantity, at, actor) VALUES (?, ?, ?, ?, ?, 'Dr A')`);
      expect(() => movement.run(lotId, 'adjust', null, -1, at)).toThrow(/CHECK/);
      expect(() => movement.run(lotId, 'receive', null, -1, at)).toThrow(/CHECK/);
      expect(() => movement.run(lotId, 'use', null, -1, at)).toThrow(/CHECK/);
      expect(() => movement.run(lotId, 'adjust', 'lost', -1, at)).toThrow(/CHECK/);
      movement.run(lotId, 'adjust', 'broken', -1, at);
    } finally {
      db.close();
    }
  });
});
