import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/store/migrations.ts';
import { transaction } from '../../../electron/store/transaction.ts';
import type { Patient } from '../../../shared/patient.ts';
import { actor, openTestStore, patientFields, tempDatabasePath } from './fixtures.ts';
import { insertPatientBefore10, insertSessionBefore10, signSessionBefore10 } from './oldRows.ts';

const at = '2026-11-02T09:00:00.000Z';

/** A database as schema 10 left it, with a signed session and a draft. */
function versionElevenDatabase() {
  const path = tempDatabasePath();
  const db = new DatabaseSync(path);
  const patient: Patient = { ...patientFields(), id: randomUUID(), archived: false, createdAt: at, updatedAt: at };
  const base = { patientId: patient.id, date: '2026-11-02', time: '09:00', practitioner: 'Dr. Anna Kowalska', indication: 'cellulite', vasBefore: null, vasAfter: null, sideEffects: [], notes: '' };
  const signedId = randomUUID();
  const draftId = randomUUID();
  try {
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db, 0, 10);
    transaction(db, () => {
      insertPatientBefore10(db, patient);
      insertSessionBefore10(db, { ...base, id: signedId });
      signSessionBefore10(db, signedId, at, 'Dr. Anna Kowalska');
      insertSessionBefore10(db, { ...base, id: draftId });
    });
  } finally {
    db.close();
  }
  return { path, signedId, draftId };
}

describe('migration 11: outcome measures per session', () => {
  it('gives every existing session, signed or not, an empty list, and leaves the signed one signed', () => {
    const { path, signedId, draftId } = versionElevenDatabase();
    const { store } = openTestStore(path);
    expect(store.getSession(signedId)).toMatchObject({ status: 'signed', outcomes: [] });
    expect(store.getSession(draftId)?.outcomes).toEqual([]);
    const saved = store.saveSession(draftId, { outcomes: [{ measure: 'cellulite-grade', grade: 'III' }] }, undefined, actor);
    expect(saved.outcomes).toEqual([{ measure: 'cellulite-grade', grade: 'III' }]);
  });

  it('keeps the column a JSON list, and a signed session’s list unchangeable, whatever writes it', () => {
    const { path, signedId, draftId } = versionElevenDatabase();
    openTestStore(path).store.close();
    const db = new DatabaseSync(path);
    try {
      expect(() => db.prepare("UPDATE sessions SET outcomes = '{\"measure\":\"girth\"}' WHERE id = ?").run(draftId)).toThrow(/CHECK/);
      expect(() => db.prepare("UPDATE sessions SET outcomes = 'not json' WHERE id = ?").run(draftId)).toThrow(/CHECK/);
      expect(() => db.prepare("UPDATE sessions SET outcomes = '[]' WHERE id = ?").run(signedId)).toThrow(/Signed sessions cannot be changed/);
    } finally {
      db.close();
    }
  });
});
