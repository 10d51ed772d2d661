// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';

/**
 * Schema 18: the history of a patient's details (issue 14, HIPAA 164.526).
 *
 * - patient_changes: one row per change of a patient's details (or archiving), appended in the same
 *   transaction as the change: who, when, and each changed field's value before and after (JSON). The
 *   patient row holds the version in force; these rows hold every version before it. Corrections are
 *   appended: the triggers refuse any edit or removal. Patients changed before this schema have no
 *   rows for those changes (their audit entries name the fields, without values).
 */
const PATIENT_CHANGES_SCHEMA = `
CREATE TABLE patient_changes (
  id INTEGER PRIMARY KEY,
  patient_id TEXT NOT NULL REFERENCES patients (id),
  at TEXT NOT NULL,
  actor TEXT NOT NULL CHECK (actor <> ''),
  actor_id TEXT,
  action TEXT NOT NULL CHECK (action IN ('update', 'archive', 'unarchive')),
  changes TEXT NOT NULL CHECK (json_valid(changes))
) STRICT;
CREATE INDEX patient_changes_by_patient ON patient_changes (patient_id, id);
CREATE TRIGGER patient_change_update_refused BEFORE UPDATE ON patient_changes
BEGIN SELECT RAISE(ABORT, 'A patient''s history cannot be changed: corrections are appended'); END;
CREATE TRIGGER patient_change_delete_refused BEFORE DELETE ON patient_changes
BEGIN SELECT RAISE(ABORT, 'A patient''s history cannot be changed: corrections are appended'); END;
`;

export const MIGRATION_18 = {
  version: 18,
  description: "the history of a patient's details: who changed which field, when, from what to what (append-only)",
  up: (db: SqlDatabase): void => db.exec(PATIENT_CHANGES_SCHEMA),
};
