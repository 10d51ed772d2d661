import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/store/migrations.ts';
import { transaction } from '../../../electron/store/transaction.ts';
import { needsContraindicationAck } from '../../../shared/contraindicationAck.ts';
import type { Patient } from '../../../shared/patient.ts';
import { actor, openTestStore, patientFields, screeningWith, tempDatabasePath } from './fixtures.ts';
import { insertPatientBefore10, insertSessionBefore10, signSessionBefore10 } from './oldRows.ts';

const at = '2026-11-02T09:00:00.000Z';

/** A database as schema 8 left it: a patient screened positive, a signed session and a draft. */
function versionNineDatabase() {
  const path = tempDatabasePath();
  const db = new DatabaseSync(path);
  const patient: Patient = { ...patientFields({ screening: screeningWith('anticoagulants') }), id: randomUUID(), archived: false, createdAt: at, updatedAt: at };
  const base = { patientId: patient.id, date: '2026-11-02', time: '09:00', practitioner: 'Dr. Anna Kowalska', indication: 'pain', vasBefore: null, vasAfter: null, sideEffects: [] };
  const signedId = randomUUID();
  const draftId = randomUUID();
  try {
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db, 0, 8);
    transaction(db, () => {
      insertPatientBefore10(db, patient);
      insertSessionBefore10(db, { ...base, id: signedId, notes: 'Signed before the upgrade' });
      signSessionBefore10(db, signedId, at, 'Dr. Anna Kowalska');
      insertSessionBefore10(db, { ...base, id: draftId, notes: 'A draft open during the upgrade' });
    });
  } finally {
    db.close();
  }
  return { path, patient, signedId, draftId };
}

describe('migration 9: screening at every session, diagnosis, medication', () => {
  it('leaves a session signed before it without a copy of the screening, rather than inventing one from today\'s file', () => {
    const { path, signedId } = versionNineDatabase();
    const { store } = openTestStore(path);
    expect(store.getSession(signedId)).toMatchObject({ status: 'signed', screening: null, diagnosis: '' });
  });

  it('gives an open draft the patient\'s screening as a carried-over copy, unconfirmed, so that its gate still asks', () => {
    const { path, patient, draftId } = versionNineDatabase();
    const { store } = openTestStore(path);
    const draft = store.getSession(draftId)!;
    expect(draft.screening).toEqual({ screening: screeningWith('anticoagulants'), medication: '', confirmedAt: null, confirmedBy: null, updated: false });
    expect(needsContraindicationAck(patient, draft)).toBe(true);
    expect(store.acknowledgeContraindications(draftId, actor).contraindicationAck?.items).toEqual(['anticoagulants']);
  });

  it('adds an empty diagnosis to courses and an empty medication to patients', () => {
    const { path, patient } = versionNineDatabase();
    const { store } = openTestStore(path);
    expect(store.getPatient(patient.id)).toMatchObject({ medication: '', screening: screeningWith('anticoagulants') });
    const course = store.createCourse({ patientId: patient.id, indication: 'pain', area: 'Knee', plannedSessions: 6, intervalDays: 7, maintenanceIntervalDays: 30, startDate: '2026-11-09', status: 'active', notes: '', diagnosis: 'Patellar tendinopathy' }, actor);
    expect(store.getCourse(course.id)).toMatchObject({ diagnosis: 'Patellar tendinopathy' });
  });
});
