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
const lidocaine = productSchema.parse({ name: 'Lidocaine 2%', volumeMl: 1, lot: 'LD2-4471', expiry: '2027-05-31' });

/** A database as schema 14 left it: a patient with a signed session whose cocktail used lot LD2-4471. */
function versionFourteenDatabase() {
  const path = tempDatabasePath();
  const db = new DatabaseSync(path);
  const patient: Patient = { ...patientFields({ phone: '+39 02 123456' }), id: randomUUID(), archived: false, createdAt: at, updatedAt: at };
  const sessionId = randomUUID();
  try {
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db, 0, 14);
    transaction(db, () => {
      insertPatientBefore10(db, patient);
      insertSessionBefore10(db, { id: sessionId, patientId: patient.id, date: '2026-11-02', time: '09:00', practitioner: 'Dr. Anna Kowalska', indication: 'pain', vasBefore: 6, vasAfter: 2, sideEffects: [], notes: '' });
      insertProductsBefore13(db, sessionId, [lidocaine]);
      signSessionBefore10(db, sessionId, at, 'Dr. Anna Kowalska');
    });
    expect(Number(db.prepare('PRAGMA user_version').get()?.user_version)).toBe(14);
  } finally {
    db.close();
  }
  return { path, patient, sessionId };
}

describe('migration 15: recalls as records', () => {
  it('adds the recall tables to a database at 14, leaving every record as it was; a recall opens over the sessions from before', () => {
    const { path, patient, sessionId } = versionFourteenDatabase();
    const before = dumpDatabase(path);
    const { store } = openTestStore(path);

    expect(store.schemaVersion).toBeGreaterThanOrEqual(15);
    const after = dumpDatabase(path);
    // Every row as it was, but for the columns later schemas add (16: a product's expired-lot reason).
    const later = ['expired_lot_reason'];
    for (const table of Object.keys(before).filter((k) => k !== 'userVersion' && k !== 'schema')) {
      expect(withoutColumns(after[table] as string[], later), table).toEqual(withoutColumns(before[table] as string[], later));
    }
    expect(store.listRecalls()).toEqual([]);

    const recall = store.openRecall({ lot: 'ld2-4471', product: '', reason: 'Manufacturer notice', reference: '' }, actor);
    expect(recall.patients).toEqual([expect.objectContaining({ patientId: patient.id, phone: '+39 02 123456', uses: [expect.objectContaining({ sessionId, status: 'signed', volumeMl: 1 })] })]);
    store.closeRecall(recall.id, '', actor);
    const open = store.openRecall({ lot: 'LD2-4471', product: '', reason: 'Second notice', reference: '' }, actor);
    store.close();

    const db = new DatabaseSync(path);
    try {
      db.exec('PRAGMA foreign_keys = ON');
      expect(() => db.prepare('DELETE FROM recalls WHERE id = ?').run(recall.id)).toThrow(/cannot be deleted; close it/);
      expect(() => db.prepare('DELETE FROM recall_patients WHERE recall_id = ?').run(recall.id)).toThrow(/cannot be removed/);
      expect(() => db.prepare("UPDATE recalls SET close_note = 'rewritten' WHERE id = ?").run(recall.id)).toThrow(/closed recall cannot be changed/);
      expect(() => db.prepare("UPDATE recall_patients SET contacted_on = '2026-11-03', contact_method = 'phone', contacted_by = 'x', marked_at = 'x' WHERE recall_id = ?").run(recall.id)).toThrow(/closed recall cannot be changed/);
      expect(() => db.prepare("UPDATE recall_patients SET uses = '[]' WHERE recall_id = ?").run(open.id)).toThrow(/frozen at opening/);
      expect(() => db.prepare("UPDATE recalls SET reason = 'other' WHERE id = ?").run(open.id)).toThrow(/opening cannot be changed/);
      expect(() => db.prepare("INSERT INTO recalls (id, reason, opened_at, opened_by) VALUES (?, 'r', 'x', 'y')").run(randomUUID())).toThrow(/CHECK/);
      expect(() => db.prepare("UPDATE recall_patients SET contacted_on = '2026-11-03', contact_method = 'fax', contacted_by = 'x', marked_at = 'x' WHERE recall_id = ?").run(open.id)).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
