import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { needsContraindicationAck } from '../../../shared/contraindicationAck.ts';
import { actor, auditCount, defaults, dumpDatabase, openTestStore, patientFields, screeningWith, sessionDraft, thrownBy } from './fixtures.ts';

function storeWithScreenedPatient(clock = () => new Date('2025-01-06T09:00:00.000Z')) {
  const opened = openTestStore(undefined, { now: clock });
  const patient = opened.store.createPatient(patientFields({ screening: screeningWith('anticoagulants', 'pregnancy') }), actor);
  const session = opened.store.createSession(sessionDraft(patient.id), defaults, actor);
  return { ...opened, patient, session };
}

describe('acknowledging contraindications', () => {
  it('records who, when and which contraindications were positive at that moment', () => {
    const at = new Date('2025-01-06T09:02:00.000Z');
    const { store, patient, session } = storeWithScreenedPatient(() => at);
    expect(session.contraindicationAck).toBeNull();
    expect(needsContraindicationAck(patient, session)).toBe(true);

    const acknowledged = store.acknowledgeContraindications(session.id, actor);

    expect(acknowledged.contraindicationAck).toEqual({ at: at.toISOString(), by: actor.name, items: ['pregnancy', 'anticoagulants'] });
    expect(store.getSession(session.id)).toEqual(acknowledged);
    expect(needsContraindicationAck(patient, acknowledged)).toBe(false);
  });

  it("refers to the session's own copy of the screening: a later change of the patient's file does not reach it; the next session, started with the change, asks for the new list", () => {
    let now = new Date('2025-01-06T09:02:00.000Z');
    const { store, patient, session, path } = storeWithScreenedPatient(() => now);
    store.acknowledgeContraindications(session.id, actor);
    const rescreened = store.updatePatient(patient.id, patientFields({ screening: screeningWith('anticoagulants', 'productAllergy') }), actor);
    const kept = store.getSession(session.id)!;
    expect(kept.screening?.screening).toEqual(screeningWith('anticoagulants', 'pregnancy'));
    expect(needsContraindicationAck(rescreened, kept)).toBe(false);

    now = new Date('2025-01-13T09:10:00.000Z');
    const next = store.createSession(sessionDraft(patient.id, { date: '2025-01-13' }), defaults, actor);
    expect(needsContraindicationAck(rescreened, next)).toBe(true);
    const again = store.acknowledgeContraindications(next.id, { name: 'Nurse Petra' });
    expect(again.contraindicationAck).toEqual({ at: now.toISOString(), by: 'Nurse Petra', items: ['anticoagulants', 'productAllergy'] });
    expect(store.getSession(session.id)?.contraindicationAck?.items).toEqual(['pregnancy', 'anticoagulants']);
    expect((dumpDatabase(path).contraindication_acks as string[]).length).toBe(2);
  });

  it('asks about a patient under 18 on the session day, computed from the date of birth, and records it with the acknowledgement', () => {
    const { store } = openTestStore();
    const patient = store.createPatient(patientFields({ dateOfBirth: '2008-03-01', screening: screeningWith() }), actor);
    const session = store.createSession(sessionDraft(patient.id, { date: '2025-01-06' }), defaults, actor);
    expect(thrownBy(() => store.signSession(session.id, actor))).toMatchObject({ reason: 'contraindications-not-acknowledged', params: { contraindications: ['under18'] } });
    expect(store.acknowledgeContraindications(session.id, actor).contraindicationAck?.items).toEqual(['under18']);
  });

  it('writes one audit entry per acknowledgement, without naming the contraindications', () => {
    const { store, session, path } = storeWithScreenedPatient();
    const before = auditCount(path);
    store.acknowledgeContraindications(session.id, actor);
    expect(auditCount(path)).toBe(before + 1);
    const entry = store.listAudit(session.id).at(-1);
    expect(entry).toMatchObject({ action: 'session.acknowledge-contraindications', entity: 'session', actor: actor.name, detail: { fields: ['contraindicationAck'], items: 2 } });
    expect(JSON.stringify(entry)).not.toMatch(/pregnancy|anticoagulants/);
  });

  it('refuses on a signed session as locked: the acknowledgement belongs before signing', () => {
    const { store, session, path } = storeWithScreenedPatient();
    store.acknowledgeContraindications(session.id, actor);
    store.signSession(session.id, actor);
    const before = dumpDatabase(path);
    expect(thrownBy(() => store.acknowledgeContraindications(session.id, actor))).toMatchObject({ code: 'locked' });
    expect(dumpDatabase(path)).toEqual(before);
  });

  it('refuses when the screening shows nothing to acknowledge, and answers an unknown session with not found', () => {
    const { store } = openTestStore();
    const patient = store.createPatient(patientFields({ screening: screeningWith() }), actor);
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    expect(thrownBy(() => store.acknowledgeContraindications(session.id, actor))).toMatchObject({ code: 'conflict' });
    expect(thrownBy(() => store.acknowledgeContraindications(randomUUID(), actor))).toMatchObject({ code: 'not-found', field: 'sessionId' });
  });

  it('refuses to sign while positive contraindications await acknowledgement, and signs once they are acknowledged', () => {
    const { store, patient, session } = storeWithScreenedPatient();
    const refused = thrownBy(() => store.signSession(session.id, actor));
    expect(refused).toMatchObject({ code: 'conflict', field: 'contraindicationAck', reason: 'contraindications-not-acknowledged', params: { contraindications: ['pregnancy', 'anticoagulants'] } });

    store.acknowledgeContraindications(session.id, actor);
    // A change of the patient's file after the start is not this session's screening.
    store.updatePatient(patient.id, patientFields({ screening: screeningWith('oncological') }), actor);
    expect(store.signSession(session.id, actor)).toMatchObject({ status: 'signed', contraindicationAck: { items: ['pregnancy', 'anticoagulants'] } });
  });

  it('is protected by the database itself once the session is signed', () => {
    const { store, session, path } = storeWithScreenedPatient();
    store.acknowledgeContraindications(session.id, actor);
    store.signSession(session.id, actor);
    const raw = new DatabaseSync(path);
    try {
      expect(() => raw.exec(`INSERT INTO contraindication_acks (session_id, seq, at, actor, items) VALUES ('${session.id}', 2, 't', 'a', '[]')`)).toThrow(/Signed sessions cannot be changed/);
      expect(() => raw.exec("UPDATE contraindication_acks SET items = '[]'")).toThrow(/cannot be changed/);
      expect(() => raw.exec('DELETE FROM contraindication_acks')).toThrow(/Signed sessions cannot be changed/);
    } finally {
      raw.close();
    }
  });
});
