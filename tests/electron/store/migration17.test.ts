import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { consentHash } from '../../../electron/store/consentHash.ts';
import { migrate } from '../../../electron/store/migrations.ts';
import { transaction } from '../../../electron/store/transaction.ts';
import type { Consent } from '../../../shared/consent.ts';
import { emptyScreening } from '../../../shared/contraindications.ts';
import type { Patient } from '../../../shared/patient.ts';
import { actor, dumpDatabase, openTestStore, patientFields, tempDatabasePath, thrownBy } from './fixtures.ts';
import { insertPatientBefore10 } from './oldRows.ts';

const at = '2026-11-02T09:00:00.000Z';
/** The shipped cellulite template (schema 5), version 1: every clinic has it under this id. */
const SHIPPED_TEMPLATE = 'c0a5e7a1-0001-4c01-8a01-000000000001';

/** A database as schema 16 left it: a patient with a consent signed on the shipped template. */
function versionSixteenDatabase() {
  const path = tempDatabasePath();
  const db = new DatabaseSync(path);
  const patient: Patient = { ...patientFields(), id: randomUUID(), archived: false, createdAt: at, updatedAt: at };
  const base = {
    id: randomUUID(),
    patientId: patient.id,
    templateId: SHIPPED_TEMPLATE,
    templateVersion: 1,
    indication: 'cellulite' as const,
    language: 'en' as const,
    title: 'Consent: mesotherapy for cellulite',
    text: 'The text the patient read.',
    screening: emptyScreening('2026-11-01'),
    patientSignature: { kind: 'typed' as const, name: 'Anaïs Lefèvre' },
    practitionerSignature: { kind: 'typed' as const, name: actor.name },
    signedAt: at,
    withdrawal: null,
    photoConsent: true,
  };
  const consent: Consent = { ...base, hash: consentHash(base) };
  try {
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db, 0, 16);
    transaction(db, () => {
      insertPatientBefore10(db, patient);
      db.prepare(
        `INSERT INTO consents (id, patient_id, template_id, template_version, indication, language, title, text, screening, patient_signature, practitioner_signature, signed_at, hash, photo_consent)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
      ).run(consent.id, patient.id, SHIPPED_TEMPLATE, 1, 'cellulite', 'en', consent.title, consent.text, JSON.stringify(consent.screening), JSON.stringify(consent.patientSignature), JSON.stringify(consent.practitionerSignature), at, consent.hash);
    });
  } finally {
    db.close();
  }
  return { path, patient, consent };
}

describe('migration 17: imports recorded, consents no longer tied to this clinic’s template versions by a foreign key', () => {
  it('keeps every consent as it was, still protected, and its own consents still signed on its template versions', () => {
    const { path, patient, consent } = versionSixteenDatabase();
    const before = dumpDatabase(path);
    const { store } = openTestStore(path);

    expect(store.schemaVersion).toBeGreaterThanOrEqual(17);
    const after = dumpDatabase(path);
    for (const table of Object.keys(before).filter((k) => k !== 'schema' && k !== 'userVersion')) expect(after[table], table).toEqual(before[table]);
    expect(store.getConsent(consent.id)).toEqual(consent);
    expect(store.getPatientImport(patient.id)).toBeNull();

    const db = new DatabaseSync(path);
    try {
      db.exec('PRAGMA foreign_keys = ON');
      expect(() => db.prepare('UPDATE consents SET text = ? WHERE id = ?').run('Another text', consent.id)).toThrow(/cannot be changed/);
      expect(() => db.prepare('DELETE FROM consents WHERE id = ?').run(consent.id)).toThrow(/cannot be deleted/);
      // A consent of these records names one of their template versions; an imported one (marked first) may name another clinic's.
      const insert = (id: string) =>
        db.prepare(
          `INSERT INTO consents (id, patient_id, template_id, template_version, indication, language, title, text, screening, patient_signature, practitioner_signature, signed_at, hash)
           SELECT ?, patient_id, template_id, 42, indication, language, title, text, screening, patient_signature, practitioner_signature, signed_at, hash FROM consents WHERE id = ?`,
        ).run(id, consent.id);
      expect(() => insert(randomUUID())).toThrow(/template version of these records/);
      const importId = randomUUID();
      const imported = randomUUID();
      db.prepare("INSERT INTO patient_imports (id, patient_id, file_name, file_sha256, exported_at, format_version, imported_at, imported_by) VALUES (?, ?, 'p.json', ?, ?, 3, ?, 'Dr Weiß')").run(importId, patient.id, 'a'.repeat(64), at, at);
      db.prepare("INSERT INTO imported_records (kind, record_id, import_id) VALUES ('consent', ?, ?)").run(imported, importId);
      insert(imported);
      expect(() => db.prepare('DELETE FROM imported_records').run()).toThrow(/stays imported/);
      expect(() => db.prepare("UPDATE patient_imports SET file_name = 'other.json'").run()).toThrow(/never changed/);
    } finally {
      db.close();
    }
    // Withdrawal, the one change a consent takes, still works.
    expect(store.withdrawConsent(consent.id, { date: '2026-11-03', reason: 'Changed her mind' }, actor).withdrawal).toMatchObject({ date: '2026-11-03' });
    expect(thrownBy(() => store.withdrawConsent(consent.id, { date: '2026-11-04', reason: 'Again' }, actor))).toMatchObject({ code: 'conflict' });
  });
});
