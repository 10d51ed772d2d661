// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';

/**
 * Schema 17: imports that cannot forge (issue 14).
 *
 * - patient_imports: who imported a patient file, when, its name and SHA-256, when it was exported.
 * - imported_records: which courses, sessions, consents, photos and adverse events came with it (they
 *   are shown and printed as imported, never as this clinic's own); whether a session came signed (by
 *   the signer the file names, elsewhere) rather than as a draft that this clinic may sign later; and
 *   for a consent whose signature image was re-encoded on the way in, the hash the file gave it.
 * - consents no longer reference the clinic's template versions by a foreign key: an imported consent
 *   keeps the template id and version of the clinic it was signed in (they are part of what it hashes)
 *   and its own text, and adds nothing to this clinic's templates. A trigger keeps the rule for this
 *   clinic's own consents: signed on one of its template versions. The table is rebuilt (SQLite cannot
 *   drop a constraint) with its rows, checks, index and triggers as schema 9 left them.
 */
const PATIENT_IMPORTS_SCHEMA = `
CREATE TABLE patient_imports (
  id TEXT PRIMARY KEY NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patients (id),
  file_name TEXT NOT NULL CHECK (file_name <> ''),
  file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
  exported_at TEXT NOT NULL,
  format_version INTEGER NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL CHECK (imported_by <> ''),
  imported_by_id TEXT
) STRICT;
CREATE INDEX patient_imports_by_patient ON patient_imports (patient_id, imported_at);
CREATE TRIGGER patient_import_update_refused BEFORE UPDATE ON patient_imports
BEGIN SELECT RAISE(ABORT, 'An import is recorded once and never changed'); END;
CREATE TRIGGER patient_import_delete_refused BEFORE DELETE ON patient_imports
BEGIN SELECT RAISE(ABORT, 'An import is recorded once and never deleted'); END;

CREATE TABLE imported_records (
  kind TEXT NOT NULL CHECK (kind IN ('course', 'session', 'consent', 'photo', 'adverse-event')),
  record_id TEXT NOT NULL,
  import_id TEXT NOT NULL REFERENCES patient_imports (id),
  hash_in_file TEXT CHECK (hash_in_file IS NULL OR length(hash_in_file) = 64),
  signed_in_file INTEGER NOT NULL DEFAULT 0 CHECK (signed_in_file IN (0, 1)),
  PRIMARY KEY (kind, record_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX imported_records_by_import ON imported_records (import_id);
CREATE TRIGGER imported_record_update_refused BEFORE UPDATE ON imported_records
BEGIN SELECT RAISE(ABORT, 'An imported record stays imported'); END;
CREATE TRIGGER imported_record_delete_refused BEFORE DELETE ON imported_records
BEGIN SELECT RAISE(ABORT, 'An imported record stays imported'); END;

CREATE TABLE consents_17 (
  id TEXT PRIMARY KEY NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patients (id),
  template_id TEXT NOT NULL,
  template_version INTEGER NOT NULL,
  indication TEXT NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL CHECK (trim(text) <> ''),
  screening TEXT NOT NULL,
  patient_signature TEXT NOT NULL,
  practitioner_signature TEXT NOT NULL,
  signed_at TEXT NOT NULL,
  hash TEXT NOT NULL CHECK (length(hash) = 64),
  withdrawn_on TEXT,
  withdrawal_reason TEXT,
  withdrawal_recorded_at TEXT,
  withdrawal_recorded_by TEXT,
  language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr', 'it', 'es', 'pt-BR')),
  photo_consent INTEGER CHECK (photo_consent IN (0, 1)),
  CHECK ((withdrawn_on IS NULL) = (withdrawal_reason IS NULL)),
  CHECK ((withdrawn_on IS NULL) = (withdrawal_recorded_at IS NULL)),
  CHECK ((withdrawn_on IS NULL) = (withdrawal_recorded_by IS NULL)),
  CHECK (withdrawal_reason IS NULL OR trim(withdrawal_reason) <> '')
) STRICT;
INSERT INTO consents_17 (id, patient_id, template_id, template_version, indication, title, text, screening, patient_signature,
  practitioner_signature, signed_at, hash, withdrawn_on, withdrawal_reason, withdrawal_recorded_at, withdrawal_recorded_by, language, photo_consent)
SELECT id, patient_id, template_id, template_version, indication, title, text, screening, patient_signature,
  practitioner_signature, signed_at, hash, withdrawn_on, withdrawal_reason, withdrawal_recorded_at, withdrawal_recorded_by, language, photo_consent
FROM consents;
DROP TABLE consents;
ALTER TABLE consents_17 RENAME TO consents;
CREATE INDEX consents_by_patient ON consents (patient_id, indication, signed_at);
CREATE TRIGGER consent_update_refused BEFORE UPDATE ON consents
WHEN OLD.withdrawn_on IS NOT NULL OR NEW.withdrawn_on IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.patient_id IS NOT OLD.patient_id OR NEW.template_id IS NOT OLD.template_id
  OR NEW.template_version IS NOT OLD.template_version OR NEW.indication IS NOT OLD.indication OR NEW.language IS NOT OLD.language
  OR NEW.title IS NOT OLD.title OR NEW.text IS NOT OLD.text OR NEW.screening IS NOT OLD.screening OR NEW.patient_signature IS NOT OLD.patient_signature
  OR NEW.practitioner_signature IS NOT OLD.practitioner_signature OR NEW.signed_at IS NOT OLD.signed_at OR NEW.hash IS NOT OLD.hash
  OR NEW.photo_consent IS NOT OLD.photo_consent
BEGIN SELECT RAISE(ABORT, 'A signed consent cannot be changed; it can only be withdrawn, once'); END;
CREATE TRIGGER consent_delete_refused BEFORE DELETE ON consents
BEGIN SELECT RAISE(ABORT, 'A signed consent cannot be deleted; withdraw it'); END;
-- This clinic's own consents are signed on its own template versions; an imported one (marked first) on the other clinic's.
CREATE TRIGGER consent_template_version_required BEFORE INSERT ON consents
WHEN NOT EXISTS (SELECT 1 FROM consent_template_versions WHERE template_id = NEW.template_id AND version = NEW.template_version)
  AND NOT EXISTS (SELECT 1 FROM imported_records WHERE kind = 'consent' AND record_id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'A consent is signed on a template version of these records'); END;
`;

export const MIGRATION_17 = {
  version: 17,
  description: "patient imports recorded (file, SHA-256, who, when) with the records they brought; consents no longer tied to this clinic's template versions when imported",
  up: (db: SqlDatabase): void => db.exec(PATIENT_IMPORTS_SCHEMA),
};
