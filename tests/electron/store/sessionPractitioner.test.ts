import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/repository.ts';
import { migrate } from '../../../electron/store/migrations.ts';
import { TEST_KDF } from '../access/fixtures.ts';
import { defaults, openTestStore, patientFields, sessionDraft, tempDatabasePath, thrownBy } from './fixtures.ts';

const credential = { salt: 'c2FsdA==', hash: 'aGFzaA==', params: TEST_KDF };

/** A store with two enabled profiles and a disabled one; the first is the actor of every change. */
function storeWithProfiles() {
  const { store, path } = openTestStore();
  const first = store.createPractitioner({ id: randomUUID(), displayName: 'Dr Élodie Brühl', credential }, { name: 'Dr Élodie Brühl' });
  const other = store.createPractitioner({ id: randomUUID(), displayName: 'Dr João Silva', credential }, { name: 'Dr Élodie Brühl' });
  const gone = store.createPractitioner({ id: randomUUID(), displayName: 'Dr Ana Gómez', credential }, { name: 'Dr Élodie Brühl' });
  const elodie: Actor = { name: first.displayName, id: first.id };
  store.setPractitionerDisabled(gone.id, true, elodie);
  const patient = store.createPatient(patientFields(), elodie);
  return { store, path, elodie, other, gone, patient };
}

describe("a session's practitioner is a profile", () => {
  it('a new session is by the unlocked practitioner: their profile id, and their name as it is', () => {
    const { store, elodie, patient } = storeWithProfiles();
    const session = store.createSession(sessionDraft(patient.id, { practitioner: 'Somebody typed' }), defaults, elodie);
    expect(session).toMatchObject({ practitionerId: elodie.id, practitioner: 'Dr Élodie Brühl' });
    expect(store.getSession(session.id)).toMatchObject({ practitionerId: elodie.id, practitioner: 'Dr Élodie Brühl' });
  });

  it('another enabled profile may be chosen; a disabled or unknown one is refused on practitionerId', () => {
    const { store, elodie, other, gone, patient } = storeWithProfiles();
    expect(store.createSession(sessionDraft(patient.id, { practitionerId: other.id }), defaults, elodie)).toMatchObject({ practitionerId: other.id, practitioner: 'Dr João Silva' });
    expect(thrownBy(() => store.createSession(sessionDraft(patient.id, { practitionerId: gone.id }), defaults, elodie))).toMatchObject({ code: 'conflict', field: 'practitionerId', reason: 'profile-disabled', params: { name: 'Dr Ana Gómez' } });
    expect(thrownBy(() => store.createSession(sessionDraft(patient.id, { practitionerId: randomUUID() }), defaults, elodie))).toMatchObject({ code: 'not-found', field: 'practitionerId', reason: 'no-such-profile' });
  });

  it('a draft moved to another practitioner (by the name the editor shows) keeps that profile; a name no profile has is refused', () => {
    const { store, elodie, patient } = storeWithProfiles();
    const session = store.createSession(sessionDraft(patient.id), defaults, elodie);
    const other = store.listPractitioners().find((p) => p.displayName === 'Dr João Silva')!;
    expect(store.saveSession(session.id, { practitioner: 'dr joão  silva' }, undefined, elodie)).toMatchObject({ practitionerId: other.id, practitioner: 'Dr João Silva' });
    expect(thrownBy(() => store.saveSession(session.id, { practitioner: 'Dr Nobody' }, undefined, elodie))).toMatchObject({ code: 'not-found', field: 'practitioner', reason: 'no-such-profile' });
    expect(store.getSession(session.id)).toMatchObject({ practitionerId: other.id });
  });

  it('a save that leaves the practitioner alone keeps the profile and the other fields given', () => {
    const { store, elodie, patient } = storeWithProfiles();
    const session = store.createSession(sessionDraft(patient.id), defaults, elodie);
    expect(store.saveSession(session.id, { notes: 'Tolerated well', practitioner: 'Dr Élodie Brühl' }, undefined, elodie)).toMatchObject({ practitionerId: elodie.id, notes: 'Tolerated well' });
  });

  it('a signed session corrected to another practitioner records the profile’s name; an unknown name is refused', () => {
    const { store, elodie, patient } = storeWithProfiles();
    const session = store.createSession(sessionDraft(patient.id), defaults, elodie);
    store.signSession(session.id, elodie);
    const amended = store.amendSession(session.id, { reason: 'Charted under the wrong name', fields: { practitioner: 'DR JOÃO SILVA' } }, elodie);
    expect(amended.amendments.at(-1)?.changes.fields?.practitioner).toEqual({ from: 'Dr Élodie Brühl', to: 'Dr João Silva' });
    expect(thrownBy(() => store.amendSession(session.id, { reason: 'x', fields: { practitioner: 'Dr Nobody' } }, elodie))).toMatchObject({ field: 'practitioner', reason: 'no-such-profile' });
  });
});

describe("a profile's registration and qualification", () => {
  it('are set, read back with the profile and audited as practitioner.registration', () => {
    const { store, elodie } = storeWithProfiles();
    const updated = store.setPractitionerRegistration(elodie.id!, { registration: { register: 'rpps', number: '10101234567' }, qualification: 'Médecin, DIU de mésothérapie' }, elodie);
    expect(updated).toMatchObject({ registration: { register: 'rpps', number: '10101234567' }, qualification: 'Médecin, DIU de mésothérapie' });
    expect(store.listPractitioners().find((p) => p.id === elodie.id)).toMatchObject({ registration: { register: 'rpps', number: '10101234567' } });
    const entry = store.listAudit(elodie.id!).find((a) => a.action === 'practitioner.registration');
    expect(entry).toMatchObject({ actor: 'Dr Élodie Brühl', detail: { from: { registration: null, qualification: '' }, to: { qualification: 'Médecin, DIU de mésothérapie' } } });
  });

  it('a region is kept with its register and cleared with it', () => {
    const { store, elodie } = storeWithProfiles();
    store.setPractitionerRegistration(elodie.id!, { registration: { register: 'crm', state: 'SP', number: '123456' }, qualification: '' }, elodie);
    expect(store.findPractitioner(elodie.id!)).toMatchObject({ registration: { register: 'crm', state: 'SP', number: '123456' } });
    store.setPractitionerRegistration(elodie.id!, { registration: null, qualification: '' }, elodie);
    expect(store.findPractitioner(elodie.id!)).toMatchObject({ registration: null });
  });
});

describe('migration 12', () => {
  it('brings a database at version 11 up with its sessions readable as they were: a typed name and no profile', () => {
    const path = tempDatabasePath();
    const db = new DatabaseSync(path);
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db, 0, 11);
    db.close();
    // The records written at version 11, through a store that stops there, are not needed: a row of the
    // previous schema is enough to see what the upgrade does to it.
    const raw = new DatabaseSync(path);
    const at = '2025-01-06T09:00:00.000Z';
    const patientId = randomUUID();
    const sessionId = randomUUID();
    raw.prepare(`INSERT INTO patients (id, first_name, last_name, search_key, date_of_birth, sex, phone, email, address, allergies, notes, screening, has_positive_screening, archived, created_at, updated_at)
      VALUES (?, 'Hans', 'Müller', 'hans muller', '1970-04-12', 'male', '', '', '', '', '', NULL, 0, 0, ?, ?)`).run(patientId, at, at);
    raw.prepare(`INSERT INTO sessions (id, patient_id, course_id, number_in_course, date, time, practitioner, indication, treated_areas, default_technique, default_needle, injector, vas_before, vas_after, side_effects, aftercare, notes, status, signed_at, signed_by, created_at, updated_at)
      VALUES (?, ?, NULL, NULL, '2025-01-06', '09:00', 'Dr. typed before profiles', 'pain', '["Knee"]', 'point-by-point', '30G-4mm', '{"kind":"single"}', NULL, NULL, '[]', '', '', 'signed', ?, 'Dr. typed before profiles', ?, ?)`).run(sessionId, patientId, at, at, at);
    raw.prepare(`INSERT INTO practitioners (id, display_name, name_key, salt, hash, params, created_at, updated_at) VALUES (?, 'Dr Old', 'dr old', 's', 'h', ?, ?, ?)`).run(randomUUID(), JSON.stringify(TEST_KDF), at, at);
    raw.close();

    const { store } = openTestStore(path);

    expect(store.schemaVersion).toBeGreaterThanOrEqual(12);
    expect(store.getSession(sessionId)).toMatchObject({ practitioner: 'Dr. typed before profiles', practitionerId: null, status: 'signed' });
    expect(store.listPractitioners()).toMatchObject([{ displayName: 'Dr Old', registration: null, qualification: '' }]);
  });

  it('refuses a register without its number', () => {
    const { path } = openTestStore();
    const raw = new DatabaseSync(path);
    try {
      expect(() =>
        raw.prepare(`INSERT INTO practitioners (id, display_name, name_key, salt, hash, params, created_at, updated_at, register) VALUES (?, 'Dr X', 'dr x', 's', 'h', '{}', 'a', 'a', 'rpps')`).run(randomUUID()),
      ).toThrow(/CHECK/);
    } finally {
      raw.close();
    }
  });
});
