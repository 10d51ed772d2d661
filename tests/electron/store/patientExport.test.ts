import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/errors.ts';
import { patientExportDocumentSchema } from '../../../shared/patientExport.ts';
import { productSchema } from '../../../shared/product.ts';
import { actor, auditCount, courseFields, defaults, dumpDatabase, openTestStore, patientFields, points, screeningWith, sessionDraft, thrownBy } from './fixtures.ts';
import { importFileOf } from './importFixtures.ts';

/** A patient with a course, a signed and amended session with cocktail and chart, an acknowledged draft. */
function richPatient() {
  const { store, path } = openTestStore();
  const patient = store.createPatient(patientFields({ screening: screeningWith('anticoagulants'), allergies: 'Lidocaine' }), actor);
  store.createPatient(patientFields({ firstName: 'Other', lastName: 'Person' }), actor);
  const course = store.createCourse(courseFields(patient.id), actor);
  const first = store.createSession(sessionDraft(patient.id, { courseId: course.id }), defaults, actor);
  const chart = points(12).map((p, i) => ({ ...p, productIndex: i % 2 === 0 ? 0 : null }));
  store.saveSession(first.id, { products: [productSchema.parse({ name: 'Lidocaine 2%', lot: 'LD2-4471', expiry: '2026-05-31', volumeMl: 2 })], vasBefore: 7 }, chart, actor);
  store.acknowledgeContraindications(first.id, actor);
  store.acknowledgeContraindications(first.id, { name: 'Nurse Petra' });
  store.signSession(first.id, actor);
  store.amendSession(first.id, { reason: 'VAS after was given by phone', fields: { vasAfter: 3 }, points: chart.slice(1) }, actor);
  const second = store.createSession(sessionDraft(patient.id, { courseId: course.id, date: '2025-01-13', copyFromSessionId: first.id }), defaults, actor);
  return { store, path, patient, course, first, second };
}

describe('patient export and import', () => {
  it('exports a versioned document that the shared schema accepts, and audits the export', () => {
    const { store, path, patient, first } = richPatient();
    const before = auditCount(path);
    const doc = store.exportPatient(patient.id, actor);
    expect(auditCount(path)).toBe(before + 1);
    expect(store.listAudit(patient.id).at(-1)).toMatchObject({ action: 'patient.export', detail: { courses: 1, sessions: 2 } });
    expect(doc).toMatchObject({ format: 'mesochart.patient', version: 3, patient: { id: patient.id }, courses: [{ patientId: patient.id }] });
    expect(doc.sessions.map((s) => s.id)[0]).toBe(first.id);
    expect(doc.sessions[0]).toMatchObject({ status: 'signed', amendments: [{ seq: 1 }], contraindicationAcks: [{ by: actor.name }, { by: 'Nurse Petra' }] });
    expect(patientExportDocumentSchema.safeParse(JSON.parse(JSON.stringify(doc))).success).toBe(true);
  });

  it('round-trips through JSON into another database unchanged', () => {
    const { store, patient } = richPatient();
    const doc = store.exportPatient(patient.id, actor);
    const target = openTestStore().store;
    const imported = target.importPatient(JSON.parse(JSON.stringify(doc)), importFileOf(JSON.parse(JSON.stringify(doc))), actor);
    expect(imported).toEqual(doc.patient);
    const again = target.exportPatient(patient.id, actor);
    expect({ ...again, exportedAt: null }).toEqual({ ...doc, exportedAt: null });
    // The imported record behaves as the original: signed stays signed, the corrected view is the same.
    const importedFirst = target.getSession(doc.sessions[0]!.id);
    expect(importedFirst).toEqual(store.getSession(doc.sessions[0]!.id));
    expect(target.listAudit(patient.id).map((e) => e.action)).toEqual(['patient.import', 'patient.export']);
    expect(target.verifyAudit()).toMatchObject({ ok: true });
  });

  it('refuses a patient who is already in the records, writing nothing', () => {
    const { store, path, patient } = richPatient();
    const doc = store.exportPatient(patient.id, actor);
    const before = dumpDatabase(path);
    const error = thrownBy(() => store.importPatient(doc, importFileOf(doc), actor));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'conflict', field: 'document.patient.id' });
    expect(dumpDatabase(path)).toEqual(before);
  });

  it('refuses an invalid document naming the field, and writes nothing of it', () => {
    const { store, patient } = richPatient();
    const doc = JSON.parse(JSON.stringify(store.exportPatient(patient.id, actor)));
    doc.sessions[1].points = [{ ...doc.sessions[0].points[0], x: 5000 }];
    const { store: target, path } = openTestStore();
    const before = dumpDatabase(path);
    expect(thrownBy(() => target.importPatient(doc, importFileOf(doc), actor))).toMatchObject({ code: 'invalid-input', field: 'document.sessions.1.points.0.x' });
    expect(thrownBy(() => target.importPatient({ ...doc, format: 'something else' }, importFileOf({ ...doc, format: 'something else' }), actor))).toMatchObject({ code: 'invalid-input', field: 'document.format' });
    expect(thrownBy(() => target.importPatient({ ...doc, version: 99 }, importFileOf({ ...doc, version: 99 }), actor))).toMatchObject({ code: 'invalid-input', field: 'document.version' });
    expect(thrownBy(() => target.importPatient('not a document', importFileOf('not a document'), actor))).toMatchObject({ code: 'invalid-input', field: 'document' });
    expect(dumpDatabase(path)).toEqual(before);
  });

  it('writes nothing when the database refuses part of the import half-way', () => {
    const { store, patient } = richPatient();
    const doc = JSON.parse(JSON.stringify(store.exportPatient(patient.id, actor)));
    const { store: target, path } = openTestStore();
    // Same session id twice is caught by the schema; a session id already taken by another patient is caught by the store.
    const other = target.createPatient(patientFields({ firstName: 'Taken' }), actor);
    const taken = target.createSession(sessionDraft(other.id), defaults, actor);
    // Its consent override (every fixture session has one) follows it, so that the document stays whole.
    for (const o of doc.consentOverrides) if (o.sessionId === doc.sessions[1].id) o.sessionId = taken.id;
    doc.sessions[1].id = taken.id;
    const before = dumpDatabase(path);
    expect(thrownBy(() => target.importPatient(doc, importFileOf(doc), actor))).toMatchObject({ code: 'conflict', field: 'document.sessions.1.id' });
    expect(dumpDatabase(path)).toEqual(before);
  });
});
