import { createHash, randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../electron/store/auditChain.ts';
import { consentHashMatches } from '../../../electron/store/consentHash.ts';
import { STARTING_TEMPLATES } from '../../../electron/store/migrations/005-startingTemplates.ts';
import { LATEST_SCHEMA_VERSION, migrate } from '../../../electron/store/migrations.ts';
import { transaction } from '../../../electron/store/transaction.ts';
import { emptyScreening } from '../../../shared/contraindications.ts';
import { legacyConsentHashContent } from '../../../shared/consent.ts';
import type { Patient } from '../../../shared/patient.ts';
import { actor, dumpDatabase, openTestStore, patientFields, tempDatabasePath, thrownBy } from './fixtures.ts';
import { insertPatientBefore10 } from './oldRows.ts';
import { PNG } from '../consent/consentFixtures.ts';

const at = '2025-06-02T09:00:00.000Z';

/** A database as version 6 of MesoChart left it: a screened patient and an English consent signed then, hashed as then (no language). */
function versionSixDatabase() {
  const path = tempDatabasePath();
  const db = new DatabaseSync(path);
  const patient: Patient = { ...patientFields({ screening: emptyScreening('2025-06-01') }), id: randomUUID(), archived: false, createdAt: at, updatedAt: at };
  const template = STARTING_TEMPLATES.find((t) => t.indication === 'pain')!;
  const consent = {
    id: randomUUID(),
    patientId: patient.id,
    templateId: template.id,
    templateVersion: 1,
    text: template.body,
    screening: patient.screening!,
    patientSignature: { kind: 'drawn' as const, name: 'Hans Müller', png: PNG },
    practitionerSignature: { kind: 'drawn' as const, name: 'Dr. Anna Kowalska', png: PNG },
    signedAt: at,
  };
  const hash = createHash('sha256').update(canonicalJson(legacyConsentHashContent(consent))).digest('hex');
  try {
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db, 0, 6);
    transaction(db, () => {
      insertPatientBefore10(db, patient);
      db.prepare(
        `INSERT INTO consents (id, patient_id, template_id, template_version, indication, title, text, screening, patient_signature, practitioner_signature, signed_at, hash)
         VALUES (?, ?, ?, 1, 'pain', ?, ?, ?, ?, ?, ?, ?)`,
      ).run(consent.id, patient.id, template.id, template.title, template.body, JSON.stringify(consent.screening), JSON.stringify(consent.patientSignature), JSON.stringify(consent.practitionerSignature), at, hash);
    });
  } finally {
    db.close();
  }
  return { path, patient, consentId: consent.id, hash, template };
}

describe('migration 7: consent in the patient\'s language', () => {
  it('upgrades a version-6 database: existing templates and consents are English, and the old consent still verifies', () => {
    const { path, patient, consentId, hash, template } = versionSixDatabase();
    const { store } = openTestStore(path);
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(7);

    const consent = store.getConsent(consentId)!;
    expect(consent).toMatchObject({ language: 'en', hash, text: template.body, patientId: patient.id });
    expect(consentHashMatches(consent)).toBe(true);
    // Version 1 stays as shipped (migration 8 adds a second edition on top of it).
    expect(store.getConsentTemplate(template.id, 1)).toMatchObject({ language: 'en', version: 1, body: template.body });
    const shipped = ['cellulite', 'localized-fat', 'rejuvenation', 'hair-loss', 'pain'];
    expect(store.listConsentTemplates(undefined, 'en').map((t) => t.indication)).toEqual(expect.arrayContaining(shipped));
    // The starting templates of the other languages arrive with the upgrade.
    for (const language of ['fr', 'it', 'es', 'pt-BR'] as const) expect(store.listConsentTemplates(undefined, language).map((t) => t.indication), language).toEqual(expect.arrayContaining(shipped));
    // The old consent stays as signed: it can be withdrawn, never relabelled.
    const withdrawn = store.withdrawConsent(consentId, { date: '2025-07-01', reason: 'Moved away' }, actor);
    expect({ ...withdrawn, withdrawal: null }).toEqual(consent);
  });

  it('protects the language of a consent signed after the upgrade with the other signed fields', () => {
    const { path, patient } = versionSixDatabase();
    const { store } = openTestStore(path);
    const t = store.listConsentTemplates('cellulite', 'pt-BR')[0]!;
    const signed = store.signConsent({ patientId: patient.id, templateId: t.templateId, templateVersion: 1, patientSignature: { kind: 'typed', name: 'Hans' }, practitionerSignature: { kind: 'typed', name: 'P' }, photoConsent: true }, actor);
    expect(signed.language).toBe('pt-BR');
    store.close();
    const db = new DatabaseSync(path);
    expect(() => db.prepare('UPDATE consents SET language = ? WHERE id = ?').run('en', signed.id)).toThrow(/signed consent cannot be changed/);
    db.close();
  });

  it('leaves a version-6 database as it was when the migration fails half-way', () => {
    const { path } = versionSixDatabase();
    const raw = new DatabaseSync(path);
    // A template already holding one of the new starting ids makes migration 7 fail after its schema changes ran.
    raw.prepare("INSERT INTO consent_templates (id, indication, created_at) VALUES ('c0a5e7a1-4005-4c05-8a05-000000000005', 'pain', ?)").run(at);
    raw.close();
    const before = dumpDatabase(path);
    expect(thrownBy(() => openTestStore(path))).toBeInstanceOf(Error);
    expect(dumpDatabase(path)).toEqual(before);
    expect(before.userVersion).toBe(6);
  });
});
