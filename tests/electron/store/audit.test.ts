import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/repository.ts';
import { actor, auditCount, courseFields, defaults, dumpDatabase, openTestStore, patientFields, points, sessionDraft, thrownBy } from './fixtures.ts';

describe('audit trail', () => {
  it('writes exactly one entry, with the actor, for every mutation', () => {
    const at = new Date('2025-01-06T09:00:00.000Z');
    const { store, path } = openTestStore(undefined, { now: () => at });
    const nurse: Actor = { name: 'Nurse Petra' };

    /** Runs one mutation and returns the single entry it added about `entityId`. */
    function onlyEntryOf(mutation: () => { id: string }) {
      const before = auditCount(path);
      const { id } = mutation();
      expect(auditCount(path)).toBe(before + 1);
      const entry = store.listAudit(id).at(-1);
      expect(entry?.at).toBe(at.toISOString());
      return entry;
    }

    const patient = store.createPatient(patientFields(), actor);
    expect(store.listAudit(patient.id)).toEqual([
      { id: expect.any(Number), at: at.toISOString(), actor: actor.name, actorId: null, action: 'patient.create', entity: 'patient', entityId: patient.id, detail: expect.anything() },
    ]);
    expect(onlyEntryOf(() => store.updatePatient(patient.id, patientFields({ phone: '+49 30 555' }), nurse))).toMatchObject({
      actor: 'Nurse Petra',
      action: 'patient.update',
      entity: 'patient',
      entityId: patient.id,
    });
    expect(onlyEntryOf(() => store.setPatientArchived(patient.id, true, actor))).toMatchObject({ action: 'patient.archive', entity: 'patient' });
    expect(onlyEntryOf(() => store.setPatientArchived(patient.id, false, actor))).toMatchObject({ action: 'patient.unarchive' });

    const course = store.createCourse(courseFields(patient.id), nurse);
    expect(store.listAudit(course.id)).toMatchObject([{ actor: 'Nurse Petra', action: 'course.create', entity: 'course', entityId: course.id }]);

    const session = store.createSession(sessionDraft(patient.id, { courseId: course.id }), defaults, actor);
    expect(store.listAudit(session.id)).toMatchObject([{ action: 'session.create', entity: 'session', entityId: session.id }]);
    expect(onlyEntryOf(() => store.saveSession(session.id, { vasBefore: 6 }, points(10), actor))).toMatchObject({ action: 'session.save', entity: 'session' });
    expect(onlyEntryOf(() => store.signSession(session.id, actor))).toMatchObject({ action: 'session.sign', actor: actor.name });

    expect(auditCount(path)).toBe(8);
  });

  it('names the changed fields, never their values', () => {
    const { store } = openTestStore();
    const patient = store.createPatient(patientFields({ allergies: 'Lidocaine' }), actor);
    store.updatePatient(patient.id, patientFields({ allergies: 'Lidocaine', phone: '+49 30 555', notes: 'Prefers mornings' }), actor);
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    store.saveSession(session.id, { notes: 'Tolerated well', vasAfter: 2, time: '09:30' }, undefined, actor);
    store.saveSession(session.id, {}, points(7), actor);

    const [created, updated] = store.listAudit(patient.id);
    expect(created?.detail).toEqual({ fields: ['allergies', 'dateOfBirth', 'firstName', 'lastName', 'sex'] });
    // The history keeps the values (patient_changes); the entry names its row and the hash of its values.
    expect(updated?.detail).toEqual({ fields: ['notes', 'phone'], change: expect.any(Number), changesHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const [, savedFields, savedChart] = store.listAudit(session.id);
    expect(savedFields?.detail).toEqual({ fields: ['notes', 'vasAfter'] });
    expect(savedChart?.detail).toEqual({ fields: [], points: 7 });
    expect(JSON.stringify(store.listAudit(patient.id))).not.toContain('Prefers mornings');
  });

  it('refuses a mutation that names no actor, writing nothing', () => {
    const { store, path } = openTestStore();
    const before = dumpDatabase(path);
    for (const nobody of [{ name: '' }, { name: '   ' }, {} as Actor]) {
      expect(thrownBy(() => store.createPatient(patientFields(), nobody))).toMatchObject({ code: 'invalid-input', field: 'actor' });
    }
    expect(dumpDatabase(path)).toEqual(before);
  });

  it('cannot be altered or deleted, even by SQL that bypasses the store', () => {
    const { store, path } = openTestStore();
    store.createPatient(patientFields(), actor);
    const raw = new DatabaseSync(path);
    try {
      expect(() => raw.exec("UPDATE audit SET actor = 'someone else'")).toThrow(/audit trail cannot be changed/);
      expect(() => raw.exec('DELETE FROM audit')).toThrow(/audit trail cannot be changed/);
    } finally {
      raw.close();
    }
    expect(auditCount(path)).toBe(1);
  });
});
