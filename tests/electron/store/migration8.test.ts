import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { consentHash, consentHashMatches } from '../../../electron/store/consentHash.ts';
import { STARTING_TEMPLATES } from '../../../electron/store/migrations/005-startingTemplates.ts';
import { templateBody8 } from '../../../electron/store/migrations/008-templateTexts.ts';
import { TEXTS_8_EN } from '../../../electron/store/migrations/008-textsEn.ts';
import { TEXTS_8_ES } from '../../../electron/store/migrations/008-textsEs.ts';
import { TEXTS_8_FR } from '../../../electron/store/migrations/008-textsFr.ts';
import { TEXTS_8_IT } from '../../../electron/store/migrations/008-textsIt.ts';
import { TEXTS_8_PTBR } from '../../../electron/store/migrations/008-textsPtBR.ts';
import { LATEST_SCHEMA_VERSION, migrate } from '../../../electron/store/migrations.ts';
import { transaction } from '../../../electron/store/transaction.ts';
import { emptyScreening } from '../../../shared/contraindications.ts';
import { INDICATIONS } from '../../../shared/indications.ts';
import type { Patient } from '../../../shared/patient.ts';
import { dumpDatabase, openTestStore, patientFields, tempDatabasePath, thrownBy } from './fixtures.ts';
import { insertPatientBefore10 } from './oldRows.ts';
import { PNG } from '../consent/consentFixtures.ts';

const at = '2026-12-01T09:00:00.000Z';
const EDITIONS = [TEXTS_8_EN, TEXTS_8_FR, TEXTS_8_IT, TEXTS_8_ES, TEXTS_8_PTBR];
const cellulite = STARTING_TEMPLATES.find((t) => t.indication === 'cellulite')!;
const CLINIC_TEXT = 'Our own cellulite consent, as the clinic rewrote it after its lawyer read it.';

/**
 * A database as version 7 of MesoChart left it: a screened patient with an English consent signed on the shipped pain
 * template, and, when asked, the clinic's own edit of the English cellulite template (its version 2).
 */
function versionSevenDatabase({ editedCellulite }: { editedCellulite: boolean }) {
  const path = tempDatabasePath();
  const db = new DatabaseSync(path);
  const patient: Patient = { ...patientFields({ screening: emptyScreening('2026-11-30') }), id: randomUUID(), archived: false, createdAt: at, updatedAt: at };
  const pain = STARTING_TEMPLATES.find((t) => t.indication === 'pain')!;
  const signed = {
    id: randomUUID(), patientId: patient.id, templateId: pain.id, templateVersion: 1, language: 'en' as const, text: pain.body, screening: patient.screening!,
    patientSignature: { kind: 'drawn' as const, name: 'Hans Müller', png: PNG }, practitionerSignature: { kind: 'drawn' as const, name: 'Dr. Anna Kowalska', png: PNG }, signedAt: at,
  };
  const hash = consentHash(signed);
  try {
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db, 0, 7);
    transaction(db, () => {
      insertPatientBefore10(db, patient);
      db.prepare(
        `INSERT INTO consents (id, patient_id, template_id, template_version, indication, language, title, text, screening, patient_signature, practitioner_signature, signed_at, hash)
         VALUES (?, ?, ?, 1, 'pain', 'en', ?, ?, ?, ?, ?, ?, ?)`,
      ).run(signed.id, patient.id, pain.id, pain.title, pain.body, JSON.stringify(signed.screening), JSON.stringify(signed.patientSignature), JSON.stringify(signed.practitionerSignature), at, hash);
      if (editedCellulite) {
        db.prepare('INSERT INTO consent_template_versions (template_id, version, title, body, created_at, created_by) VALUES (?, 2, ?, ?, ?, ?)').run(cellulite.id, 'Cellulite consent (clinic)', CLINIC_TEXT, at, 'Dr. Anna Kowalska');
      }
    });
  } finally {
    db.close();
  }
  return { path, patient, consentId: signed.id, hash };
}

describe('migration 8: second edition of the consent templates, and the answer to photographs on its own', () => {
  it('gives every indication a template in every language, the shipped ones their second edition as version 2', () => {
    const { path } = versionSevenDatabase({ editedCellulite: false });
    const { store } = openTestStore(path);
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    for (const edition of EDITIONS) {
      const templates = store.listConsentTemplates(undefined, edition.language);
      expect(templates.map((t) => t.indication).sort(), edition.language).toEqual(INDICATIONS.map((i) => i.id).sort());
      for (const shipped of edition.templates) {
        const current = templates.find((t) => t.templateId === shipped.id)!;
        expect(current.body).toBe(templateBody8(edition, shipped));
        expect(current.createdBy).toBe(edition.author);
        // A first edition stays readable under it (consents signed on it keep their text).
        expect(current.versions.map((v) => v.version)).toEqual(shipped.besideId === null ? [1] : [1, 2]);
      }
    }
    expect(store.getConsentTemplate(cellulite.id, 1)?.body).toBe(cellulite.body);
    store.close();
  });

  it('keeps a template the clinic edited as the clinic wrote it, and ships the second edition beside it', () => {
    const { path } = versionSevenDatabase({ editedCellulite: true });
    const { store } = openTestStore(path);
    const edited = store.getConsentTemplate(cellulite.id)!;
    expect(edited).toMatchObject({ version: 2, body: CLINIC_TEXT, createdBy: 'Dr. Anna Kowalska' });
    expect(edited.versions).toHaveLength(2);
    const secondEdition = TEXTS_8_EN.templates.find((t) => t.indication === 'cellulite')!;
    const beside = store.getConsentTemplate(secondEdition.besideId!)!;
    expect(beside).toMatchObject({ indication: 'cellulite', language: 'en', version: 1, body: templateBody8(TEXTS_8_EN, secondEdition) });
    expect(store.listConsentTemplates('cellulite', 'en').map((t) => t.templateId).sort()).toEqual([cellulite.id, secondEdition.besideId].sort());
    // Templates nobody edited, in the same database, did get their version 2.
    expect(store.getConsentTemplate(STARTING_TEMPLATES.find((t) => t.indication === 'pain')!.id)?.version).toBe(2);
    store.close();
  });

  it('leaves a consent signed before without an answer to photographs, and its hash still verifies', () => {
    const { path, consentId, hash } = versionSevenDatabase({ editedCellulite: false });
    const { store } = openTestStore(path);
    const consent = store.getConsent(consentId)!;
    expect(consent.photoConsent ?? null).toBeNull();
    expect(consent).not.toHaveProperty('photoConsent');
    expect(consent.hash).toBe(hash);
    expect(consentHashMatches(consent)).toBe(true);
    store.close();
  });

  it('keeps the answer to photographs of a signed consent as signed, and covers it with the hash', () => {
    const { path, consentId, patient } = versionSevenDatabase({ editedCellulite: false });
    openTestStore(path).store.close();
    const db = new DatabaseSync(path);
    const template = TEXTS_8_EN.templates.find((t) => t.indication === 'scars')!;
    const id = randomUUID();
    db.prepare(
      `INSERT INTO consents (id, patient_id, template_id, template_version, indication, language, title, text, screening, patient_signature, practitioner_signature, signed_at, hash, photo_consent)
       SELECT ?, patient_id, ?, 1, 'scars', 'en', ?, ?, screening, patient_signature, practitioner_signature, signed_at, hash, 0 FROM consents WHERE id = ?`,
    ).run(id, template.id, template.title, templateBody8(TEXTS_8_EN, template), consentId);
    expect(() => db.prepare('UPDATE consents SET photo_consent = 1 WHERE id = ?').run(id)).toThrow(/signed consent cannot be changed/);
    expect(() => db.prepare('UPDATE consents SET photo_consent = 0 WHERE id = ?').run(consentId)).toThrow(/signed consent cannot be changed/);
    db.close();
    const { store } = openTestStore(path);
    const refused = store.getConsent(id)!;
    expect(refused.photoConsent).toBe(false);
    expect(refused.patientId).toBe(patient.id);
    // The answer is signed content: the same consent with the other answer does not hash the same.
    expect(consentHash({ ...refused, photoConsent: false })).not.toBe(consentHash({ ...refused, photoConsent: true }));
    store.close();
  });

  it('leaves a version-7 database as it was when the migration fails half-way', () => {
    const { path } = versionSevenDatabase({ editedCellulite: false });
    const raw = new DatabaseSync(path);
    // A template already holding one of the new ids makes migration 8 fail after its schema change ran.
    const last = TEXTS_8_PTBR.templates.find((t) => t.indication === 'sports-injuries')!;
    raw.prepare("INSERT INTO consent_templates (id, indication, language, created_at) VALUES (?, 'sports-injuries', 'pt-BR', ?)").run(last.id, at);
    raw.close();
    const before = dumpDatabase(path);
    expect(thrownBy(() => openTestStore(path))).toBeInstanceOf(Error);
    expect(dumpDatabase(path)).toEqual(before);
    expect(before.userVersion).toBe(7);
  });
});

describe('second edition of the consent templates: content', () => {
  it.each(EDITIONS.map((e) => [e.language, e] as const))('%s: every template has its plan, the alternatives, the off-label section, the risks, and no photographs in the declaration', (_, edition) => {
    for (const t of edition.templates) {
      const body = templateBody8(edition, t);
      for (const section of [t.plan, edition.offLabel[t.offLabel], edition.risks, `${edition.alternatives.heading}\n`, t.alternatives, edition.photographs, edition.aftercare]) {
        expect(body, `${t.indication}`).toContain(section);
      }
    }
    // The photographs are asked on their own: the declaration no longer carries them.
    const photographWord = { en: /photograph/i, fr: /photograph/i, it: /fotograf/i, es: /fotograf/i, 'pt-BR': /fotograf/i }[edition.language];
    expect(edition.declaration).not.toMatch(photographWord);
  });
});
