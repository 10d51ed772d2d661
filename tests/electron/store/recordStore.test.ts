import { describe, expect, it } from 'vitest';
import { emptyScreening } from '../../../shared/contraindications.ts';
import { productSchema } from '../../../shared/product.ts';
import { patientListQuerySchema } from '../../../shared/patient.ts';
import { LATEST_SCHEMA_VERSION } from '../../../electron/store/migrations.ts';
import { openRecordStore } from '../../../electron/store/recordStore.ts';
import { actor, courseFields, defaults, openTestStore, patientFields, point, sessionDraft, tempDatabasePath, thrownBy } from './fixtures.ts';

describe('record store', () => {
  it('reports the schema version of its database', () => {
    expect(openTestStore().store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });

  it('keeps every record across close and reopen', () => {
    const path = tempDatabasePath();
    const first = openRecordStore(path);
    const patient = first.createPatient(patientFields({ screening: emptyScreening('2025-01-02'), allergies: 'Iodine' }), actor);
    const course = first.createCourse(courseFields(patient.id), actor);
    const session = first.createSession(sessionDraft(patient.id, { courseId: course.id }), defaults, actor);
    const products = [productSchema.parse({ name: 'Thiocolchicoside', lot: 'TC-88', expiry: '2026-01-31', volumeMl: 2 })];
    const saved = first.saveSession(session.id, { products, vasBefore: 8, vasAfter: 4, sideEffects: ['ecchymosis'] }, [point({ injector: { kind: 'multi', needleCount: 3 } }), point()], actor);
    const signed = first.signSession(session.id, actor);
    const audit = first.listAudit(session.id);
    first.close();

    const second = openRecordStore(path);
    try {
      expect(second.getPatient(patient.id)).toEqual(patient);
      expect(second.listCourses(patient.id)).toEqual([course]);
      expect(second.getSession(session.id)).toEqual(signed);
      expect(second.getSession(session.id)?.points).toEqual(saved.points);
      expect(second.listSessions(patient.id)).toMatchObject([{ id: session.id, pointCount: 2, status: 'signed' }]);
      expect(second.listAudit(session.id)).toEqual(audit);
      expect(second.listPatients(patientListQuerySchema.parse({})).total).toBe(1);
    } finally {
      second.close();
    }
  });

  it('sees what another connection to the same file committed', () => {
    const { store, path } = openTestStore();
    const other = openRecordStore(path);
    try {
      const patient = other.createPatient(patientFields(), actor);
      expect(store.getPatient(patient.id)).toEqual(patient);
    } finally {
      other.close();
    }
  });

  it('can be closed twice, and refuses work once closed', () => {
    const path = tempDatabasePath();
    const store = openRecordStore(path);
    store.close();
    expect(() => store.close()).not.toThrow();
    expect(thrownBy(() => store.getPatient('x'))).toBeInstanceOf(Error);
  });
});
