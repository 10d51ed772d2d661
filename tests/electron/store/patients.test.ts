import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emptyScreening } from '../../../shared/contraindications.ts';
import { ApiError } from '../../../shared/errors.ts';
import { patientListQuerySchema, type Patient, type PatientListQuery } from '../../../shared/patient.ts';
import { openDatabase, transaction } from '../../../electron/store/database.ts';
import { insertPatient, PATIENT_PAGE_SQL } from '../../../electron/store/patients.ts';
import { insertSession, type SessionRecord } from '../../../electron/store/sessions.ts';
import type { SqliteRecordStore } from '../../../electron/store/recordStore.ts';
import { actor, defaults, openTestStore, patientFields, sessionDraft, tempDatabasePath, thrownBy } from './fixtures.ts';

function list(store: SqliteRecordStore, query: PatientListQuery = {}) {
  return store.listPatients(patientListQuerySchema.parse(query));
}

function names(store: SqliteRecordStore, query: PatientListQuery = {}) {
  return list(store, query).items.map((p) => `${p.firstName} ${p.lastName}`);
}

describe('patients', () => {
  it('creates a patient with an id, timestamps and not archived, and reads it back', () => {
    const at = new Date('2025-03-01T10:00:00.000Z');
    const { store } = openTestStore(undefined, { now: () => at });
    const fields = patientFields({ allergies: 'Lidocaine', email: 'hans@example.org' });

    const created = store.createPatient(fields, actor);

    expect(created).toEqual({ ...fields, id: expect.any(String), archived: false, createdAt: at.toISOString(), updatedAt: at.toISOString() });
    expect(store.getPatient(created.id)).toEqual(created);
  });

  it('answers null for a patient id it does not hold', () => {
    const { store } = openTestStore();
    expect(store.getPatient(randomUUID())).toBeNull();
  });

  it('keeps the screening and flags a positive one in the list', () => {
    const { store } = openTestStore();
    const screening = emptyScreening('2025-02-01');
    screening.answers.anticoagulants = { present: true, note: 'Warfarin' };
    const flagged = store.createPatient(patientFields({ screening }), actor);
    store.createPatient(patientFields({ firstName: 'Clean', screening: emptyScreening('2025-02-01') }), actor);

    expect(store.getPatient(flagged.id)?.screening).toEqual(screening);
    const summaries = list(store).items;
    expect(summaries.find((p) => p.id === flagged.id)?.hasPositiveScreening).toBe(true);
    expect(summaries.find((p) => p.firstName === 'Clean')?.hasPositiveScreening).toBe(false);
  });

  it('updates every field but keeps the id and creation time', () => {
    let clock = new Date('2025-03-01T10:00:00.000Z');
    const { store } = openTestStore(undefined, { now: () => clock });
    const created = store.createPatient(patientFields(), actor);
    clock = new Date('2025-03-02T10:00:00.000Z');
    const fields = patientFields({ firstName: 'Johannes', phone: '+49 30 1234567' });

    const updated = store.updatePatient(created.id, fields, actor);

    expect(updated).toEqual({ ...fields, id: created.id, archived: false, createdAt: created.createdAt, updatedAt: clock.toISOString() });
    expect(store.getPatient(created.id)).toEqual(updated);
    expect(names(store, { search: 'johan' })).toEqual(['Johannes Müller']);
  });

  it('ignores what is not a patient field, such as an archived flag slipped into the fields', () => {
    const { store } = openTestStore();
    const smuggled = { ...patientFields(), archived: true, id: 'not-an-id' } as ReturnType<typeof patientFields>;
    const created = store.createPatient(smuggled, actor);
    expect(created.archived).toBe(false);
    expect(created.id).not.toBe('not-an-id');
  });

  it('rejects updating or archiving an unknown patient as not found', () => {
    const { store } = openTestStore();
    const id = randomUUID();
    for (const call of [() => store.updatePatient(id, patientFields(), actor), () => store.setPatientArchived(id, true, actor)]) {
      const error = thrownBy(call);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('not-found');
    }
  });

  it('archives a patient out of the default list and back', () => {
    const { store } = openTestStore();
    const patient = store.createPatient(patientFields(), actor);

    expect(store.setPatientArchived(patient.id, true, actor).archived).toBe(true);
    expect(list(store).total).toBe(0);
    expect(list(store, { includeArchived: true }).items.map((p) => [p.id, p.archived])).toEqual([[patient.id, true]]);

    expect(store.setPatientArchived(patient.id, false, actor).archived).toBe(false);
    expect(list(store).items.map((p) => p.id)).toEqual([patient.id]);
  });

  it('shows the date of the newest session in the list', () => {
    const { store } = openTestStore();
    const patient = store.createPatient(patientFields(), actor);
    expect(list(store).items[0]?.lastSessionDate).toBeNull();
    store.createSession(sessionDraft(patient.id, { date: '2025-01-06' }), defaults, actor);
    store.createSession(sessionDraft(patient.id, { date: '2025-02-03' }), defaults, actor);
    store.createSession(sessionDraft(patient.id, { date: '2025-01-20' }), defaults, actor);
    expect(list(store).items[0]?.lastSessionDate).toBe('2025-02-03');
  });
});

describe('patient search', () => {
  function storeWithPatients(): SqliteRecordStore {
    const { store } = openTestStore();
    const people: [string, string][] = [
      ['José', 'Fernández'],
      ['Hans', 'Müller'],
      ['Agnieszka', 'Żółkiewska'],
      ['anna', 'müller'],
      ['Marie', 'Dubois-Lefèvre'],
      ['Sean', "O'Brien"],
      ['Ursula', 'Hansen'],
    ];
    for (const [firstName, lastName] of people) store.createPatient(patientFields({ firstName, lastName }), actor);
    return store;
  }

  it('lists patients by last name, then first name, ignoring case and accents', () => {
    expect(names(storeWithPatients())).toEqual([
      'Marie Dubois-Lefèvre',
      'José Fernández',
      'Ursula Hansen',
      'anna müller',
      'Hans Müller',
      "Sean O'Brien",
      'Agnieszka Żółkiewska',
    ]);
  });

  it('finds by the start of the first or the last name, whatever the case and accents', () => {
    const store = storeWithPatients();
    expect(names(store, { search: 'jose' })).toEqual(['José Fernández']);
    expect(names(store, { search: 'FERNAN' })).toEqual(['José Fernández']);
    expect(names(store, { search: 'mull' })).toEqual(['anna müller', 'Hans Müller']);
    expect(names(store, { search: 'zol' })).toEqual(['Agnieszka Żółkiewska']);
    expect(names(store, { search: 'lefe' })).toEqual(['Marie Dubois-Lefèvre']);
    expect(names(store, { search: 'obri' })).toEqual(["Sean O'Brien"]);
  });

  it('matches at the start of a word only, not inside it', () => {
    const store = storeWithPatients();
    expect(names(store, { search: 'ller' })).toEqual([]);
    expect(names(store, { search: 'hans' })).toEqual(['Ursula Hansen', 'Hans Müller']);
  });

  it('finds "first last" and "last first" typed in full', () => {
    const store = storeWithPatients();
    expect(names(store, { search: 'hans mü' })).toEqual(['Hans Müller']);
    expect(names(store, { search: 'Müller H' })).toEqual(['Hans Müller']);
    expect(names(store, { search: 'muller hans jose' })).toEqual([]);
  });

  it('treats a blank search or one of punctuation only as no search', () => {
    const store = storeWithPatients();
    expect(list(store, { search: '   ' }).total).toBe(7);
    expect(list(store, { search: "%'_" }).total).toBe(7);
  });

  it('pages through the matches and counts them all', () => {
    const store = storeWithPatients();
    const all = names(store);
    expect(list(store, { limit: 3 })).toMatchObject({ total: 7 });
    expect(names(store, { limit: 3 })).toEqual(all.slice(0, 3));
    expect(names(store, { limit: 3, offset: 3 })).toEqual(all.slice(3, 6));
    expect(names(store, { limit: 3, offset: 6 })).toEqual(all.slice(6));
    expect(list(store, { search: 'mu', limit: 1, offset: 1 })).toMatchObject({ total: 2, items: [{ firstName: 'Hans' }] });
  });
});

describe('patient list at clinic scale (2,000 patients, 20,000 sessions)', () => {
  /** Seeds through the store's own row code, in one transaction: 22,000 committed saves would take minutes. */
  function seedClinic(path: string): void {
    const db = openDatabase(path);
    const at = '2025-01-01T00:00:00.000Z';
    try {
      transaction(db, () => {
        for (let p = 0; p < 2_000; p++) {
          const patient: Patient = {
            ...patientFields({ firstName: `First${p}`, lastName: `Last${String(p).padStart(4, '0')}` }),
            id: randomUUID(),
            archived: p % 10 === 0,
            createdAt: at,
            updatedAt: at,
          };
          insertPatient(db, patient);
          for (let s = 0; s < 10; s++) {
            const draft = sessionDraft(patient.id, { date: `2024-${String(s + 1).padStart(2, '0')}-15` });
            const session: SessionRecord = {
              ...draft,
              id: randomUUID(),
              numberInCourse: null,
              practitioner: 'Dr. Anna Kowalska',
              practitionerId: null,
              diagnosis: '',
              screening: null,
              ...defaults,
              vasBefore: null,
              vasAfter: null,
              outcomes: [],
              sideEffects: [],
              aftercare: '',
              status: 'draft',
              signedAt: null,
              signedBy: null,
              createdAt: at,
              updatedAt: at,
            };
            insertSession(db, session);
          }
        }
      });
    } finally {
      db.close();
    }
  }

  it('reads sessions only through the (patient_id, date) index', () => {
    const path = tempDatabasePath();
    seedClinic(path);
    const db = openDatabase(path);
    try {
      db.exec('ANALYZE');
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN ${PATIENT_PAGE_SQL}`)
        .all({ include_archived: 0, needle: ' last', limit: 50, offset: 0 })
        .map((row) => String(row.detail));
      const sessionSteps = plan.filter((step) => /\bsessions\b|\bs\b/.test(step));
      expect(sessionSteps.length).toBeGreaterThan(0);
      for (const step of sessionSteps) expect(step).toMatch(/^SEARCH s USING COVERING INDEX sessions_by_patient_date/);
    } finally {
      db.close();
    }
  });

  it('lists and searches pages of a clinic-sized database', () => {
    const path = tempDatabasePath();
    seedClinic(path);
    const { store } = openTestStore(path);

    const page = list(store, { offset: 1_000 });
    expect(page.total).toBe(1_800);
    expect(page.items).toHaveLength(50);
    expect(page.items[0]?.lastSessionDate).toBe('2024-10-15');
    expect(list(store, { search: 'last19', includeArchived: true }).total).toBe(100);
    // Speed is measured in `npm run bench` (store.open_ms, store.search_p95_ms), not here.
  });
});
