import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/store/migrations.ts';
import { transaction } from '../../../electron/store/transaction.ts';
import type { Patient } from '../../../shared/patient.ts';
import { productSchema } from '../../../shared/product.ts';
import { actor, dumpDatabase, openTestStore, patientFields, tempDatabasePath } from './fixtures.ts';
import { insertPatientBefore10, insertProductsBefore13, insertSessionBefore10, signSessionBefore10, withoutColumns } from './oldRows.ts';

const at = '2026-11-02T09:00:00.000Z';
const lidocaine = productSchema.parse({ name: 'Lidocaine 2%', activeIngredients: 'lidocaine', concentration: '2%', volumeMl: 1, lot: 'LD2-4471', expiry: '2027-05-31' });
const vitamins = productSchema.parse({ name: 'Vitamin C', volumeMl: 2, lot: 'VC-88', expiry: '2027-01-31' });

/** A database as schema 12 left it: a patient with a signed session and a draft, each with its cocktail. */
function versionTwelveDatabase() {
  const path = tempDatabasePath();
  const db = new DatabaseSync(path);
  const patient: Patient = { ...patientFields(), id: randomUUID(), archived: false, createdAt: at, updatedAt: at };
  const base = { patientId: patient.id, date: '2026-11-02', time: '09:00', practitioner: 'Dr. Anna Kowalska', indication: 'pain', vasBefore: 6, vasAfter: 2, sideEffects: [], notes: '' };
  const signedId = randomUUID();
  const draftId = randomUUID();
  try {
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db, 0, 12);
    transaction(db, () => {
      insertPatientBefore10(db, patient);
      insertSessionBefore10(db, { ...base, id: signedId });
      insertProductsBefore13(db, signedId, [lidocaine, vitamins]);
      signSessionBefore10(db, signedId, at, 'Dr. Anna Kowalska');
      insertSessionBefore10(db, { ...base, id: draftId });
      insertProductsBefore13(db, draftId, [vitamins]);
    });
  } finally {
    db.close();
  }
  return { path, signedId, draftId };
}

/** The session_products rows without the columns schema 13 adds, nor those of later schemas (16: expired_lot_reason). */
function productRowsBefore13(path: string): string[] {
  return withoutColumns(dumpDatabase(path).session_products as string[], ['catalogue_id', 'kind', 'expired_lot_reason']);
}

describe('migration 13: the product catalogue', () => {
  it('keeps every cocktail as it was, with no catalogue product and no kind, and the signed session signed', () => {
    const { path, signedId, draftId } = versionTwelveDatabase();
    const before = productRowsBefore13(path);
    const { store } = openTestStore(path);

    expect(store.schemaVersion).toBeGreaterThanOrEqual(13);
    expect(productRowsBefore13(path)).toEqual(before);
    const signed = store.getSession(signedId);
    expect(signed).toMatchObject({ status: 'signed', products: [lidocaine, vitamins] });
    expect(signed?.products.map((p) => [p.catalogueId, p.kind])).toEqual([[null, null], [null, null]]);
    expect(store.getSession(draftId)?.products).toEqual([{ ...vitamins, catalogueId: null, kind: null }]);
    expect(store.listCatalogue(true)).toEqual([]);
  });

  it('lets a draft from before pick from the catalogue, and leaves the signed cocktail unchangeable', () => {
    const { path, signedId, draftId } = versionTwelveDatabase();
    const { store } = openTestStore(path);
    const picked = store.saveCatalogueProduct(
      { name: 'Vitamin C 500 mg/5 ml', activeIngredients: 'ascorbic acid', kind: 'medicinal', concentration: '100 mg/ml', dilution: '', presentation: { form: 'ampoule', volumeMl: 5 }, manufacturer: '', gtins: [], notes: '' },
      actor,
    );
    const saved = store.saveSession(draftId, { products: [{ ...vitamins, catalogueId: picked.id, kind: 'medicinal' }] }, undefined, actor);
    expect(saved.products).toEqual([{ ...vitamins, catalogueId: picked.id, kind: 'medicinal' }]);
    store.close();

    const db = new DatabaseSync(path);
    try {
      db.exec('PRAGMA foreign_keys = ON');
      expect(() => db.prepare('UPDATE session_products SET kind = ? WHERE session_id = ?').run('device', signedId)).toThrow(/Signed sessions cannot be changed/);
      expect(() => db.prepare("UPDATE session_products SET kind = 'vaccine' WHERE session_id = ?").run(draftId)).toThrow(/CHECK/);
      expect(() => db.prepare('UPDATE session_products SET catalogue_id = ? WHERE session_id = ?').run(randomUUID(), draftId)).toThrow(/FOREIGN KEY/);
      expect(() => db.prepare('DELETE FROM catalogue_products WHERE id = ?').run(picked.id)).toThrow(/cannot be deleted; retire it/);
    } finally {
      db.close();
    }
  });

  it('holds one offered product per name and one product per GTIN in the database itself', () => {
    const { path } = versionTwelveDatabase();
    openTestStore(path).store.close();
    const db = new DatabaseSync(path);
    const insert = db.prepare(
      `INSERT INTO catalogue_products (id, name, name_key, kind, presentation_form, retired, created_at, updated_at) VALUES (?, ?, ?, 'device', 'vial', ?, ?, ?)`,
    );
    try {
      db.exec('PRAGMA foreign_keys = ON');
      const first = randomUUID();
      insert.run(first, 'HA 1%', 'ha 1%', 1, at, at);
      insert.run(randomUUID(), 'HA 1%', 'ha 1%', 0, at, at);
      expect(() => insert.run(randomUUID(), 'ha 1%', 'ha 1%', 0, at, at)).toThrow(/UNIQUE/);
      db.prepare('INSERT INTO catalogue_gtins (gtin, product_id, position) VALUES (?, ?, 0)').run('04006381333931', first);
      expect(() => db.prepare('INSERT INTO catalogue_gtins (gtin, product_id, position) VALUES (?, ?, 1)').run('04006381333931', first)).toThrow(/UNIQUE|PRIMARY/);
      expect(() => db.prepare('INSERT INTO catalogue_gtins (gtin, product_id, position) VALUES (?, ?, 1)').run('4006381333931', first)).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
