import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, auditKindOf } from '../../../shared/audit.ts';
import { productSchema } from '../../../shared/product.ts';
import type { Actor } from '../../../shared/repository.ts';
import { amendmentContent, contentHash, signedSessionContent } from '../../../electron/store/signedContent.ts';
import { actor, auditCount, consentToPhotos, defaults, openTestStore, patientFields, points, screeningWith, sessionDraft } from './fixtures.ts';

const reader: Actor = { name: 'Dr. Luis Ortega', id: '0b1f0d5e-0000-4000-8000-000000000001' };

function entryOf(store: ReturnType<typeof openTestStore>['store'], entityId: string, action: string) {
  return store.listAudit(entityId).filter((e) => e.action === action);
}

describe('reads written to the audit trail (issue 14)', () => {
  it('writes one entry per patient, consent or lot search a person opens, with ids only', () => {
    const { store, path } = openTestStore();
    const patient = store.createPatient(patientFields({ notes: 'Prefers mornings', screening: screeningWith() }), actor);
    const consent = consentToPhotos(store, patient.id);
    const before = auditCount(path);

    expect(store.getPatient(patient.id, reader)?.id).toBe(patient.id);
    expect(store.getConsent(consent.id, reader)?.id).toBe(consent.id);
    expect(store.findProductUses({ lot: 'LD-1', product: '' }, reader)).toEqual([]);
    expect(auditCount(path)).toBe(before + 3);

    expect(entryOf(store, patient.id, 'patient.view')).toEqual([expect.objectContaining({ actor: reader.name, actorId: reader.id, entity: 'patient', detail: {} })]);
    expect(entryOf(store, consent.id, 'consent.view')).toEqual([expect.objectContaining({ entity: 'consent', detail: { patientId: patient.id } })]);
    expect(entryOf(store, 'LD-1', 'lot.search')).toEqual([expect.objectContaining({ entity: 'lot', detail: { lot: 'LD-1', product: '', rows: 0 } })]);
    expect(JSON.stringify(store.listAudit(patient.id))).not.toContain('Prefers mornings');
  });

  it('writes nothing for a read without a viewer, a record that does not exist, or a store opened read-only', () => {
    const { store, path } = openTestStore();
    const patient = store.createPatient(patientFields(), actor);
    const before = auditCount(path);
    store.getPatient(patient.id);
    store.getPatient('00000000-0000-4000-8000-000000000000', reader);
    store.findProductUses({ lot: 'LD-1', product: '' });
    expect(auditCount(path)).toBe(before);

    store.close();
    const { store: readOnly } = openTestStore(path, { readOnly: true });
    expect(readOnly.getPatient(patient.id, reader)?.id).toBe(patient.id);
    expect(auditCount(path)).toBe(before);
  });

  it('files every action under one kind the audit screen filters by', () => {
    expect(auditKindOf('patient.view')).toBe('view');
    expect(auditKindOf('practitioner.lock')).toBe('security');
    expect(auditKindOf('backup.create')).toBe('backup');
    expect(auditKindOf('session.amend')).toBe('signature');
    expect(auditKindOf('something.unknown')).toBe('change');
    expect(Object.keys(AUDIT_ACTIONS).every((a) => /^[a-z-]+\.[a-z-]+$/.test(a))).toBe(true);
  });
});

describe('signatures hash what they sign (issue 14)', () => {
  function signedWith(notes: string) {
    const { store } = openTestStore();
    const patient = store.createPatient(patientFields(), actor);
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    store.saveSession(session.id, { notes, products: [productSchema.parse({ name: 'Lidocaine 2%', lot: 'LD-1' })] }, points(3), actor);
    const signed = store.signSession(session.id, actor);
    const entry = entryOf(store, session.id, 'session.sign')[0];
    return { store, signed, hash: (entry?.detail as { contentHash: string }).contentHash };
  }

  it('stores the SHA-256 of the signed session, which changes when the content does', () => {
    const a = signedWith('Tolerated well');
    const b = signedWith('Tolerated well.');
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(contentHash(signedSessionContent(a.signed)));
    // Read back later, the signed content still gives the hash its entry holds.
    expect(contentHash(signedSessionContent(a.store.getSession(a.signed.id)!))).toBe(a.hash);
    const altered = { ...signedSessionContent(a.signed), notes: 'Tolerated well.' };
    expect(contentHash(altered)).not.toBe(a.hash);
    expect(b.hash).not.toBe(a.hash);
  });

  it('stores the hash of each amendment, and of a signed consent', () => {
    const { store, signed } = signedWith('Tolerated well');
    const amended = store.amendSession(signed.id, { reason: 'Typo in the notes', fields: { notes: 'Tolerated very well' } }, actor);
    const entry = entryOf(store, signed.id, 'session.amend')[0];
    const amendment = amended.amendments[0]!;
    expect(entry?.detail).toMatchObject({ contentHash: contentHash(amendmentContent(signed.id, amendment)) });
    expect(contentHash(amendmentContent(signed.id, { ...amendment, reason: 'Another reason' }))).not.toBe((entry?.detail as { contentHash: string }).contentHash);

    const patient = store.createPatient(patientFields({ screening: screeningWith() }), actor);
    const consent = consentToPhotos(store, patient.id);
    expect(entryOf(store, consent.id, 'consent.sign')[0]?.detail).toMatchObject({ contentHash: consent.hash });
  });
});

describe("a patient's history of changes (issue 14)", () => {
  it('keeps who changed which field, when, from what to what; appended, never overwritten', () => {
    const at = new Date('2025-02-03T10:00:00.000Z');
    const { store, path } = openTestStore(undefined, { now: () => at });
    const patient = store.createPatient(patientFields({ phone: '+49 30 111', allergies: 'Lidocaine' }), actor);
    store.updatePatient(patient.id, patientFields({ phone: '+49 30 222', allergies: 'Lidocaine' }), reader);
    store.updatePatient(patient.id, patientFields({ phone: '+49 30 222', allergies: 'Lidocaine', screening: screeningWith('pregnancy') }), actor);
    store.updatePatient(patient.id, patientFields({ phone: '+49 30 222', allergies: 'Lidocaine', screening: screeningWith('pregnancy') }), actor);
    store.setPatientArchived(patient.id, true, actor);

    const history = store.listPatientHistory(patient.id);
    expect(history).toEqual([
      { id: expect.any(Number), at: at.toISOString(), actor: reader.name, actorId: reader.id, action: 'update', changes: [{ field: 'phone', from: '+49 30 111', to: '+49 30 222' }] },
      { id: expect.any(Number), at: at.toISOString(), actor: actor.name, actorId: null, action: 'update', changes: [{ field: 'screening', from: null, to: screeningWith('pregnancy') }] },
      { id: expect.any(Number), at: at.toISOString(), actor: actor.name, actorId: null, action: 'archive', changes: [{ field: 'archived', from: false, to: true }] },
    ]);
    // The audit entry names the history row and vouches for its values by their hash, never carrying them.
    const update = store.listAudit(patient.id).find((e) => e.action === 'patient.update');
    expect(update?.detail).toMatchObject({ change: history[0]?.id });
    expect(JSON.stringify(store.listAudit(patient.id))).not.toContain('+49 30 111');

    const raw = new DatabaseSync(path);
    try {
      expect(() => raw.exec("UPDATE patient_changes SET actor = 'someone else'")).toThrow(/corrections are appended/);
      expect(() => raw.exec('DELETE FROM patient_changes')).toThrow(/corrections are appended/);
    } finally {
      raw.close();
    }
  });

  it('refuses the history of a patient that does not exist', () => {
    const { store } = openTestStore();
    expect(() => store.listPatientHistory('00000000-0000-4000-8000-000000000000')).toThrow();
  });
});

describe('the audit trail, page by page and kind by kind', () => {
  it('pages newest first and filters by kind, unknown actions among the changes', () => {
    const { store } = openTestStore();
    const patient = store.createPatient(patientFields(), actor);
    for (let i = 0; i < 5; i++) store.getPatient(patient.id, reader);
    store.auditRecordOutput({ action: 'settings.update', entity: 'settings', entityId: 'preferences', detail: { changes: {} } }, actor);

    const all = store.listAuditEntries({ kind: null, before: null, limit: 4 });
    expect(all.entries.map((e) => e.action)).toEqual(['settings.update', 'patient.view', 'patient.view', 'patient.view']);
    expect(all.more).toBe(true);
    const older = store.listAuditEntries({ kind: null, before: all.entries.at(-1)!.id, limit: 4 });
    expect(older.entries.map((e) => e.action)).toEqual(['patient.view', 'patient.view', 'patient.create']);
    expect(older.more).toBe(false);

    expect(store.listAuditEntries({ kind: 'view', before: null, limit: 50 }).entries).toHaveLength(5);
    expect(store.listAuditEntries({ kind: 'security', before: null, limit: 50 }).entries.map((e) => e.action)).toEqual(['settings.update']);
    expect(store.listAuditEntries({ kind: 'change', before: null, limit: 50 }).entries.map((e) => e.action)).toEqual(['patient.create']);
  });
});

describe('the chain compared with what backups recorded of it', () => {
  it('finds a backup whose entry the chain no longer has, or has with another hash', () => {
    const { store } = openTestStore();
    store.createPatient(patientFields(), actor);
    const head = store.auditHead()!;
    expect(head.entry).toBe(1);
    const anchor = (entry: number, hash: string) => ({ file: `mesochart-${entry}.sqlite`, createdAt: '2025-01-01T00:00:00.000Z', head: { entry, hash } });

    expect(store.compareAuditWithBackups([anchor(1, head.hash)])).toEqual({ checked: 1, findings: [] });
    expect(store.compareAuditWithBackups([anchor(3, head.hash), anchor(1, 'f'.repeat(64))]).findings).toEqual([
      { file: 'mesochart-3.sqlite', createdAt: '2025-01-01T00:00:00.000Z', head: { entry: 3, hash: head.hash }, problem: 'missing', chainEnd: 1, restoredSince: null },
      { file: 'mesochart-1.sqlite', createdAt: '2025-01-01T00:00:00.000Z', head: { entry: 1, hash: 'f'.repeat(64) }, problem: 'different', chainEnd: 1, restoredSince: null },
    ]);
  });

  it('names a restore made after the backup, which explains the finding', () => {
    const { store } = openTestStore(undefined, { now: () => new Date('2025-03-01T09:00:00.000Z') });
    store.createPatient(patientFields(), actor);
    store.auditRecordOutput({ action: 'backup.restore', entity: 'backup', entityId: 'mesochart-old.sqlite', detail: {} }, actor);
    const [finding] = store.compareAuditWithBackups([{ file: 'mesochart-new.sqlite', createdAt: '2025-02-01T00:00:00.000Z', head: { entry: 9, hash: 'a'.repeat(64) } }]).findings;
    expect(finding?.restoredSince).toEqual({ entry: 2, at: '2025-03-01T09:00:00.000Z' });
  });
});
