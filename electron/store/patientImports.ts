import { createHash } from 'node:crypto';
import type { ImportOrigin, PatientImport } from '../../shared/patientImport.ts';
import type { SqlDatabase } from './sqlDatabase.ts';
import { statement } from './statements.ts';

/** SQL of the record of imports (schema 17): the file, who and when, and the records it brought. */

type ImportedKind = 'course' | 'session' | 'consent' | 'photo' | 'adverse-event';
type NewPatientImport = ImportOrigin & { id: string; patientId: string; formatVersion: number; importedById: string | null };

const INSERT_IMPORT = `
  INSERT INTO patient_imports (id, patient_id, file_name, file_sha256, exported_at, format_version, imported_at, imported_by, imported_by_id)
  VALUES (:id, :patient_id, :file_name, :file_sha256, :exported_at, :format_version, :imported_at, :imported_by, :imported_by_id)`;
const INSERT_RECORD = 'INSERT INTO imported_records (kind, record_id, import_id, hash_in_file, signed_in_file) VALUES (?, ?, ?, ?, ?)';
const SELECT_FIRST_IMPORT = `
  SELECT id, file_name, file_sha256, exported_at, imported_at, imported_by FROM patient_imports
  WHERE patient_id = ? ORDER BY imported_at, id LIMIT 1`;
const SELECT_RECORDS = 'SELECT kind, record_id, hash_in_file, signed_in_file FROM imported_records WHERE import_id = ? ORDER BY kind, record_id';

export function insertPatientImport(db: SqlDatabase, i: NewPatientImport): void {
  statement(db, INSERT_IMPORT).run({
    id: i.id,
    patient_id: i.patientId,
    file_name: i.fileName,
    file_sha256: i.fileSha256,
    exported_at: i.exportedAt,
    format_version: i.formatVersion,
    imported_at: i.importedAt,
    imported_by: i.importedBy,
    imported_by_id: i.importedById,
  });
}

/** Marks a record as brought by an import; a consent's `hashInFile` only when its stored hash differs. */
export function markImported(db: SqlDatabase, importId: string, kind: ImportedKind, recordId: string, options: { hashInFile?: string | null; signedInFile?: boolean } = {}): void {
  statement(db, INSERT_RECORD).run(kind, recordId, importId, options.hashInFile ?? null, options.signedInFile ? 1 : 0);
}

type ImportRow = { id: string; file_name: string; file_sha256: string; exported_at: string; imported_at: string; imported_by: string };
type RecordRow = { kind: ImportedKind; record_id: string; hash_in_file: string | null; signed_in_file: number };

/** The patient's import with the records it brought, or null for a patient entered here. */
export function findPatientImport(db: SqlDatabase, patientId: string): PatientImport | null {
  const row = statement(db, SELECT_FIRST_IMPORT).get(patientId) as ImportRow | undefined;
  if (!row) return null;
  const records = statement(db, SELECT_RECORDS).all(row.id) as unknown as RecordRow[];
  const ids = (kind: ImportedKind) => records.filter((r) => r.kind === kind).map((r) => r.record_id);
  return {
    fileName: row.file_name,
    fileSha256: row.file_sha256,
    exportedAt: row.exported_at,
    importedAt: row.imported_at,
    importedBy: row.imported_by,
    courseIds: ids('course'),
    sessionIds: ids('session'),
    signedSessionIds: records.filter((r) => r.kind === 'session' && r.signed_in_file === 1).map((r) => r.record_id),
    consentIds: ids('consent'),
    photoIds: ids('photo'),
    adverseEventIds: ids('adverse-event'),
    consentHashesInFile: Object.fromEntries(records.filter((r) => r.kind === 'consent' && r.hash_in_file !== null).map((r) => [r.record_id, r.hash_in_file as string])),
  };
}

/** How an import names a drawn signature's image to its re-encoded copy (ImportSource.signatureImages). */
export function signatureImageKey(dataUrl: string): string {
  return createHash('sha256').update(dataUrl).digest('hex');
}
