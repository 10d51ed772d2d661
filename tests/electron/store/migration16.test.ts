import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/store/migrations.ts';
import { transaction } from '../../../electron/store/transaction.ts';
import type { Patient } from '../../../shared/patient.ts';
import { productSchema } from '../../../shared/product.ts';
import { actor, dumpDatabase, openTestStore, patientFields, tempDatabasePath } from './fixtures.ts';
import { insertPatientBefore10, insertProductsBefore13, insertSessionBefore10, signSessionBefore10 } from './oldRows.ts';

const at = '2026-11-02T09:00:00.000Z';
// Expired on the session's day, signed before any reason was asked for.
const expired = productSchema.parse({ name: 'Hyaluronic acid', volumeMl: 2, lot: 'HA2301', expiry: '2026-10-31' });

/** A database as schema 15 left it: a signed session whose cocktail used an expired lot. */
function versionFifteenDatabase() {
  const path = tempDatabasePath();
  const db = new DatabaseSync(path);
  const patient: Patient = { ...patientFields(), id: randomUUID(), archived: false, createdAt: at, updatedAt: at };
  const sessionId = randomUUID();
  try {
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db, 0, 15);
    transaction(db, () => {
      insertPatientBefore10(db, patient);
      insertSessionBefore10(db, { id: sessionId, patientId: patient.id, date: '2026-11-02', time: '09:00', practitioner: 'Dr. Anna Kowalska', indication: 'pain', vasBefore: 6, vasAfter: 2, sideEffects: [], notes: '' });
      insertProductsBefore13(db, sessionId, [expired]);
      signSessionBefore10(db, sessionId, at, 'Dr. Anna Kowalska');
    });
    expect(Number(db.prepare('PRAGMA user_version').get()?.user_version)).toBe(15);
  } finally {
    db.close();
  }
  return { path, sessionId };
}

describe('migration 16: the reason an expired lot was used', () => {
  it('adds the reason to every cocktail product as none, leaving the records and the signed session as they were', () => {
    const { path, sessionId } = versionFifteenDatabase();
    const before = dumpDatabase(path);
    const { store } = openTestStore(path);

    expect(store.schemaVersion).toBeGreaterThanOrEqual(16);
    const after = dumpDatabase(path);
    for (const table of Object.keys(before).filter((k) => !['userVersion', 'schema', 'session_products'].includes(k))) expect(after[table], table).toEqual(before[table]);
    const rows = (after.session_products as string[]).map((row) => JSON.parse(row) as Record<string, unknown>);
    expect(rows.map((r) => r.expired_lot_reason)).toEqual(['']);
    expect(rows.map(({ expired_lot_reason: _r, ...rest }) => JSON.stringify(rest))).toEqual(before.session_products);
    const signed = store.getSession(sessionId);
    expect(signed).toMatchObject({ status: 'signed', products: [{ ...expired, expiredLotReason: '' }] });
    // Correcting something else of it asks no reason of the lot it was signed with.
    expect(store.amendSession(sessionId, { reason: 'Typo', fields: { notes: 'Tolerated well' } }, actor).amendments).toHaveLength(1);
  });
});
