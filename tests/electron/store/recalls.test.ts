import { describe, expect, it } from 'vitest';
import { productSchema } from '../../../shared/product.ts';
import { actor, defaults, openTestStore, patientFields, sessionDraft } from './fixtures.ts';

const lido = (lot: string, volumeMl: number | null = 1) => productSchema.parse({ name: 'Lidocaine 2%', lot, expiry: '2026-05-31', volumeMl });

/** Two patients who received lot LD2-4471 (one of them twice), one who received another lot. */
function recallFixture() {
  // A clock a minute further at each reading: recalls opened one after another have distinct times.
  let minute = 0;
  const opened = openTestStore(undefined, { now: () => new Date(Date.UTC(2025, 4, 1, 9, minute++)) });
  const { store } = opened;
  const hans = store.createPatient(patientFields({ phone: '+49 30 1234567', email: 'hans@example.org', address: 'Hauptstraße 1\n10115 Berlin' }), actor);
  const ines = store.createPatient(patientFields({ firstName: 'Inès', lastName: 'Laurent', language: 'fr' }), actor);
  const other = store.createPatient(patientFields({ firstName: 'Ola', lastName: 'Berg' }), actor);
  const session = (patientId: string, date: string, lot: string, volumeMl: number | null = 1) => {
    const s = store.createSession(sessionDraft(patientId, { date }), defaults, actor);
    store.saveSession(s.id, { products: [lido(lot, volumeMl)] }, undefined, actor);
    return store.signSession(s.id, actor);
  };
  const sessions = [session(hans.id, '2025-01-06', 'LD2-4471', 1), session(ines.id, '2025-02-03', 'LD2-4471', 2.5), session(hans.id, '2025-03-03', 'LD2-4471', 0.5), session(other.id, '2025-03-04', 'LD2-9999')];
  return { ...opened, hans, ines, other, sessions };
}

describe('recalls as records', () => {
  it('opens a recall with the patients the lot search finds, their sessions and volumes frozen, contact details as the record has them', () => {
    const { store, hans, ines, sessions } = recallFixture();
    const recall = store.openRecall({ lot: 'LD2-4471', product: '', reason: 'Manufacturer notice: sterility', reference: 'ANSM-2025-07' }, actor);

    expect(recall).toMatchObject({ lot: 'LD2-4471', reason: 'Manufacturer notice: sterility', reference: 'ANSM-2025-07', openedBy: actor.name, closedAt: null, patientCount: 2, contactedCount: 0 });
    expect(recall.patients.map((p) => p.patientId)).toEqual([hans.id, ines.id]);
    expect(recall.patients[0]).toMatchObject({ phone: '+49 30 1234567', email: 'hans@example.org', address: 'Hauptstraße 1\n10115 Berlin', contact: null });
    expect(recall.patients[0]?.uses).toEqual([
      { sessionId: sessions[0]!.id, date: '2025-01-06', time: expect.any(String), status: 'signed', productName: 'Lidocaine 2%', lot: 'LD2-4471', expiry: '2026-05-31', volumeMl: 1 },
      expect.objectContaining({ sessionId: sessions[2]!.id, volumeMl: 0.5 }),
    ]);
    expect(recall.patients[1]).toMatchObject({ language: 'fr', uses: [expect.objectContaining({ sessionId: sessions[1]!.id, volumeMl: 2.5 })] });

    // Frozen: a session signed later with the same lot does not join the recall.
    const late = store.createSession(sessionDraft(ines.id, { date: '2025-04-01' }), defaults, actor);
    store.saveSession(late.id, { products: [lido('LD2-4471')] }, undefined, actor);
    expect(store.getRecall(recall.id)?.patients.flatMap((p) => p.uses.map((u) => u.sessionId))).not.toContain(late.id);
    // Contact details follow the patient's record.
    store.updatePatient(ines.id, patientFields({ firstName: 'Inès', lastName: 'Laurent', language: 'fr', phone: '+33 6 12 34 56 78' }), actor);
    expect(store.getRecall(recall.id)?.patients[1]?.phone).toBe('+33 6 12 34 56 78');

    expect(store.listAudit(recall.id)).toEqual([
      expect.objectContaining({ action: 'recall.open', entity: 'recall', actor: actor.name, detail: expect.objectContaining({ lot: 'LD2-4471', patients: [hans.id, ines.id], sessions: [sessions[0]!.id, sessions[2]!.id, sessions[1]!.id] }) }),
    ]);
  });

  it('marks a patient contacted, corrects the mark, closes; each step audited; a closed recall refuses new marks', () => {
    const { store, hans, ines, other } = recallFixture();
    const { id } = store.openRecall({ lot: 'LD2-4471', product: '', reason: 'Notice', reference: '' }, actor);

    const marked = store.markRecallContact({ recallId: id, patientId: hans.id, date: '2025-05-02', method: 'phone', by: 'Dr Test', note: 'No symptom' }, actor);
    expect(marked.contactedCount).toBe(1);
    expect(marked.patients[0]?.contact).toMatchObject({ date: '2025-05-02', method: 'phone', by: 'Dr Test', note: 'No symptom', markedBy: actor.name });

    const corrected = store.markRecallContact({ recallId: id, patientId: hans.id, date: '2025-05-03', method: 'in-person', by: 'Dr Test', note: 'No symptom' }, actor);
    expect(corrected.patients[0]?.contact).toMatchObject({ date: '2025-05-03', method: 'in-person' });
    expect(corrected.contactedCount).toBe(1);
    // The same mark again changes nothing: refused.
    expect(() => store.markRecallContact({ recallId: id, patientId: hans.id, date: '2025-05-03', method: 'in-person', by: 'Dr Test', note: 'No symptom' }, actor)).toThrow(expect.objectContaining({ code: 'conflict', reason: 'contact-unchanged' }));
    // A patient outside the recall.
    expect(() => store.markRecallContact({ recallId: id, patientId: other.id, date: '2025-05-03', method: 'phone', by: 'Dr Test', note: '' }, actor)).toThrow(expect.objectContaining({ code: 'not-found', reason: 'not-in-recall' }));

    const closed = store.closeRecall(id, 'Ines unreachable after three calls', actor);
    expect(closed).toMatchObject({ closedBy: actor.name, closeNote: 'Ines unreachable after three calls', contactedCount: 1, patientCount: 2 });
    expect(closed.closedAt).not.toBeNull();
    expect(() => store.markRecallContact({ recallId: id, patientId: ines.id, date: '2025-05-04', method: 'letter', by: 'Dr Test', note: '' }, actor)).toThrow(expect.objectContaining({ code: 'conflict', reason: 'recall-closed' }));
    expect(() => store.closeRecall(id, 'again', actor)).toThrow(expect.objectContaining({ code: 'conflict', reason: 'recall-closed' }));
    // Still readable, as it was closed.
    expect(store.getRecall(id)).toEqual(closed);

    const audit = store.listAudit(id);
    expect(audit.map((e) => e.action)).toEqual(['recall.open', 'recall.contact', 'recall.contact-correct', 'recall.close']);
    expect(audit[2]?.detail).toEqual({ patientId: hans.id, changes: { date: { from: '2025-05-02', to: '2025-05-03' }, method: { from: 'phone', to: 'in-person' } } });
    expect(audit[3]?.detail).toEqual({ note: 'Ines unreachable after three calls', patients: 2, contacted: 1 });
    expect(store.verifyAudit()).toMatchObject({ ok: true });
  });

  it('lists open recalls first, newest first, with their progress; refuses an unknown recall', () => {
    const { store, hans } = recallFixture();
    const first = store.openRecall({ lot: 'LD2-4471', product: '', reason: 'First', reference: '' }, actor);
    const second = store.openRecall({ lot: '', product: 'lidocaine', reason: 'Second', reference: '' }, actor);
    const third = store.openRecall({ lot: 'LD2-9999', product: '', reason: 'Third', reference: '' }, actor);
    store.markRecallContact({ recallId: first.id, patientId: hans.id, date: '2025-05-02', method: 'email', by: 'Dr Test', note: '' }, actor);
    store.closeRecall(third.id, '', actor);

    const list = store.listRecalls();
    expect(list.map((r) => r.id)).toEqual([second.id, first.id, third.id]);
    expect(list.at(-1)?.closedAt).not.toBeNull();
    expect(list.find((r) => r.id === first.id)).toMatchObject({ patientCount: 2, contactedCount: 1 });
    expect(list.find((r) => r.id === second.id)).toMatchObject({ patientCount: 3, contactedCount: 0 });
    expect(store.getRecall('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(() => store.closeRecall('00000000-0000-4000-8000-000000000000', '', actor)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});
