import { describe, expect, it } from 'vitest';
import { documentOfImportText, signedInFile, type PatientImport } from '../../shared/patientImport.ts';

const imported: PatientImport = {
  fileName: 'mesochart-patient-lefevre-anais.json',
  fileSha256: 'f'.repeat(64),
  exportedAt: '2026-11-28T10:00:00.000Z',
  importedAt: '2026-11-30T08:00:00.000Z',
  importedBy: 'Dr João Silva',
  courseIds: ['c1'],
  sessionIds: ['s-signed', 's-draft'],
  signedSessionIds: ['s-signed'],
  consentIds: ['k1'],
  photoIds: [],
  adverseEventIds: [],
  consentHashesInFile: {},
};

describe('a patient file’s text', () => {
  it('is read as JSON, a byte order mark ignored, the export as is or wrapped', () => {
    expect(documentOfImportText('{"format":"mesochart.patient"}')).toEqual({ ok: true, document: { format: 'mesochart.patient' } });
    expect(documentOfImportText('\uFEFF{"a":1}\n')).toEqual({ ok: true, document: { a: 1 } });
    expect(documentOfImportText('{"document":{"a":1}}')).toEqual({ ok: true, document: { a: 1 } });
  });

  it('is refused when empty, not JSON, or not an object', () => {
    expect(documentOfImportText(' \n')).toEqual({ ok: false, reason: 'empty' });
    expect(documentOfImportText('{"a":')).toEqual({ ok: false, reason: 'not-json' });
    expect(documentOfImportText('[1, 2]')).toEqual({ ok: false, reason: 'not-object' });
  });
});

describe('what came signed in an imported file', () => {
  it('is a session signed in the file or any imported consent, with where it came from', () => {
    expect(signedInFile(imported, 'session', 's-signed')).toEqual({ fileName: imported.fileName, fileSha256: imported.fileSha256, exportedAt: imported.exportedAt, importedAt: imported.importedAt, importedBy: imported.importedBy });
    expect(signedInFile(imported, 'consent', 'k1')).toMatchObject({ fileName: imported.fileName });
  });

  it('is not a session that came as a draft (signed here later, if at all), nor a record of this clinic', () => {
    expect(signedInFile(imported, 'session', 's-draft')).toBeNull();
    expect(signedInFile(imported, 'session', 'other')).toBeNull();
    expect(signedInFile(null, 'consent', 'k1')).toBeNull();
  });
});
