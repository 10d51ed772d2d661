// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';
import { STARTING_TEMPLATE_AUTHOR, STARTING_TEMPLATES } from './005-startingTemplates.ts';

/**
 * Schema 5: informed consent and clinical photos. Template versions are append-only (an edit is a new
 * version). A signed consent keeps its exact text, screening, signatures, time and hash: triggers refuse
 * any change but the one withdrawal (date and reason, set once). A course started without consent
 * keeps the override's reason. Photos name their original file by SHA-256; a photo of a signed session
 * is never deleted, only marked removed (by an amendment), and its file stays.
 */
const SCHEMA_5 = `
CREATE TABLE consent_templates (
  id TEXT PRIMARY KEY NOT NULL,
  indication TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX consent_templates_by_indication ON consent_templates (indication, created_at);
CREATE TRIGGER consent_template_update_refused BEFORE UPDATE ON consent_templates
BEGIN SELECT RAISE(ABORT, 'Consent templates change by new versions'); END;
CREATE TRIGGER consent_template_delete_refused BEFORE DELETE ON consent_templates
BEGIN SELECT RAISE(ABORT, 'Consent templates cannot be deleted'); END;

CREATE TABLE consent_template_versions (
  template_id TEXT NOT NULL REFERENCES consent_templates (id),
  version INTEGER NOT NULL CHECK (version >= 1),
  title TEXT NOT NULL CHECK (trim(title) <> ''),
  body TEXT NOT NULL CHECK (trim(body) <> ''),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL CHECK (created_by <> ''),
  PRIMARY KEY (template_id, version)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER consent_template_version_update_refused BEFORE UPDATE ON consent_template_versions
BEGIN SELECT RAISE(ABORT, 'A consent template version cannot be changed; save a new version'); END;
CREATE TRIGGER consent_template_version_delete_refused BEFORE DELETE ON consent_template_versions
BEGIN SELECT RAISE(ABORT, 'A consent template version cannot be deleted'); END;

CREATE TABLE consents (
  id TEXT PRIMARY KEY NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patients (id),
  template_id TEXT NOT NULL,
  template_version INTEGER NOT NULL,
  indication TEXT NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL CHECK (trim(text) <> ''),
  screening TEXT NOT NULL,               -- JSON Screening: the answers the patient confirmed
  patient_signature TEXT NOT NULL,       -- JSON Signature
  practitioner_signature TEXT NOT NULL,  -- JSON Signature
  signed_at TEXT NOT NULL,
  hash TEXT NOT NULL CHECK (length(hash) = 64),
  withdrawn_on TEXT,
  withdrawal_reason TEXT,
  withdrawal_recorded_at TEXT,
  withdrawal_recorded_by TEXT,
  FOREIGN KEY (template_id, template_version) REFERENCES consent_template_versions (template_id, version),
  CHECK ((withdrawn_on IS NULL) = (withdrawal_reason IS NULL)),
  CHECK ((withdrawn_on IS NULL) = (withdrawal_recorded_at IS NULL)),
  CHECK ((withdrawn_on IS NULL) = (withdrawal_recorded_by IS NULL)),
  CHECK (withdrawal_reason IS NULL OR trim(withdrawal_reason) <> '')
) STRICT;
CREATE INDEX consents_by_patient ON consents (patient_id, indication, signed_at);
-- The only change a signed consent takes: its withdrawal, once, leaving everything signed as it was.
CREATE TRIGGER consent_update_refused BEFORE UPDATE ON consents
WHEN OLD.withdrawn_on IS NOT NULL OR NEW.withdrawn_on IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.patient_id IS NOT OLD.patient_id OR NEW.template_id IS NOT OLD.template_id
  OR NEW.template_version IS NOT OLD.template_version OR NEW.indication IS NOT OLD.indication OR NEW.title IS NOT OLD.title
  OR NEW.text IS NOT OLD.text OR NEW.screening IS NOT OLD.screening OR NEW.patient_signature IS NOT OLD.patient_signature
  OR NEW.practitioner_signature IS NOT OLD.practitioner_signature OR NEW.signed_at IS NOT OLD.signed_at OR NEW.hash IS NOT OLD.hash
BEGIN SELECT RAISE(ABORT, 'A signed consent cannot be changed; it can only be withdrawn, once'); END;
CREATE TRIGGER consent_delete_refused BEFORE DELETE ON consents
BEGIN SELECT RAISE(ABORT, 'A signed consent cannot be deleted; withdraw it'); END;

CREATE TABLE consent_overrides (
  session_id TEXT PRIMARY KEY NOT NULL REFERENCES sessions (id),
  reason TEXT NOT NULL CHECK (trim(reason) <> ''),
  at TEXT NOT NULL,
  actor TEXT NOT NULL CHECK (actor <> '')
) STRICT;
CREATE TRIGGER consent_override_update_refused BEFORE UPDATE ON consent_overrides
BEGIN SELECT RAISE(ABORT, 'A consent override cannot be changed'); END;
CREATE TRIGGER consent_override_delete_refused BEFORE DELETE ON consent_overrides
BEGIN SELECT RAISE(ABORT, 'A consent override cannot be deleted'); END;

CREATE TABLE photos (
  id TEXT PRIMARY KEY NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patients (id),
  session_id TEXT NOT NULL REFERENCES sessions (id),
  hash TEXT NOT NULL CHECK (length(hash) = 64),  -- SHA-256 of the original file: photos/ab/abcdef...
  format TEXT NOT NULL CHECK (format IN ('jpeg', 'png')),
  width INTEGER NOT NULL CHECK (width > 0),
  height INTEGER NOT NULL CHECK (height > 0),
  bytes INTEGER NOT NULL CHECK (bytes > 0),
  pose TEXT NOT NULL,
  caption TEXT NOT NULL,
  file_name TEXT NOT NULL,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL CHECK (added_by <> ''),
  removed_at TEXT,                       -- set by an amendment of a signed session; the row and file stay
  removed_by TEXT,
  CHECK ((removed_at IS NULL) = (removed_by IS NULL))
) STRICT;
CREATE INDEX photos_by_patient ON photos (patient_id, added_at);
CREATE INDEX photos_by_session ON photos (session_id);
CREATE TRIGGER photo_of_signed_delete_refused BEFORE DELETE ON photos
WHEN (SELECT status FROM sessions WHERE id = OLD.session_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'A photo of a signed session is removed by an amendment, never deleted'); END;
CREATE TRIGGER photo_update_refused BEFORE UPDATE ON photos
WHEN OLD.removed_at IS NOT NULL OR NEW.removed_at IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.patient_id IS NOT OLD.patient_id OR NEW.session_id IS NOT OLD.session_id
  OR NEW.hash IS NOT OLD.hash OR NEW.format IS NOT OLD.format OR NEW.width IS NOT OLD.width OR NEW.height IS NOT OLD.height
  OR NEW.bytes IS NOT OLD.bytes OR NEW.pose IS NOT OLD.pose OR NEW.caption IS NOT OLD.caption OR NEW.file_name IS NOT OLD.file_name
  OR NEW.added_at IS NOT OLD.added_at OR NEW.added_by IS NOT OLD.added_by
BEGIN SELECT RAISE(ABORT, 'A photo cannot be changed; it can only be removed, once'); END;
`;

function migrateToConsentsAndPhotos(db: SqlDatabase): void {
  db.exec(SCHEMA_5);
  const at = '2025-01-01T00:00:00.000Z';
  const template = db.prepare('INSERT INTO consent_templates (id, indication, created_at) VALUES (?, ?, ?)');
  const version = db.prepare('INSERT INTO consent_template_versions (template_id, version, title, body, created_at, created_by) VALUES (?, 1, ?, ?, ?, ?)');
  for (const t of STARTING_TEMPLATES) {
    template.run(t.id, t.indication, at);
    version.run(t.id, t.title, t.body, at, STARTING_TEMPLATE_AUTHOR);
  }
}

export const MIGRATION_5 = {
  version: 5,
  description: 'consent templates (versioned, starting templates), signed consents, consent overrides, photos',
  up: migrateToConsentsAndPhotos,
};
