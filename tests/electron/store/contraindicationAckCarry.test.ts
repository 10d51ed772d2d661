import { describe, expect, it } from 'vitest';
import { needsContraindicationAck } from '../../../shared/contraindicationAck.ts';
import { actor, defaults, openTestStore, patientFields, screeningWith, sessionDraft } from './fixtures.ts';

// Issue 12: the contraindication warning repeats only when the screening changed since it was acknowledged.

function acknowledgedFirstSession() {
  let now = new Date('2025-01-06T09:02:00.000Z');
  const opened = openTestStore(undefined, { now: () => now });
  const patient = opened.store.createPatient(patientFields({ screening: screeningWith('anticoagulants') }), actor);
  const first = opened.store.createSession(sessionDraft(patient.id), defaults, actor);
  opened.store.acknowledgeContraindications(first.id, actor);
  now = new Date('2025-01-13T09:10:00.000Z');
  return { ...opened, patient, first, later: now };
}

describe('an acknowledgement carried over to the next session', () => {
  it('is recorded on a session started with the screening confirmed unchanged: no warning, signable, audited with its source', () => {
    const { store, patient, first, later } = acknowledgedFirstSession();
    const next = store.createSession(sessionDraft(patient.id, { date: '2025-01-13' }), defaults, { name: 'Dr Marek' });
    expect(next.contraindicationAck).toEqual({ at: later.toISOString(), by: 'Dr Marek', items: ['anticoagulants'] });
    expect(store.getSession(next.id)?.contraindicationAck).toEqual(next.contraindicationAck);
    expect(needsContraindicationAck(patient, next)).toBe(false);
    expect(store.signSession(next.id, actor).status).toBe('signed');
    expect(store.listAudit(next.id).find((e) => e.action === 'session.create')?.detail).toMatchObject({ ackCarriedFrom: first.id });
  });

  it('is not carried when the screening changed since: another item, or the same item with another note', () => {
    const { store, patient } = acknowledgedFirstSession();
    const another = screeningWith('anticoagulants', 'productAllergy');
    const rescreened = store.createSession(sessionDraft(patient.id, { date: '2025-01-13', screening: { kind: 'updated', screening: another } }), defaults, actor);
    expect(rescreened.contraindicationAck).toBeNull();
    expect(needsContraindicationAck(patient, rescreened)).toBe(true);
    store.acknowledgeContraindications(rescreened.id, actor);

    const renoted = screeningWith('anticoagulants', 'productAllergy');
    renoted.answers.anticoagulants = { present: true, note: 'apixaban since December' };
    const next = store.createSession(sessionDraft(patient.id, { date: '2025-01-20', screening: { kind: 'updated', screening: renoted } }), defaults, actor);
    expect(next.contraindicationAck).toBeNull();
  });

  it('is not carried when nothing was acknowledged before', () => {
    const { store } = openTestStore();
    const patient = store.createPatient(patientFields({ screening: screeningWith('pregnancy') }), actor);
    store.createSession(sessionDraft(patient.id), defaults, actor);
    const second = store.createSession(sessionDraft(patient.id, { date: '2025-01-13' }), defaults, actor);
    expect(second.contraindicationAck).toBeNull();
  });
});
