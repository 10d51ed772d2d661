import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { adverseEventFieldsSchema, type AdverseEventFieldsInput } from '../../../shared/adverseEvents.ts';
import { patientExportDocumentSchema } from '../../../shared/patientExport.ts';
import { productSchema } from '../../../shared/product.ts';
import { actor, auditCount, defaults, dumpDatabase, openTestStore, patientFields, points, screeningWith, sessionDraft, thrownBy } from './fixtures.ts';
import { importFileOf } from './importFixtures.ts';

const fields = (input: Partial<AdverseEventFieldsInput> = {}) =>
  adverseEventFieldsSchema.parse({ type: 'haematoma', onsetDate: '2025-01-13', severity: 'moderate', outcome: 'ongoing', ...input });

/** A patient with a signed session of 6 points and a cocktail, signed on 2025-01-06. */
function signedSession() {
  const opened = openTestStore(undefined, { now: () => new Date('2025-01-13T10:00:00.000Z') });
  const { store } = opened;
  const patient = store.createPatient(patientFields({ screening: screeningWith() }), actor);
  const draft = store.createSession(sessionDraft(patient.id), defaults, actor);
  const chart = points(6);
  store.saveSession(draft.id, { products: [productSchema.parse({ name: 'Lidocaine 2%', lot: 'LD2-4471', expiry: '2026-05-31' })] }, chart, actor);
  const session = store.signSession(draft.id, actor);
  return { ...opened, patient, session, chart };
}

/** The tables that hold a session's signed content, as stored. */
function sessionRows(path: string) {
  const dump = dumpDatabase(path);
  return Object.fromEntries(Object.entries(dump).filter(([table]) => !['audit', 'adverse_events', 'schema', 'userVersion'].includes(table)));
}

describe('adverse events', () => {
  it('are added to a signed session without changing a byte of it, with their audit entry', () => {
    const { store, path, session, chart } = signedSession();
    const before = sessionRows(path);
    const auditBefore = auditCount(path);

    const event = store.addAdverseEvent(session.id, fields({ pointIds: [chart[2]!.id] }), { name: 'Dr. Anna Kowalska', id: undefined });

    expect(sessionRows(path)).toEqual(before);
    expect(store.getSession(session.id)).toEqual(session);
    expect(auditCount(path)).toBe(auditBefore + 1);
    expect(store.listAudit(event.id)).toEqual([
      expect.objectContaining({ action: 'adverse-event.create', entity: 'adverse-event', entityId: event.id, actor: actor.name, detail: expect.objectContaining({ sessionId: session.id, type: 'haematoma' }) }),
    ]);
    expect(store.listAdverseEvents({ sessionId: session.id })).toEqual([event]);
    expect(store.listAdverseEvents({ patientId: session.patientId })).toEqual([event]);
    expect(event).toMatchObject({ sessionId: session.id, patientId: session.patientId, createdBy: actor.name, createdAt: '2025-01-13T10:00:00.000Z' });
  });

  it('refuses an onset before the session and a point of another session, writing nothing', () => {
    const { store, path, session } = signedSession();
    const dump = dumpDatabase(path);
    expect(thrownBy(() => store.addAdverseEvent(session.id, fields({ onsetDate: '2025-01-05' }), actor))).toMatchObject({ code: 'invalid-input', field: 'onsetDate', reason: 'before-session' });
    const other = store.createSession(sessionDraft(session.patientId, { date: '2025-01-13' }), defaults, actor);
    const strangerPoint = points(1)[0]!;
    store.saveSession(other.id, {}, [strangerPoint], actor);
    const afterOther = dumpDatabase(path);
    expect(thrownBy(() => store.addAdverseEvent(session.id, fields({ pointIds: [strangerPoint.id] }), actor))).toMatchObject({ field: 'pointIds.0', reason: 'not-in-session' });
    expect(dumpDatabase(path)).toEqual(afterOther);
    expect((dump.adverse_events as string[]).length).toBe(0);
  });

  it('are followed up field by field, each change audited from and to; a follow-up that changes nothing is refused', () => {
    const { store, path, session } = signedSession();
    const event = store.addAdverseEvent(session.id, fields({ followUpDate: '2025-01-20' }), actor);
    const followedUp = store.updateAdverseEvent(event.id, fields({ followUpDate: null, outcome: 'resolved', reportedToAgency: true, reportedOn: '2025-01-14', reportReference: 'FR-2025-0042' }), { name: 'Nurse Petra' });

    expect(followedUp).toMatchObject({ id: event.id, outcome: 'resolved', reportedOn: '2025-01-14', createdBy: actor.name, updatedBy: 'Nurse Petra' });
    expect(store.listAudit(event.id).at(-1)).toMatchObject({
      action: 'adverse-event.update',
      entity: 'adverse-event',
      actor: 'Nurse Petra',
      detail: {
        sessionId: session.id,
        changes: {
          outcome: { from: 'ongoing', to: 'resolved' },
          followUpDate: { from: '2025-01-20', to: null },
          reportedToAgency: { from: false, to: true },
          reportedOn: { from: null, to: '2025-01-14' },
          reportReference: { from: '', to: 'FR-2025-0042' },
        },
      },
    });
    const count = auditCount(path);
    expect(thrownBy(() => store.updateAdverseEvent(event.id, fields({ followUpDate: null, outcome: 'resolved', reportedToAgency: true, reportedOn: '2025-01-14', reportReference: 'FR-2025-0042' }), actor))).toMatchObject({
      code: 'conflict',
      reason: 'adverse-event-unchanged',
    });
    expect(auditCount(path)).toBe(count);
    expect(thrownBy(() => store.updateAdverseEvent('6f1c1e0e-3a1b-4c55-9d7e-0a7b2b9c1dff', fields(), actor))).toMatchObject({ code: 'not-found', params: { record: 'adverseEvent' } });
  });

  it('cannot be deleted, nor moved to another session, even by SQL', () => {
    const { store, path, session } = signedSession();
    const event = store.addAdverseEvent(session.id, fields(), actor);
    const other = store.createSession(sessionDraft(session.patientId, { date: '2025-01-13' }), defaults, actor);
    store.close();
    const db = new DatabaseSync(path);
    try {
      expect(() => db.prepare('DELETE FROM adverse_events WHERE id = ?').run(event.id)).toThrow(/cannot be deleted/);
      expect(() => db.prepare('UPDATE adverse_events SET session_id = ? WHERE id = ?').run(other.id, event.id)).toThrow(/stays with its session/);
    } finally {
      db.close();
    }
  });

  it('travel with the patient: an export and an import keep them as they were', () => {
    const { store, patient, session, chart } = signedSession();
    store.addAdverseEvent(session.id, fields({ pointIds: [chart[0]!.id, chart[5]!.id], type: 'other', description: 'Burning along the injection line' }), actor);
    const followed = store.addAdverseEvent(session.id, fields({ onsetDate: '2025-01-07', type: 'nodules' }), actor);
    store.updateAdverseEvent(followed.id, fields({ onsetDate: '2025-01-07', type: 'nodules', outcome: 'resolved-with-sequelae', reportedToAgency: true, reportedOn: '2025-01-10' }), actor);

    const doc = store.exportPatient(patient.id, actor);
    expect(doc.version).toBe(3);
    expect(doc.adverseEvents).toHaveLength(2);
    expect(patientExportDocumentSchema.parse(JSON.parse(JSON.stringify(doc)))).toEqual(doc);

    const { store: target } = openTestStore();
    target.importPatient(JSON.parse(JSON.stringify(doc)), importFileOf(JSON.parse(JSON.stringify(doc))), actor);
    expect(target.listAdverseEvents({ patientId: patient.id })).toEqual(store.listAdverseEvents({ patientId: patient.id }));
    const again = target.exportPatient(patient.id, actor);
    expect({ ...again, exportedAt: null }).toEqual({ ...doc, exportedAt: null });
    // Importing it a second time is refused by the patient id before anything is written.
    expect(thrownBy(() => target.importPatient(JSON.parse(JSON.stringify(doc)), importFileOf(JSON.parse(JSON.stringify(doc))), actor))).toMatchObject({ code: 'conflict' });
  });

  it('are refused in a document of an earlier version, and an event naming a session outside the document', () => {
    const { store, patient, session } = signedSession();
    store.addAdverseEvent(session.id, fields(), actor);
    const doc = JSON.parse(JSON.stringify(store.exportPatient(patient.id, actor)));
    const { store: target } = openTestStore();
    expect(thrownBy(() => target.importPatient({ ...doc, version: 2 }, importFileOf({ ...doc, version: 2 }), actor))).toMatchObject({ code: 'invalid-input', field: 'document.adverseEvents', reason: 'inconsistent' });
    const stray = { ...doc, adverseEvents: [{ ...doc.adverseEvents[0], sessionId: '6f1c1e0e-3a1b-4c55-9d7e-0a7b2b9c1dff' }] };
    expect(thrownBy(() => target.importPatient(stray, importFileOf(stray), actor))).toMatchObject({ field: 'document.adverseEvents.0.sessionId', reason: 'not-in-document' });
  });
});
