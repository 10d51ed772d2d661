import { createHash } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../electron/store/auditChain.ts';
import { consentHash, consentHashMatches } from '../../../electron/store/consentHash.ts';
import { legacyConsentHashContent } from '../../../shared/consent.ts';
import { LANGUAGES } from '../../../shared/i18n/languages.ts';
import { INDICATIONS } from '../../../shared/indications.ts';
import { actor } from '../store/fixtures.ts';
import { drawn, setUp } from './consentFixtures.ts';

/**
 * What each language's starting text must say, as a clinician of that country writes it: the procedure and
 * course, the usual side effects (wheals, bruising, burning, redness, swelling, tenderness), the rarer risks
 * (allergic reaction, infection, atypical mycobacteria, necrosis, vasovagal reaction, lidocaine), off-label
 * use, alternatives, contraindications, data protection and the right to withdraw.
 */
const ESSENTIALS = {
  fr: ['mésothérapie', 'point par point', 'nappage', 'séances', 'papules', 'ecchymoses', 'brûlure', 'rougeur', 'gonflement', 'sensibilité douloureuse', 'réaction allergique', 'infection', 'mycobactéries atypiques', 'nécrose', 'malaise vagal', 'lidocaïne', 'HORS AMM', 'AUTRES POSSIBILITÉS', 'grossesse', 'allaitement', 'anticoagulant', 'RGPD', 'retirer mon consentement', 'L. 1111-4'],
  it: ['mesoterapia', 'punto per punto', 'pomfi', 'sedute', 'ecchimosi', 'bruciore', 'arrossamento', 'gonfiore', 'dolenzia', 'reazione allergica', 'infezione', 'micobatteri atipici', 'necrosi', 'vasovagale', 'lidocaina', 'OFF-LABEL', 'ALTERNATIVE TERAPEUTICHE', 'gravidanza', 'allattamento', 'anticoagulanti', 'GDPR', 'revocare il consenso', '219'],
  es: ['mesoterapia', 'punto a punto', 'sesiones', 'pápulas', 'hematomas', 'ardor', 'enrojecimiento', 'hinchazón', 'dolor a la presión', 'reacción alérgica', 'infección', 'micobacterias atípicas', 'necrosis', 'vasovagal', 'lidocaína', 'FUERA DE FICHA TÉCNICA', 'ALTERNATIVAS', 'embarazo', 'lactancia', 'anticoagulante', 'Protección de Datos', 'revocar este consentimiento', 'Ley 41/2002'],
  'pt-BR': ['mesoterapia', 'ponto a ponto', 'sessões', 'pápulas', 'hematomas', 'ardor', 'vermelhidão', 'inchaço', 'sensibilidade dolorosa', 'reação alérgica', 'infecção', 'micobactérias atípicas', 'necrose', 'vasovagal', 'lidocaína', 'OFF-LABEL', 'ALTERNATIVAS', 'gravidez', 'amamentação', 'anticoagulantes', 'LGPD', 'retirar meu consentimento'],
} as const;

describe('consent templates per language', () => {
  it('ships a starting template for every indication in every language, each written out in that language', () => {
    const { store } = setUp();
    const all = store.listConsentTemplates();
    expect(all).toHaveLength(INDICATIONS.length * LANGUAGES.length);
    // Listed by language, then indication.
    expect([...new Set(all.map((t) => t.language))]).toEqual(['en', 'es', 'fr', 'it', 'pt-BR']);
    for (const [language, words] of Object.entries(ESSENTIALS)) {
      const templates = store.listConsentTemplates(undefined, language as keyof typeof ESSENTIALS);
      expect(templates.map((t) => t.indication).sort(), language).toEqual(INDICATIONS.map((i) => i.id).sort());
      for (const t of templates) {
        // The first edition's five are at version 2 (migration 8's second edition), the others new at version 1.
        expect(t).toMatchObject({ language, version: t.versions.length });
        expect(t.versions[0]!.createdBy).toMatch(/^MesoChart \(/);
        for (const w of words) expect(t.body, `${language} ${t.indication}: ${w}`).toContain(w);
        // Nothing left in English.
        for (const w of ['wheals', 'bruising', 'AFTERCARE', 'DECLARATION']) expect(t.body, `${language} ${t.indication}`).not.toContain(w);
      }
    }
    expect(store.listConsentTemplates('pain', 'fr').map((t) => t.title)).toEqual(['Consentement éclairé : mésothérapie de la douleur']);
  });

  it('creates a template in a chosen language; its versions keep that language, which cannot change', () => {
    const { store } = setUp();
    const created = store.saveConsentTemplate({ indication: 'stretch-marks', language: 'it', title: 'Consenso informato: mesoterapia per le smagliature', body: 'Testo del consenso per le smagliature, versione dello studio.' }, actor);
    expect(created).toMatchObject({ language: 'it', version: 1 });
    const v2 = store.saveConsentTemplate({ templateId: created.templateId, indication: 'stretch-marks', title: created.title, body: `${created.body} Seconda versione.` }, actor);
    expect(v2).toMatchObject({ language: 'it', version: 2 });
    expect(() => store.saveConsentTemplate({ templateId: created.templateId, indication: 'stretch-marks', language: 'es', title: created.title, body: `${v2.body} Tercera.` }, actor)).toThrow(/template-language-fixed/);
    expect(store.listConsentTemplates('stretch-marks', 'it').map((t) => t.templateId)).toContain(created.templateId);
    expect(store.listConsentTemplates('stretch-marks', 'en').map((t) => t.templateId)).not.toContain(created.templateId);
    expect(store.listAudit(created.templateId)[0]).toMatchObject({ action: 'consent-template.create', detail: { language: 'it' } });
    // Without a language, a new template is English (the reference language).
    expect(store.saveConsentTemplate({ indication: 'wrinkles', title: 'Consent: wrinkles', body: 'The clinic text for wrinkles, version one.' }, actor).language).toBe('en');
  });
});

describe('a consent signed in the language it was read in', () => {
  it('keeps the language and the exact text, and the hash covers the language', () => {
    const { store, patient } = setUp(() => new Date('2025-03-01T09:00:00.000Z'));
    const t = store.listConsentTemplates('pain', 'es')[0]!;
    const consent = store.signConsent({ patientId: patient.id, templateId: t.templateId, templateVersion: t.version, patientSignature: drawn('Hans Müller'), practitionerSignature: drawn('P'), photoConsent: true }, actor);
    expect(consent).toMatchObject({ language: 'es', text: t.body, title: t.title, indication: 'pain' });
    expect(store.getConsent(consent.id)).toEqual(consent);
    expect(consent.hash).toBe(consentHash(consent));
    expect(consentHashMatches(consent)).toBe(true);
    // Claiming another language breaks the hash, with or without the language in it.
    expect(consentHashMatches({ ...consent, language: 'en' })).toBe(false);
    expect(consentHashMatches({ ...consent, language: 'pt-BR' })).toBe(false);
    expect(store.listAudit(consent.id)[0]).toMatchObject({ action: 'consent.sign', detail: { language: 'es' } });
  });

  it('accepts the hash of a consent signed before languages (no language in it) only as English', () => {
    const { store, patient } = setUp();
    const t = store.listConsentTemplates('pain', 'en')[0]!;
    const consent = store.signConsent({ patientId: patient.id, templateId: t.templateId, templateVersion: 1, patientSignature: drawn('H'), practitionerSignature: drawn('P'), photoConsent: true }, actor);
    const legacyHash = createHash('sha256').update(canonicalJson(legacyConsentHashContent(consent))).digest('hex');
    expect(legacyHash).not.toBe(consent.hash);
    expect(consentHashMatches({ ...consent, hash: legacyHash })).toBe(true);
    expect(consentHashMatches({ ...consent, language: 'fr', hash: legacyHash })).toBe(false);
    expect(consentHashMatches({ ...consent, text: `${consent.text} `, hash: legacyHash })).toBe(false);
  });

  it('is protected by the database: its language cannot be changed, not even with the withdrawal', () => {
    const { store, patient, path } = setUp(() => new Date('2025-03-01T09:00:00.000Z'));
    const t = store.listConsentTemplates('cellulite', 'fr')[0]!;
    store.signConsent({ patientId: patient.id, templateId: t.templateId, templateVersion: 1, patientSignature: drawn('H'), practitionerSignature: drawn('P'), photoConsent: true }, actor);
    store.close();
    const db = new DatabaseSync(path);
    expect(() => db.prepare("UPDATE consents SET language = 'en'").run()).toThrow(/signed consent cannot be changed/);
    expect(() =>
      db.prepare("UPDATE consents SET language = 'it', withdrawn_on = '2025-04-01', withdrawal_reason = 'r', withdrawal_recorded_at = 'x', withdrawal_recorded_by = 'y'").run(),
    ).toThrow(/signed consent cannot be changed/);
    expect(() => db.prepare("UPDATE consent_templates SET language = 'it'").run()).toThrow(/change by new versions/);
    // The withdrawal alone still goes through.
    db.prepare("UPDATE consents SET withdrawn_on = '2025-04-01', withdrawal_reason = 'r', withdrawal_recorded_at = 'x', withdrawal_recorded_by = 'y'").run();
    expect(db.prepare('SELECT language FROM consents').get()).toMatchObject({ language: 'fr' });
    db.close();
  });
});
