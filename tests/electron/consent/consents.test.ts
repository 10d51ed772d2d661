import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { consentHash } from '../../../electron/store/consentHash.ts';
import { STARTING_TEMPLATES } from '../../../electron/store/migrations/005-startingTemplates.ts';
import { emptyScreening } from '../../../shared/contraindications.ts';
import { consentValidOn, coveringConsent, type Consent } from '../../../shared/consent.ts';
import { INDICATIONS } from '../../../shared/indications.ts';
import { actor, courseFields, defaults, patientFields, sessionDraft } from '../store/fixtures.ts';
import { drawn, setUp } from './consentFixtures.ts';

describe('consent templates', () => {
  it('ships a starting template for every indication, each covering the essentials (the second edition, migration 8)', () => {
    const { store } = setUp();
    const templates = store.listConsentTemplates(undefined, 'en');
    expect(templates.map((t) => t.indication).sort()).toEqual(INDICATIONS.map((i) => i.id).sort());
    for (const t of templates) {
      // The five of the first edition are at their version 2, the others new at version 1.
      expect(t.version).toBe(STARTING_TEMPLATES.some((s) => s.id === t.templateId) ? 2 : 1);
      expect(t.language).toBe('en');
      for (const words of ['dermis', 'sessions', 'wheals', 'bruising', 'burning', 'redness', 'swelling', 'pregnancy', 'breastfeeding', 'anticoagulants', 'AFTERCARE', 'ALTERNATIVES', 'OFF-LABEL', 'atypical mycobacteria', 'necrosis', 'vasovagal', 'lidocaine']) {
        expect(t.body, `${t.indication}: ${words}`).toContain(words);
      }
    }
    expect(STARTING_TEMPLATES).toHaveLength(5);
  });

  it('makes each saved edit a new version and keeps every old version readable', () => {
    const { store } = setUp();
    const pain = store.listConsentTemplates('pain')[0]!;
    const v2 = store.saveConsentTemplate({ templateId: pain.templateId, indication: 'pain', title: pain.title, body: `${pain.body}\n\nLOCAL NOTE\nAsk about knee replacements.` }, actor);
    const v3 = store.saveConsentTemplate({ templateId: pain.templateId, indication: 'pain', title: 'Consent: mesotherapy for pain (clinic text)', body: v2.body.replace('knee', 'hip') }, actor);
    // The shipped pain template is at its version 2 (migration 8): the clinic's edits are 3 and 4.
    expect([v2.version, v3.version]).toEqual([3, 4]);
    expect(v3.versions.map((v) => v.version)).toEqual([1, 2, 3, 4]);
    expect(store.getConsentTemplate(pain.templateId, 2)?.body).toBe(pain.body);
    expect(store.getConsentTemplate(pain.templateId, 3)?.body).toContain('knee replacements');
    expect(store.getConsentTemplate(pain.templateId)?.title).toBe('Consent: mesotherapy for pain (clinic text)');
    expect(store.listConsentTemplates('pain', 'en')).toHaveLength(1);
    expect(store.listAudit(pain.templateId).map((e) => e.action)).toEqual(['consent-template.version', 'consent-template.version']);
    // An edit that changes nothing is not a version.
    expect(() => store.saveConsentTemplate({ templateId: pain.templateId, indication: 'pain', title: v3.title, body: v3.body }, actor)).toThrow(expect.objectContaining({ reason: 'template-unchanged' }));
  });

  it('refuses to rewrite or delete a version in the database itself', () => {
    const { store, path } = setUp();
    const t = store.listConsentTemplates('cellulite')[0]!;
    store.close();
    const db = new DatabaseSync(path);
    expect(() => db.prepare("UPDATE consent_template_versions SET body = 'x' WHERE template_id = ?").run(t.templateId)).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM consent_template_versions WHERE template_id = ?').run(t.templateId)).toThrow(/cannot be deleted/);
    db.close();
  });
});

describe('signed consents', () => {
  it('stores the exact text, version, screening, both signatures, the time and a SHA-256 of them', () => {
    const at = new Date('2025-03-01T09:00:00.000Z');
    const { store, patient } = setUp(() => at);
    const t = store.listConsentTemplates('cellulite')[0]!;
    const consent = store.signConsent({ patientId: patient.id, templateId: t.templateId, templateVersion: t.version, patientSignature: drawn('Hans Müller'), practitionerSignature: drawn('whoever'), photoConsent: true }, { name: 'Dr. Anna Kowalska', id: '11111111-1111-4111-8111-111111111111' });
    expect(consent).toMatchObject({ templateVersion: t.version, language: 'en', text: t.body, title: t.title, indication: 'cellulite', signedAt: at.toISOString(), screening: patient.screening, withdrawal: null });
    // The countersignature is in the unlocked practitioner's name, whatever was typed on the pad.
    expect(consent.practitionerSignature).toMatchObject({ name: 'Dr. Anna Kowalska', practitionerId: '11111111-1111-4111-8111-111111111111' });
    expect(consent.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(consent.hash).toBe(consentHash(consent));
    // Any part changed gives another hash: text, screening, signature, time, patient.
    expect(consentHash({ ...consent, text: `${consent.text} ` })).not.toBe(consent.hash);
    expect(consentHash({ ...consent, signedAt: '2025-03-01T09:00:01.000Z' })).not.toBe(consent.hash);
    expect(consentHash({ ...consent, patientSignature: { kind: 'typed', name: 'Hans Müller' } })).not.toBe(consent.hash);
    expect(consentHash({ ...consent, screening: { ...consent.screening, screenedOn: '2025-01-03' } })).not.toBe(consent.hash);
    // Key order does not matter (canonical JSON).
    const reordered = Object.fromEntries(Object.entries(consent).reverse()) as Consent;
    expect(consentHash(reordered)).toBe(consent.hash);
    expect(store.listConsents(patient.id)).toEqual([consent]);
    expect(store.listAudit(consent.id).map((e) => e.action)).toEqual(['consent.sign']);
  });

  it('keeps the signed text when the template is edited afterwards', () => {
    const { store, patient } = setUp();
    const t = store.listConsentTemplates('pain')[0]!;
    const consent = store.signConsent({ patientId: patient.id, templateId: t.templateId, templateVersion: t.version, patientSignature: drawn('H'), practitionerSignature: drawn('P'), photoConsent: true }, actor);
    store.saveConsentTemplate({ templateId: t.templateId, indication: 'pain', title: t.title, body: 'A completely different text for version two.' }, actor);
    expect(store.getConsent(consent.id)?.text).toBe(t.body);
  });

  it('refuses a patient without screening, and an unknown version', () => {
    const { store } = setUp();
    const unscreened = store.createPatient(patientFields({ firstName: 'Ola' }), actor);
    const t = store.listConsentTemplates('pain')[0]!;
    expect(() => store.signConsent({ patientId: unscreened.id, templateId: t.templateId, templateVersion: t.version, patientSignature: drawn('O'), practitionerSignature: drawn('P'), photoConsent: true }, actor)).toThrow(expect.objectContaining({ reason: 'screening-required' }));
    const { patient } = { patient: store.createPatient(patientFields({ screening: emptyScreening('2025-01-01') }), actor) };
    expect(() => store.signConsent({ patientId: patient.id, templateId: t.templateId, templateVersion: 9, patientSignature: drawn('O'), practitionerSignature: drawn('P'), photoConsent: true }, actor)).toThrow(expect.objectContaining({ reason: 'no-such-template-version', params: { version: 9 } }));
  });

  it('is withdrawn once, with date and reason, and the database refuses any other change or deletion', () => {
    const { store, patient, path } = setUp(() => new Date('2025-03-01T09:00:00.000Z'));
    const t = store.listConsentTemplates('pain')[0]!;
    const consent = store.signConsent({ patientId: patient.id, templateId: t.templateId, templateVersion: t.version, patientSignature: drawn('H'), practitionerSignature: drawn('P'), photoConsent: true }, actor);
    expect(() => store.withdrawConsent(consent.id, { date: '2025-02-01', reason: 'x' }, actor)).toThrow(expect.objectContaining({ reason: 'withdrawal-before-signature' }));
    const withdrawn = store.withdrawConsent(consent.id, { date: '2025-04-02', reason: 'Patient moved abroad' }, actor);
    expect(withdrawn.withdrawal).toMatchObject({ date: '2025-04-02', reason: 'Patient moved abroad', recordedBy: actor.name });
    expect({ ...withdrawn, withdrawal: null }).toEqual(consent);
    expect(() => store.withdrawConsent(consent.id, { date: '2025-04-03', reason: 'again' }, actor)).toThrow(expect.objectContaining({ reason: 'consent-withdrawn' }));
    store.close();
    const db = new DatabaseSync(path);
    for (const sql of [
      "UPDATE consents SET text = 'edited'",
      "UPDATE consents SET hash = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'",
      "UPDATE consents SET withdrawn_on = '2025-05-01'",
      'UPDATE consents SET withdrawn_on = NULL, withdrawal_reason = NULL, withdrawal_recorded_at = NULL, withdrawal_recorded_by = NULL',
      'DELETE FROM consents',
    ]) {
      expect(() => db.prepare(sql).run(), sql).toThrow(/signed consent cannot be/);
    }
    db.close();
  });

  it('refuses an UPDATE of signed content even before any withdrawal', () => {
    const { store, patient, path } = setUp();
    const t = store.listConsentTemplates('pain')[0]!;
    store.signConsent({ patientId: patient.id, templateId: t.templateId, templateVersion: t.version, patientSignature: drawn('H'), practitionerSignature: drawn('P'), photoConsent: true }, actor);
    store.close();
    const db = new DatabaseSync(path);
    expect(() => db.prepare("UPDATE consents SET patient_signature = '{}'").run()).toThrow(/cannot be changed/);
    expect(() => db.prepare("UPDATE consents SET signed_at = '2020-01-01T00:00:00.000Z', withdrawn_on = '2025-01-01', withdrawal_reason = 'r', withdrawal_recorded_at = 'x', withdrawal_recorded_by = 'y'").run()).toThrow(/cannot be changed/);
    db.close();
  });

  it('is in force from the day it is signed until the day it is withdrawn', () => {
    const c = { indication: 'pain' as const, signedAt: '2025-03-01T09:00:00.000Z', withdrawal: null };
    expect(consentValidOn(c, '2025-02-28')).toBe(false);
    expect(consentValidOn(c, '2025-03-01')).toBe(true);
    const w = { ...c, withdrawal: { date: '2025-04-01', reason: 'r', recordedAt: '', recordedBy: '' } };
    expect(consentValidOn(w, '2025-03-31')).toBe(true);
    expect(consentValidOn(w, '2025-04-01')).toBe(false);
    const later = { ...c, signedAt: '2025-03-10T09:00:00.000Z' };
    expect(coveringConsent([c, later], 'pain', '2025-03-20')).toBe(later);
    expect(coveringConsent([c, later], 'cellulite', '2025-03-20')).toBeNull();
  });
});

describe('the consent rule, at every session', () => {
  it('refuses the first session of a course without consent for its indication, writing nothing', () => {
    const { store, patient } = setUp();
    const course = store.createCourse(courseFields(patient.id, { indication: 'pain' }), actor);
    const before = store.listAudit(patient.id).length;
    expect(() => store.createSession(sessionDraft(patient.id, { courseId: course.id, consentOverride: undefined }), defaults, actor)).toThrow(expect.objectContaining({ code: 'conflict', reason: 'consent-required', params: { indication: 'pain' } }));
    expect(store.listSessions(patient.id)).toEqual([]);
    expect(store.listAudit(patient.id)).toHaveLength(before);
  });

  it('accepts it with a consent in force for the indication, and the session shows that consent', () => {
    const { store, patient } = setUp(() => new Date('2025-01-05T10:00:00.000Z'));
    const course = store.createCourse(courseFields(patient.id, { indication: 'pain' }), actor);
    const cellulite = store.listConsentTemplates('cellulite')[0]!;
    store.signConsent({ patientId: patient.id, templateId: cellulite.templateId, templateVersion: 1, patientSignature: drawn('H'), practitionerSignature: drawn('P'), photoConsent: true }, actor);
    // A consent for another indication does not cover the course.
    expect(() => store.createSession(sessionDraft(patient.id, { courseId: course.id, consentOverride: undefined }), defaults, actor)).toThrow(expect.objectContaining({ reason: 'consent-required', params: { indication: 'pain' } }));
    const pain = store.listConsentTemplates('pain')[0]!;
    const consent = store.signConsent({ patientId: patient.id, templateId: pain.templateId, templateVersion: 1, patientSignature: drawn('H'), practitionerSignature: drawn('P'), photoConsent: true }, actor);
    const first = store.createSession(sessionDraft(patient.id, { courseId: course.id, consentOverride: undefined, date: '2025-01-06' }), defaults, actor);
    expect(store.getSessionConsent(first.id)).toMatchObject({ consent: { id: consent.id }, override: null, indication: 'pain' });
    store.withdrawConsent(consent.id, { date: '2025-01-07', reason: 'Changed her mind' }, actor);
    // After the withdrawal, the next session of the started course is held back too.
    expect(() => store.createSession(sessionDraft(patient.id, { courseId: course.id, consentOverride: undefined, date: '2025-01-13' }), defaults, actor)).toThrow(
      expect.objectContaining({ code: 'conflict', field: 'consent', reason: 'consent-required', params: { indication: 'pain' } }),
    );
    const second = store.createSession(sessionDraft(patient.id, { courseId: course.id, consentOverride: 'Withdrawal being discussed; treated at her request', date: '2025-01-13' }), defaults, actor);
    expect(second.numberInCourse).toBe(2);
    expect(store.getSessionConsent(second.id)).toMatchObject({ consent: null, override: { reason: 'Withdrawal being discussed; treated at her request' } });
    expect(store.listAudit(second.id)[0]).toMatchObject({ action: 'session.create', detail: { consentOverride: 'Withdrawal being discussed; treated at her request' } });
  });

  it('holds the session to the consent in force on its own day: before the withdrawal date it still covers', () => {
    const { store, patient } = setUp(() => new Date('2025-01-05T10:00:00.000Z'));
    const pain = store.listConsentTemplates('pain')[0]!;
    const consent = store.signConsent({ patientId: patient.id, templateId: pain.templateId, templateVersion: 1, patientSignature: drawn('H'), practitionerSignature: drawn('P'), photoConsent: true }, actor);
    store.withdrawConsent(consent.id, { date: '2025-01-20', reason: 'Moving abroad' }, actor);
    const before = store.createSession(sessionDraft(patient.id, { consentOverride: undefined, date: '2025-01-13' }), defaults, actor);
    expect(store.getSessionConsent(before.id)).toMatchObject({ consent: { id: consent.id }, override: null });
    expect(() => store.createSession(sessionDraft(patient.id, { consentOverride: undefined, date: '2025-01-20' }), defaults, actor)).toThrow(expect.objectContaining({ reason: 'consent-required' }));
  });

  it('refuses a withdrawn consent, and takes an explicit override with its reason, audited', () => {
    const { store, patient } = setUp(() => new Date('2025-01-05T10:00:00.000Z'));
    const pain = store.listConsentTemplates('pain')[0]!;
    const consent = store.signConsent({ patientId: patient.id, templateId: pain.templateId, templateVersion: 1, patientSignature: drawn('H'), practitionerSignature: drawn('P'), photoConsent: true }, actor);
    store.withdrawConsent(consent.id, { date: '2025-01-05', reason: 'Withdrawn the same day' }, actor);
    const course = store.createCourse(courseFields(patient.id), actor);
    expect(() => store.createSession(sessionDraft(patient.id, { courseId: course.id, consentOverride: undefined }), defaults, actor)).toThrow(expect.objectContaining({ reason: 'consent-required' }));
    const session = store.createSession(sessionDraft(patient.id, { courseId: course.id, consentOverride: 'Emergency pain relief; consent form to follow' }), defaults, actor);
    expect(store.getSessionConsent(session.id)).toMatchObject({ consent: null, override: { reason: 'Emergency pain relief; consent form to follow', by: actor.name } });
    const entries = store.listAudit(session.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'session.create', detail: { consentOverride: 'Emergency pain relief; consent form to follow' } });
  });

  it('applies to sessions outside a course too', () => {
    const { store, patient } = setUp();
    expect(() => store.createSession(sessionDraft(patient.id, { consentOverride: undefined }), defaults, actor)).toThrow(expect.objectContaining({ code: 'conflict', reason: 'consent-required', params: { indication: 'pain' } }));
    expect(store.createSession(sessionDraft(patient.id), defaults, actor).courseId).toBeNull();
  });
});
